package dev.urakata.config.storage;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.ReferenceCountUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.lang.Nullable;

import java.io.BufferedReader;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Closes every connection to the embedded MongoDB-wire server that does not come from this process.
 *
 * <p>Why: the server has no authentication. Binding it to 127.0.0.1 keeps other machines out, but not the other
 * users and programs of this one, which could read the read models' personal data and write documents that change
 * what the API answers. TCP tells a server nothing about the process at the other end, so this asks the kernel
 * (Linux): the client's end of an accepted connection is a socket whose local address is the connection's peer
 * address; its row in {@code /proc/net/tcp6} or {@code /proc/net/tcp} names its inode, and the socket is this
 * process's if one of this process's file descriptors ({@code /proc/self/fd}) is {@code socket:[inode]}.
 *
 * <p>The check runs once per accepted connection, on a thread of its own, before the server reads a byte of it;
 * then it takes itself out of the connection's pipeline. The driver pools its connections, so requests never pass
 * through it. A refused connection is closed without an answer and the server's own handlers never hear of it.
 *
 * <p>Where the check cannot be made (no {@code /proc/net/tcp}, that is not Linux; or a {@code /proc} that does not
 * show this process's own sockets), {@link #ifPossibleHere()} says so in a warning and the port is protected only
 * by listening on loopback.
 */
@ChannelHandler.Sharable
final class SameProcessConnections extends ChannelInboundHandlerAdapter {

    private static final Logger log = LoggerFactory.getLogger(SameProcessConnections.class);

    /** IPv6 first: Java's sockets are dual-stack on Linux, so this process's connections to 127.0.0.1 are there. */
    private static final List<Path> TABLES = List.of(Path.of("/proc/net/tcp6"), Path.of("/proc/net/tcp"));
    private static final Path OWN_DESCRIPTORS = Path.of("/proc/self/fd");
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    /**
     * The kernel writes {@code /proc/net/tcp} out page by page while connections come and go, so one reading can
     * miss a row; an absent row is looked for again a few times, a millisecond apart, before the connection is
     * refused.
     */
    private static final int ATTEMPTS = 5;
    private static final long PAUSE_MILLIS = 1;

    /**
     * Runs the checks, one at a time, off the server's event loops. Its one thread starts when a connection
     * arrives and ends after a minute without any, so the handler needs no shutting down.
     */
    private final ExecutorService checks = new ThreadPoolExecutor(0, 1, 1, TimeUnit.MINUTES,
            new LinkedBlockingQueue<>(), runnable -> {
                Thread thread = new Thread(runnable, "embedded-mongo-connection-check");
                thread.setDaemon(true);
                return thread;
            });

    private SameProcessConnections() {
    }

    /**
     * The check, if this host lets it tell this process's connections from others': it must find the socket of a
     * connection this process has just made to itself. Otherwise empty, with a warning.
     */
    static Optional<SameProcessConnections> ifPossibleHere() {
        if (!Files.isReadable(TABLES.get(1))) {
            log.warn("No /proc/net/tcp here (not Linux): the embedded MongoDB-wire server cannot tell this process's"
                    + " connections from others' and is protected only by listening on 127.0.0.1");
            return Optional.empty();
        }
        InetAddress loopback = InetAddress.getLoopbackAddress();
        try (ServerSocket listener = new ServerSocket(0, 1, loopback);
             Socket client = new Socket(loopback, listener.getLocalPort());
             Socket accepted = listener.accept()) {
            if (fromThisProcess((InetSocketAddress) accepted.getRemoteSocketAddress(),
                    (InetSocketAddress) accepted.getLocalSocketAddress())) {
                return Optional.of(new SameProcessConnections());
            }
            log.warn("/proc does not show this process's own sockets: the embedded MongoDB-wire server cannot tell"
                    + " this process's connections from others' and is protected only by listening on 127.0.0.1");
        } catch (IOException e) {
            log.warn("Cannot check which process connects to the embedded MongoDB-wire server ({}): it is protected"
                    + " only by listening on 127.0.0.1", e.toString());
        }
        return Optional.empty();
    }

    /**
     * Holds the connection unread and has it checked on another thread: reading {@code /proc} takes a few
     * milliseconds, in which the event loop goes on serving the connections it already has.
     */
    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        ctx.channel().config().setAutoRead(false);
        InetSocketAddress peer = (InetSocketAddress) ctx.channel().remoteAddress();
        InetSocketAddress server = (InetSocketAddress) ctx.channel().localAddress();
        checks.execute(() -> {
            String refusal = refusal(peer, server);
            try {
                ctx.executor().execute(() -> admitOrClose(ctx, peer, refusal));
            } catch (RejectedExecutionException stopping) {
                // The server is shutting down, and the connection ends with it.
            }
        });
    }

    /** Why the connection must be closed, or null if it comes from this process. */
    @Nullable
    private static String refusal(InetSocketAddress peer, InetSocketAddress server) {
        try {
            return fromThisProcess(peer, server) ? null : "it is not a socket of this process";
        } catch (IOException | RuntimeException e) {
            return "cannot tell which process it comes from (" + e + ")";
        }
    }

    private void admitOrClose(ChannelHandlerContext ctx, InetSocketAddress peer, @Nullable String refusal) {
        if (!ctx.channel().isActive()) {
            return; // gone while it was checked; the server never knew it
        }
        if (refusal == null) {
            ctx.fireChannelActive(); // now the server's handlers learn of it
            ctx.pipeline().remove(this); // checked once; its requests go straight to the server
            ctx.channel().config().setAutoRead(true);
        } else {
            log.warn("Refused a connection to the embedded MongoDB-wire server from port {}: {}"
                    + " (urakata.mongo.embedded-same-process-only)", peer.getPort(), refusal);
            ctx.close();
        }
    }

    /** Only a connection not yet admitted still has this handler: whatever it sends is dropped unread. */
    @Override
    public void channelRead(ChannelHandlerContext ctx, Object message) {
        ReferenceCountUtil.release(message);
    }

    /** A connection not yet admitted is unknown to the server's handlers, so its end is not theirs either. */
    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
    }

    /**
     * Whether the connection from {@code peer} to {@code server} was made by a socket this process has open.
     * It reads {@code /proc/net/tcp6} and {@code /proc/net/tcp}, which takes a few milliseconds (a few tens if the
     * connection's row is missing and is looked for again).
     */
    static boolean fromThisProcess(InetSocketAddress peer, InetSocketAddress server) throws IOException {
        for (int attempt = 1; ; attempt++) {
            long inode = inodeOf(peer, server);
            if (inode > 0) {
                // Definite either way: a client's socket is a descriptor before it connects, so by the time the
                // server has accepted the connection, a socket of this process is in /proc/self/fd.
                return isOpenHere(inode);
            }
            if (attempt == ATTEMPTS) {
                return false;
            }
            try {
                Thread.sleep(PAUSE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    /** The inode of the socket whose own end is {@code local} and whose other end is {@code remote}; 0 if none. */
    private static long inodeOf(InetSocketAddress local, InetSocketAddress remote) throws IOException {
        for (Path table : TABLES) {
            if (!Files.isReadable(table)) {
                continue; // a kernel without IPv6 has no tcp6
            }
            try (BufferedReader rows = Files.newBufferedReader(table, StandardCharsets.US_ASCII)) {
                rows.readLine(); // the heading
                for (String row; (row = rows.readLine()) != null; ) {
                    // sl local_address rem_address st tx_queue:rx_queue tr:tm->when retrnsmt uid timeout inode ...
                    String[] fields = BLANKS.split(row.trim());
                    if (fields.length > 9 && sameEnd(fields[1], local) && sameEnd(fields[2], remote)) {
                        long inode = Long.parseLong(fields[9]);
                        if (inode != 0) { // 0: a connection closing (TIME_WAIT), no longer any process's socket
                            return inode;
                        }
                    }
                }
            }
        }
        return 0;
    }

    /**
     * Whether a field such as {@code 0100007F:C350} (tcp) or 32 hex digits and a port (tcp6) is {@code end}. The
     * kernel prints the address as 32-bit words in its own byte order; an IPv4-mapped IPv6 address
     * ({@code ::ffff:127.0.0.1}) reads back as the IPv4 address, as Java reports the peer.
     */
    private static boolean sameEnd(String field, InetSocketAddress end) {
        int colon = field.indexOf(':');
        if (colon < 0 || Integer.parseInt(field, colon + 1, field.length(), 16) != end.getPort()) {
            return false;
        }
        ByteBuffer address = ByteBuffer.allocate(colon / 2).order(ByteOrder.nativeOrder());
        for (int word = 0; word + 8 <= colon; word += 8) {
            address.putInt(Integer.parseUnsignedInt(field, word, word + 8, 16));
        }
        try {
            return InetAddress.getByAddress(address.array()).equals(end.getAddress());
        } catch (UnknownHostException notAnAddress) {
            return false;
        }
    }

    /** Whether one of this process's file descriptors is the socket {@code inode}. */
    private static boolean isOpenHere(long inode) throws IOException {
        String socket = "socket:[" + inode + "]";
        try (DirectoryStream<Path> descriptors = Files.newDirectoryStream(OWN_DESCRIPTORS)) {
            for (Path descriptor : descriptors) {
                try {
                    if (Files.readSymbolicLink(descriptor).toString().equals(socket)) {
                        return true;
                    }
                } catch (IOException closedMeanwhile) {
                    // Another thread closed that descriptor while we looked: a closed socket connects nobody.
                }
            }
        }
        return false;
    }
}
