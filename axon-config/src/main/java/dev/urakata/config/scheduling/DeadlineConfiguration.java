package dev.urakata.config.scheduling;

import com.zaxxer.hikari.HikariDataSource;
import dev.urakata.config.UrakataProperties;
import dev.urakata.config.storage.H2FileDataSource;
import dev.urakata.config.storage.SharedSchema;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

import javax.sql.DataSource;

/**
 * Persistent deadlines (a shift nobody clocked in for, the monthly leave accrual): Axon's
 * {@code DbSchedulerDeadlineManager} on db-scheduler, whose table lives in a relational database. Axon's and
 * db-scheduler's auto-configurations do the wiring once a {@link DataSource} exists; this class makes sure one
 * does, and that it has the table.
 *
 * <p>The embedded default keeps the table beside the events (a deadline scheduled by a command commits with its
 * events). With Axon Server there is no event database, so the scheduler gets its own H2 file under the data
 * directory, unless {@code spring.datasource.url} names a shared database: db-scheduler coordinates several
 * instances only through a database they share.
 */
@AutoConfiguration(
        afterName = {
                "dev.urakata.config.storage.EmbeddedEventStoreConfiguration",
                "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration"},
        beforeName = {
                "com.github.kagkarlsson.scheduler.boot.autoconfigure.DbSchedulerAutoConfiguration",
                "org.axonframework.springboot.autoconfig.AxonDbSchedulerAutoConfiguration"})
public class DeadlineConfiguration {

    /** The table db-scheduler polls (its PostgreSQL layout; H2 runs in PostgreSQL mode). */
    static final String TABLE_DDL = """
            CREATE TABLE IF NOT EXISTS scheduled_tasks (
              task_name TEXT NOT NULL,
              task_instance TEXT NOT NULL,
              task_data BYTEA,
              execution_time TIMESTAMP WITH TIME ZONE NOT NULL,
              picked BOOLEAN NOT NULL,
              picked_by TEXT,
              last_success TIMESTAMP WITH TIME ZONE,
              last_failure TIMESTAMP WITH TIME ZONE,
              consecutive_failures INT,
              last_heartbeat TIMESTAMP WITH TIME ZONE,
              version BIGINT NOT NULL,
              priority SMALLINT,
              PRIMARY KEY (task_name, task_instance))""";

    /** The scheduler's own H2 file when events live in Axon Server and no database is configured. */
    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "urakata.event-store", havingValue = "axon-server")
    @ConditionalOnMissingBean(DataSource.class)
    public HikariDataSource deadlineDataSource(UrakataProperties properties) {
        return H2FileDataSource.open("deadlines", properties.createdDataDir().resolve("deadlines"), "", 5);
    }

    /** Creates the scheduler's table before the scheduler starts polling (it starts once the context is ready). */
    @Bean
    public DeadlineTable deadlineTable(DataSource dataSource) {
        SharedSchema.create(dataSource, TABLE_DDL);
        return new DeadlineTable();
    }

    /** Marks that the deadline table exists. */
    public static final class DeadlineTable {
        private DeadlineTable() {
        }
    }
}
