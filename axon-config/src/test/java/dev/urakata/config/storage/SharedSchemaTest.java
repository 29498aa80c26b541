package dev.urakata.config.storage;

import com.zaxxer.hikari.HikariDataSource;
import dev.urakata.config.testing.LocalPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Processes that start together on one empty PostgreSQL database (two command sides of the jdbc mode) all come up:
 * each creates the tables it needs, and none fails because another one was creating them at the same moment.
 */
class SharedSchemaTest {

    static final String[] STATEMENTS = {
            "CREATE TABLE IF NOT EXISTS first_table (id BIGINT PRIMARY KEY, name TEXT)",
            "CREATE TABLE IF NOT EXISTS second_table (id BIGINT PRIMARY KEY, owner TEXT)",
            "CREATE INDEX IF NOT EXISTS second_table_owner ON second_table (owner)"};

    @Test
    void starters_racing_on_an_empty_postgres_database_all_succeed() throws Exception {
        LocalPostgres postgres = LocalPostgres.get();
        for (int round = 0; round < 5; round++) {
            String url = postgres.newDatabase("schema_race_" + round);
            List<HikariDataSource> pools = new ArrayList<>();
            ExecutorService starters = Executors.newFixedThreadPool(6);
            try {
                CountDownLatch go = new CountDownLatch(1);
                List<Future<?>> results = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    HikariDataSource pool = new HikariDataSource();
                    pool.setJdbcUrl(url);
                    pool.setUsername(postgres.user());
                    pool.setMaximumPoolSize(1);
                    pools.add(pool);
                    results.add(starters.submit(() -> {
                        go.await();
                        SharedSchema.create(pool, STATEMENTS);
                        return null;
                    }));
                }
                go.countDown();
                for (Future<?> result : results) {
                    result.get();
                }
                assertThat(new JdbcTemplate(pools.get(0)).queryForObject(
                        "SELECT count(*) FROM information_schema.tables WHERE table_name IN "
                                + "('first_table', 'second_table')", Integer.class)).isEqualTo(2);
            } finally {
                starters.shutdownNow();
                pools.forEach(HikariDataSource::close);
            }
        }
    }
}
