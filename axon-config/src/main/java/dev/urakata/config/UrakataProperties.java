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
 * @param database   the connection pool of the event database (embedded H2 file, or PostgreSQL in jdbc mode)
 * @param uniqueness the command side's claims on unique values
 * @param audit      the security and refusal log
 */
@ConfigurationProperties(prefix = "urakata")
public record UrakataProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("embedded") EventStoreMode eventStore,
        @DefaultValue Mongo mongo,
        @DefaultValue Processing processing,
        @DefaultValue Security security,
        @DefaultValue Http http,
        @DefaultValue Privacy privacy,
        @DefaultValue Database database,
        @DefaultValue Uniqueness uniqueness,
        @DefaultValue Audit audit) {

    /** The data directory as an absolute path, created if it does not exist yet. */
    public Path createdDataDir() {
        Path dir = dataDir.toAbsolutePath().normalize();
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create data directory " + dir, e);
        }
    }

    /** The three ways to store events. */
    public enum EventStoreMode {
        /** Axon's JDBC event store on an H2 file under the data directory: one process. */
        EMBEDDED,
        /** Axon Server, which also routes commands and queries between processes. */
        AXON_SERVER,
        /**
         * Axon's JDBC event store on the PostgreSQL database of {@code spring.datasource.url}, shared by several
         * command-side and query-side processes (commands and queries stay inside the process that receives them).
         */
        JDBC
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
     * @param embeddedSameProcessOnly close every connection to the embedded server that does not come from this
     *                     process (Linux); {@code false} lets any local program read and write it without
     *                     credentials, for instance mongosh while debugging
     * @param analystPort  port on 127.0.0.1 of a read-only MongoDB-wire listener for analysts' own tools (embedded
     *                     server only): the read models of the catalogue under their stable names, nothing else,
     *                     no writes; 0 (the default) opens none
     */
    public record Mongo(
            @DefaultValue("true") boolean embedded,
            @DefaultValue("0") int embeddedPort,
            @DefaultValue("urakata") String database,
            @DefaultValue("true") boolean rewriteOnStart,
            @DefaultValue("true") boolean embeddedSameProcessOnly,
            @DefaultValue("0") int analystPort) {
    }

    /**
     * Event processing settings. The defaults that depend on the run mode (see {@code UrakataEnvironmentDefaults})
     * are set there: one process in the embedded default, several instances sharing processors with Axon Server.
     *
     * @param tokenClaimTimeout  how long a processor's claim on a segment lasts without being renewed; only another
     *                           instance is kept out by it (embedded: 5m, there is no other instance; Axon Server: 10s,
     *                           how long a crashed instance's segments wait before another takes them)
     * @param snapshotThreshold  number of events after which an aggregate is snapshotted
     * @param aggregateCacheSize aggregates of each type kept loaded in memory between commands, least recently used
     *                           evicted first; 0 loads every aggregate from the store for every command
     * @param gapTimeoutMillis   how long the JDBC store waits for an event missing from the global sequence;
     *                           appends are serialized (see OrderedAppendJdbcEventStorageEngine), so a gap can
     *                           only be a rolled-back append and this never decides whether an event is seen
     * @param deadLetterMaxSequences maximum number of dead-lettered sequences kept per processing group
     * @param segments           segments a processor's token is split into when it is first created (embedded: 1,
     *                           one process; Axon Server: 4, so up to four query-side instances share each processor).
     *                           A processor that already has tokens keeps its count
     * @param batchSize          events a processor handles in one unit of work, with one token write per batch
     * @param workerThreads      threads shared by all processors for handling events (each processor used to have
     *                           four of its own)
     * @param coordinatorThreads threads shared by all processors for claiming segments and reading the stream
     * @param tokenClaimInterval how often a processor looks for segments nobody has claimed
     */
    public record Processing(
            @DefaultValue("10s") Duration tokenClaimTimeout,
            @DefaultValue("100") int snapshotThreshold,
            @DefaultValue("5000") int aggregateCacheSize,
            @DefaultValue("60000") int gapTimeoutMillis,
            @DefaultValue("1024") int deadLetterMaxSequences,
            @DefaultValue("4") int segments,
            @DefaultValue("100") int batchSize,
            @DefaultValue("4") int workerThreads,
            @DefaultValue("2") int coordinatorThreads,
            @DefaultValue("5s") Duration tokenClaimInterval) {
    }

    /**
     * Security settings.
     *
     * @param demoUsers           create the demo accounts (admin/admin, hr/hr, ...); never in production
     * @param credentialsCacheTtl how long a successful password check is remembered, so that HTTP Basic does not
     *                            run BCrypt on every request; 0 checks every time
     */
    public record Security(@DefaultValue("true") boolean demoUsers,
                           @DefaultValue("60s") Duration credentialsCacheTtl) {
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
     * The command side's claims on unique values (employee numbers, SKUs, warehouse codes).
     *
     * @param claimGrace how old a claim whose owner has no event must be before another owner may take the value
     *                   over. With Axon Server a crash between the claim's commit and the event's append can leave
     *                   such a claim; the grace must be longer than any command runs, so that the append cannot
     *                   still be under way. (In the embedded default claim and events commit together.)
     */
    public record Uniqueness(@DefaultValue("10m") Duration claimGrace) {
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

    /**
     * The connection pool of the event database (events, snapshots, deadlines, keys and claims): the embedded
     * default's H2 file, or the PostgreSQL database of {@code spring.datasource.url} in jdbc mode.
     *
     * <p>A unit of work takes a connection only when it first runs a statement (the pool is behind a lazy proxy),
     * so projections that write only to MongoDB take none; commands hold one from loading their aggregate to the
     * commit of its events.
     *
     * @param poolSize          connections at most
     * @param connectionTimeout how long a request waits for a connection before it is refused with 503 and
     *                          {@code Retry-After} (overload is answered quickly, not after half a minute)
     */
    public record Database(
            @DefaultValue("16") int poolSize,
            @DefaultValue("3s") Duration connectionTimeout) {
    }

    /**
     * Audit settings read by both sides. (The daily checkpoint's {@code urakata.audit.checkpoint-cron} and
     * {@code checkpoint-zone} are read by the query side where it schedules it.)
     *
     * @param refusals the security and refusal log
     */
    public record Audit(@DefaultValue Refusals refusals) {
    }

    /**
     * The security and refusal log: refused sign-ins, forbidden requests and refused commands, hash-chained in the
     * event database. Bounded per client, so that a flood of refusals cannot fill the disk.
     *
     * @param perClientPerMinute rows written per client address in a minute (from its first refusal); the refusals
     *                           beyond are counted, and the count is written with the client's next row or, when
     *                           the minute passes without one, as a row of its own
     * @param maxClients         client addresses whose minute is tracked at once; further clients share one minute
     *                           and one count, so that many addresses cannot grow the memory either
     */
    public record Refusals(
            @DefaultValue("60") int perClientPerMinute,
            @DefaultValue("10000") int maxClients) {
    }
}
