package dev.urakata.config.storage;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import dev.urakata.config.UrakataAutoConfiguration;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The embedded MongoDB-wire server answers this process and nobody else: another program on the same machine that
 * connects to its port gets the connection closed without an answer, unless the operator turns the check off.
 * The other program is a second JVM that speaks the wire protocol over a plain socket.
 */
class SameProcessConnectionsTest {

    /** Connects, sends {@code {isMaster: 1, $db: "admin"}} as OP_MSG and prints what came back. */
    private static final String PROBE = """
            import java.io.*;
            import java.net.*;
            import java.nio.*;
            import java.nio.charset.StandardCharsets;

            public class Probe {
                public static void main(String[] args) throws Exception {
                    ByteArrayOutputStream elements = new ByteArrayOutputStream();
                    elements.write(0x10); elements.write(cstring("isMaster")); elements.write(int32(1));
                    elements.write(0x02); elements.write(cstring("$db"));
                    elements.write(int32(6)); elements.write(cstring("admin"));
                    elements.write(0);
                    byte[] body = elements.toByteArray();
                    ByteBuffer message = ByteBuffer.allocate(16 + 4 + 1 + 4 + body.length)
                            .order(ByteOrder.LITTLE_ENDIAN);
                    message.putInt(message.capacity()).putInt(1).putInt(0).putInt(2013); // header, OP_MSG
                    message.putInt(0).put((byte) 0);                                     // flags, body section
                    message.putInt(4 + body.length).put(body);                           // the document
                    try (Socket socket = new Socket("127.0.0.1", Integer.parseInt(args[0]))) {
                        socket.setSoTimeout(20_000);
                        try {
                            socket.getOutputStream().write(message.array());
                            byte[] header = socket.getInputStream().readNBytes(16);
                            System.out.println(header.length < 16 ? "CLOSED" : "REPLY "
                                    + ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN).getInt(12));
                        } catch (SocketTimeoutException e) {
                            System.out.println("NO ANSWER");
                        } catch (SocketException e) { // reset by the server
                            System.out.println("CLOSED");
                        }
                    }
                }

                static byte[] cstring(String s) { return (s + "\\0").getBytes(StandardCharsets.UTF_8); }

                static byte[] int32(int i) {
                    return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(i).array();
                }
            }
            """;

    @TempDir
    Path dir;

    private ApplicationContextRunner embedded(String... properties) {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(UrakataAutoConfiguration.class,
                        EmbeddedMongoConfiguration.class))
                .withPropertyValues("urakata.data-dir=" + dir.resolve("data"))
                .withPropertyValues(properties);
    }

    @Test
    void aDriverInThisProcessReadsAndWrites() {
        embedded().run(context -> {
            InetSocketAddress address = context.getBean(EmbeddedMongoServer.class).getLocalAddress();
            assertThat(address.getAddress().isLoopbackAddress()).isTrue();
            assertDriverWorks(address, "first");
        });
    }

    @Test
    void manyConnectionsOpenedAtOnceFromThisProcessAreAllServed() {
        embedded().run(context -> {
            InetSocketAddress address = context.getBean(EmbeddedMongoServer.class).getLocalAddress();
            String uri = "mongodb://" + address.getHostString() + ":" + address.getPort()
                    + "/?serverSelectionTimeoutMS=5000&maxConnecting=16&maxPoolSize=16";
            ExecutorService threads = Executors.newFixedThreadPool(16);
            try (MongoClient client = MongoClients.create(uri)) {
                MongoCollection<Document> things = client.getDatabase("test").getCollection("things");
                List<Future<?>> inserts = new ArrayList<>();
                for (int i = 0; i < 64; i++) {
                    Document thing = new Document("_id", "thing-" + i);
                    inserts.add(threads.submit(() -> things.insertOne(thing)));
                }
                for (Future<?> insert : inserts) {
                    insert.get(30, TimeUnit.SECONDS);
                }
                assertThat(things.countDocuments()).isEqualTo(64);
            } finally {
                threads.shutdownNow();
            }
        });
    }

    @Test
    void anotherProcessIsClosedWithoutAnAnswerWhileThisProcessIsServed() {
        assumeTrue(Files.isReadable(Path.of("/proc/net/tcp")), "the check needs Linux's /proc");
        embedded().run(context -> {
            InetSocketAddress address = context.getBean(EmbeddedMongoServer.class).getLocalAddress();
            assertDriverWorks(address, "before");

            assertThat(probe(address.getPort())).isEqualTo("CLOSED");

            assertDriverWorks(address, "after");
        });
    }

    @Test
    void withTheCheckOffAnotherProcessIsAnswered() {
        embedded("urakata.mongo.embedded-same-process-only=false").run(context -> {
            InetSocketAddress address = context.getBean(EmbeddedMongoServer.class).getLocalAddress();

            assertThat(probe(address.getPort())).isEqualTo("REPLY 2013"); // an OP_MSG reply

            assertDriverWorks(address, "too");
        });
    }

    /** Inserts a document and reads it back over a new connection pool. */
    private static void assertDriverWorks(InetSocketAddress address, String name) {
        String uri = "mongodb://" + address.getHostString() + ":" + address.getPort()
                + "/?serverSelectionTimeoutMS=5000&connectTimeoutMS=5000";
        try (MongoClient client = MongoClients.create(uri)) {
            MongoCollection<Document> things = client.getDatabase("test").getCollection("things");
            things.insertOne(new Document("_id", name).append("value", 42));
            Document read = things.find(Filters.eq("_id", name)).first();
            assertThat(read).isNotNull();
            assertThat(read.getInteger("value")).isEqualTo(42);
        }
    }

    /** Runs the probe in a JVM of its own and returns the one line it prints. */
    private String probe(int port) throws IOException, InterruptedException {
        Path source = Files.writeString(dir.resolve("Probe.java"), PROBE);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-XX:TieredStopAtLevel=1", source.toString(),
                String.valueOf(port)).redirectErrorStream(true).start();
        try {
            assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the probe ends").isTrue();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            assertThat(process.exitValue()).as("the probe's exit status; it printed: %s", output).isZero();
            return output;
        } finally {
            process.destroyForcibly();
        }
    }
}
