package dev.urakata.config.storage;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoThreadFactory;
import de.bwaldvogel.mongo.wire.MongoDatabaseHandler;
import de.bwaldvogel.mongo.wire.MongoExceptionHandler;
import de.bwaldvogel.mongo.wire.MongoWireMessageEncoder;
import de.bwaldvogel.mongo.wire.MongoWireProtocolHandler;
import de.bwaldvogel.mongo.wire.MongoWireReplyEncoder;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.lang.Nullable;

import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;

/**
 * The embedded MongoDB-wire server's listener: mongo-java-server's protocol handlers and a backend on a loopback
 * port, with an optional gate in front of every connection.
 *
 * <p>It is built here rather than with {@code de.bwaldvogel.mongo.MongoServer} because that class assembles each
 * connection's pipeline in a private anonymous class and offers no way to put a handler in front of it; a handler
 * added afterwards to its listening channel (reached by reflection) would also miss the connections accepted
 * before it was added. The pipeline is the one MongoServer 1.47.0 builds without TLS, in the same order; on an
 * upgrade of mongo-java-server, compare it with {@code MongoServer.bind}.
 */
final class EmbeddedMongoServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoServer.class);

    private final MongoBackend backend;
    private final EventLoopGroup acceptor = new NioEventLoopGroup(1, new MongoThreadFactory("mongo-server-boss"));
    private final EventLoopGroup workers = new NioEventLoopGroup(0, new MongoThreadFactory("mongo-server-worker"));
    /** The open connections, which the server's handlers keep (MongoDatabaseHandler adds and removes them). */
    private final ChannelGroup connections = new DefaultChannelGroup("mongodb-channels", workers.next());
    @Nullable
    private Channel listener;

    private EmbeddedMongoServer(MongoBackend backend) {
        this.backend = backend;
    }

    /**
     * Serves {@code backend} on {@code host:port} (0: a free port). {@code gate}, if given, is the first handler of
     * every accepted connection. If the port cannot be bound, the backend is closed and the exception thrown.
     */
    static EmbeddedMongoServer start(MongoBackend backend, String host, int port, @Nullable ChannelHandler gate) {
        EmbeddedMongoServer server = new EmbeddedMongoServer(backend);
        try {
            server.listener = server.bootstrap(gate).bind(new InetSocketAddress(host, port))
                    .syncUninterruptibly().channel();
            return server;
        } catch (RuntimeException e) {
            server.shutdown();
            throw e;
        }
    }

    private ServerBootstrap bootstrap(@Nullable ChannelHandler gate) {
        return new ServerBootstrap()
                .group(acceptor, workers)
                .channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_BACKLOG, 100)
                .childOption(ChannelOption.TCP_NODELAY, Boolean.TRUE)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        if (gate != null) {
                            channel.pipeline().addLast(gate); // first, so it sees the connection before anyone
                        }
                        channel.pipeline().addLast(new MongoWireReplyEncoder());
                        channel.pipeline().addLast(new MongoWireMessageEncoder());
                        channel.pipeline().addLast(new MongoWireProtocolHandler());
                        channel.pipeline().addLast(new MongoDatabaseHandler(backend, connections));
                        channel.pipeline().addLast(new MongoExceptionHandler());
                    }
                });
    }

    /** What this server serves. */
    MongoBackend backend() {
        return backend;
    }

    InetSocketAddress getLocalAddress() {
        if (listener == null) {
            throw new IllegalStateException("Not listening");
        }
        return (InetSocketAddress) listener.localAddress();
    }

    /** Stops listening, ends the connections and closes the backend (which flushes its file), as MongoServer does. */
    void shutdown() {
        if (listener != null) {
            listener.close().syncUninterruptibly();
        }
        acceptor.shutdownGracefully(0, 5, TimeUnit.SECONDS);
        workers.shutdownGracefully(0, 5, TimeUnit.SECONDS);
        acceptor.terminationFuture().syncUninterruptibly();
        workers.terminationFuture().syncUninterruptibly();
        backend.close();
        log.info("Embedded MongoDB-wire server stopped");
    }
}
