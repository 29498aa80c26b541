package dev.urakata.config.storage;

import com.zaxxer.hikari.HikariDataSource;
import dev.urakata.config.UrakataProperties;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * The jdbc mode's event database: the PostgreSQL database of {@code spring.datasource.url}, shared by every
 * command-side and query-side process. It holds what the embedded default keeps in its H2 file: events,
 * snapshots, deadlines, privacy keys and unique-key claims (so a claim commits with its events, and a read side
 * with an empty MongoDB still finds every key). Read models, tokens, sagas and dead letters stay in MongoDB.
 *
 * <p>Each process reaches the others' events by polling the table (once a second when idle); commands and queries
 * are not routed between processes, so a load balancer sends commands to any command side and queries to any query
 * side. Appends are serialized by a row lock (see {@link OrderedAppendJdbcEventStorageEngine}), which is what keeps
 * tracking processors from skipping an event that commits late.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
        "org.axonframework.springboot.autoconfig.JdbcAutoConfiguration",
        "org.axonframework.springboot.autoconfig.AxonAutoConfiguration"})
@ConditionalOnProperty(name = "urakata.event-store", havingValue = "jdbc")
public class JdbcEventStoreConfiguration {

    /**
     * A pool on {@code spring.datasource.url} (user and password from {@code spring.datasource.username} and
     * {@code .password}, size and wait from {@code urakata.database.*}) behind the same lazy proxy as the embedded
     * default, for the same reason: most processor batches never touch this database.
     */
    @Bean
    public LazyConnectionDataSourceProxy eventStoreDataSource(DataSourceProperties dataSource,
                                                              UrakataProperties properties) {
        HikariDataSource pool = dataSource.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        pool.setPoolName("event-store");
        pool.setMaximumPoolSize(properties.database().poolSize());
        pool.setConnectionTimeout(Math.max(250, properties.database().connectionTimeout().toMillis()));
        return new EmbeddedEventStoreConfiguration.ClosingLazyDataSource(pool, () -> { });
    }
}
