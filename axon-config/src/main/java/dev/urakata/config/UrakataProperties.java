package dev.urakata.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Every setting of Urakata itself, under the {@code urakata} prefix.
 *
 * @param dataDir    where the embedded default keeps its files (event store, read models)
 * @param eventStore which event store to use
 * @param mongo      where read models, tokens, sagas and dead letters live
 * @param processing event processing and snapshotting
 * @param security   authentication
 * @param http       HTTP API limits
 * @param privacy    encryption of personal data
 */
@ConfigurationProperties(prefix = "urakata")
public record UrakataProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("embedded") EventStoreMode eventStore,
        @DefaultValue Mongo mongo,
        @DefaultValue Processing processing,
        @DefaultValue Security security,
        @DefaultValue Http http,
        @DefaultValue Privacy privacy) {

    /** The data directory as an absolute path, created if it does not exist yet. */
    public Path createdDataDir() {
        Path dir = dataDir.toAbsolutePath().normalize();
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create data directory " + dir, e);
        }
    }

    /** The two ways to store events. */
    public enum EventStoreMode {
        /** Axon's JDBC event store on an H2 file under the data directory. */
        EMBEDDED,
        /** Axon Server, which also routes commands and queries between processes. */
        AXON_SERVER
    }

    /**
     * MongoDB settings.
     *
     * @param embedded     run the embedded MongoDB-wire server on an H2 file under the data directory;
     *                     {@code false} uses {@code spring.data.mongodb.uri}
     * @param embeddedPort port of the embedded server on 127.0.0.1; 0 picks a free one
     * @param database     database name for read models, tokens, sagas and dead letters
     * @param rewriteOnStart rewrite the embedded server's file with its live data only before opening it, so that
     *                     overwritten personal data and destroyed keys do not linger in old pages of the file
     */
    public record Mongo(
            @DefaultValue("true") boolean embedded,
            @DefaultValue("0") int embeddedPort,
            @DefaultValue("urakata") String database,
            @DefaultValue("true") boolean rewriteOnStart) {
    }

    /**
     * Event processing settings.
     *
     * @param tokenClaimTimeout  how long a processor's claim on a segment lasts without being renewed
     * @param snapshotThreshold  number of events after which an aggregate is snapshotted
     * @param gapTimeoutMillis   how long the JDBC store waits for an event missing from the global sequence;
     *                           appends are serialized (see OrderedAppendJdbcEventStorageEngine), so a gap can
     *                           only be a rolled-back append and this never decides whether an event is seen
     * @param deadLetterMaxSequences maximum number of dead-lettered sequences kept per processing group
     */
    public record Processing(
            @DefaultValue("10s") Duration tokenClaimTimeout,
            @DefaultValue("100") int snapshotThreshold,
            @DefaultValue("60000") int gapTimeoutMillis,
            @DefaultValue("1024") int deadLetterMaxSequences) {
    }

    /**
     * Security settings.
     *
     * @param demoUsers create the demo accounts (admin/admin, hr/hr, ...); never in production
     */
    public record Security(@DefaultValue("true") boolean demoUsers) {
    }

    /**
     * HTTP API limits.
     *
     * @param maxRequestSize largest request body accepted; larger ones are answered 413
     * @param maxPageSize    largest page size a list query may ask for
     */
    public record Http(
            @DefaultValue("64KB") DataSize maxRequestSize,
            @DefaultValue("200") int maxPageSize) {
    }

    /**
     * Encryption of personal data (crypto-shredding).
     *
     * @param keyCacheTtl how long a process keeps a data subject's key in memory. An erasure clears it at once
     *                    in the process that erases; another process (distributed mode) may still decrypt for
     *                    up to this long, and its read models overwrite the fields when they see the erasure
     */
    public record Privacy(@DefaultValue("10s") Duration keyCacheTtl) {
    }
}
