package dev.urakata.config.storage;

import com.mongodb.ConnectionString;
import dev.urakata.config.UrakataProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.mongo.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;

import java.net.InetSocketAddress;
import java.nio.file.Path;

/**
 * The embedded default's MongoDB: a MongoDB-wire-protocol server (mongo-java-server) on loopback, keeping all
 * its databases in one H2 file under {@code urakata.data-dir}.
 *
 * <p>The application talks to it with the ordinary MongoDB driver over TCP, exactly as it talks to a real
 * replica set in distributed mode, so no code path differs between the two. It supports the portable subset
 * of MongoDB (CRUD, upserts, indexes, simple aggregation) and no multi-document transactions; read models are
 * written idempotently instead.
 *
 * <p>Writes are committed to the file before they are acknowledged, a whole operation at a time
 * ({@link DurableH2Backend}). Before the server opens the file it is rewritten with its live data only
 * ({@link StoreFileRewrite}), so that what an erasure overwrote is gone from the disk, not merely unreachable.
 *
 * <p>The server asks for no credentials, so it listens on 127.0.0.1 only and closes connections that do not come
 * from this process ({@link SameProcessConnections}; {@code urakata.mongo.embedded-same-process-only}).
 */
@AutoConfiguration(beforeName = "org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration")
@ConditionalOnProperty(name = "urakata.mongo.embedded", havingValue = "true", matchIfMissing = true)
public class EmbeddedMongoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoConfiguration.class);

    /**
     * The running server; shut down (flushing its file) with the application context. It has no authentication,
     * so it listens on loopback only and, unless told otherwise, serves this process only.
     */
    @Bean(destroyMethod = "shutdown")
    EmbeddedMongoServer embeddedMongoServer(UrakataProperties properties, ScratchCollections scratch) {
        Path dir = properties.createdDataDir();
        Path file = dir.resolve("readmodels.mv.db");
        if (properties.mongo().rewriteOnStart()) {
            StoreFileRewrite.rewrite(file, DurableH2Backend::compressed);
        }
        boolean sameProcessOnly = properties.mongo().embeddedSameProcessOnly();
        SameProcessConnections gate = sameProcessOnly ? SameProcessConnections.ifPossibleHere().orElse(null) : null;
        EmbeddedMongoServer server = EmbeddedMongoServer.start(DurableH2Backend.open(file, scratch), "127.0.0.1",
                properties.mongo().embeddedPort(), gate);
        log.info("Embedded MongoDB-wire server on {} ({}) storing in {}", server.getLocalAddress(),
                gate != null ? "this process only" : "any local program", file);
        if (!sameProcessOnly) {
            log.warn("urakata.mongo.embedded-same-process-only=false: any program on this machine can read and write"
                    + " the read models through {} without credentials", server.getLocalAddress());
        }
        return server;
    }

    /**
     * The analysts' read-only port ({@code urakata.mongo.analyst-port}, off unless set): the same data as the
     * application's server, through {@link ReadOnlyMongoBackend}, on loopback, for any local program (mongosh, a
     * notebook, a BI tool's connector). A process without read models (the command side alone) opens none.
     */
    @Bean(destroyMethod = "shutdown")
    @ConditionalOnExpression("${urakata.mongo.analyst-port:0} > 0")
    AnalystPort analystPort(EmbeddedMongoServer server, UrakataProperties properties,
                            ObjectProvider<AnalystCollections> collections) {
        AnalystCollections served = collections.getIfAvailable();
        if (served == null) {
            log.warn("urakata.mongo.analyst-port is set but this process keeps no read models: no analysts' port");
            return new AnalystPort(null);
        }
        EmbeddedMongoServer port = EmbeddedMongoServer.start(new ReadOnlyMongoBackend(server.backend(),
                properties.mongo().database(), served), "127.0.0.1", properties.mongo().analystPort(), null);
        log.info("Analysts' read-only MongoDB-wire port on {}: {} read models, database '{}'",
                port.getLocalAddress(), served.names().size(), properties.mongo().database());
        return new AnalystPort(port);
    }

    /** The analysts' port while it listens ({@code server} {@code null}: none was opened). */
    record AnalystPort(EmbeddedMongoServer server) {
        void shutdown() {
            if (server != null) {
                server.shutdown();
            }
        }
    }

    /** The collections whose writes need not be committed before they are acknowledged. */
    @Bean
    public ScratchCollections scratchCollections() {
        return new ScratchCollections();
    }

    /** Points Spring Boot's MongoDB auto-configuration at the embedded server. */
    @Bean
    MongoConnectionDetails embeddedMongoConnectionDetails(EmbeddedMongoServer server, UrakataProperties properties) {
        InetSocketAddress address = server.getLocalAddress();
        ConnectionString connectionString = new ConnectionString(
                "mongodb://" + address.getHostString() + ":" + address.getPort() + "/" + properties.mongo().database());
        return () -> connectionString;
    }
}
