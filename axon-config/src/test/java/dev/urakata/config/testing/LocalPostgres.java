package dev.urakata.config.testing;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for the tests of the jdbc mode: Debian's {@code postgresql} package (installed by
 * {@code .ci/run}), a throw-away cluster in a temporary directory on a free port of 127.0.0.1, trusted local
 * logins, {@code fsync} off (nothing here must survive a power cut). One server per test JVM, started on first use
 * and stopped when the JVM exits; each test takes a fresh database with {@link #newDatabase(String)}.
 *
 * <p>Where PostgreSQL is not installed the calling test is skipped with a message saying so. As root (CI
 * containers) the server runs as the package's {@code postgres} user, since PostgreSQL refuses to run as root.
 */
public final class LocalPostgres {

    private static LocalPostgres running;

    private final Path dir;
    private final int port;
    private final List<String> asServerUser;
    private final Path bin;

    private LocalPostgres(Path bin, Path dir, int port, List<String> asServerUser) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
        this.asServerUser = asServerUser;
    }

    /** The server of this JVM, started now if it is not yet; skips the test where PostgreSQL is missing. */
    public static synchronized LocalPostgres get() {
        if (running == null) {
            Optional<Path> bin = binaries();
            Assumptions.assumeTrue(bin.isPresent(), "PostgreSQL is not installed (Debian: apt-get install "
                    + "postgresql; or set URAKATA_PG_BIN to the directory holding initdb and pg_ctl): skipped");
            running = start(bin.get());
            Runtime.getRuntime().addShutdownHook(new Thread(running::stop));
        }
        return running;
    }

    /** Creates an empty database called {@code name} and returns its JDBC URL. */
    public String newDatabase(String name) {
        try (Connection connection = DriverManager.getConnection(url("postgres"), user(), "");
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
            statement.execute("CREATE DATABASE " + name);
            return url(name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
    }

    /** The JDBC URL of database {@code name}. */
    public String url(String name) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + name;
    }

    /** The superuser every test logs in as (trusted, no password). */
    public String user() {
        return "postgres";
    }

    private static Optional<Path> binaries() {
        String configured = System.getenv("URAKATA_PG_BIN");
        if (configured != null && Files.isExecutable(Path.of(configured, "initdb"))) {
            return Optional.of(Path.of(configured));
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(debian)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(debian)) {
            return versions.map(version -> version.resolve("bin"))
                    .filter(dir -> Files.isExecutable(dir.resolve("initdb")))
                    .max(Comparator.comparingInt(LocalPostgres::majorVersion));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static int majorVersion(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static LocalPostgres start(Path bin) {
        try {
            Path dir = Files.createTempDirectory("urakata-pg-");
            List<String> asServerUser = new ArrayList<>();
            if ("root".equals(System.getProperty("user.name"))) {
                run(List.of("chown", "-R", "postgres:postgres", dir.toString()), List.of(), dir);
                asServerUser.addAll(List.of("setpriv", "--reuid=postgres", "--regid=postgres", "--init-groups", "--"));
            }
            int port = FreePorts.next();
            LocalPostgres server = new LocalPostgres(bin, dir, port, asServerUser);
            run(List.of(bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-U", "postgres",
                    "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync"), asServerUser, dir);
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(),
                    "-l", dir.resolve("server.log").toString(), "-w", "-t", "60", "-o",
                    String.join(" ", "-p", Integer.toString(port), "-c", "listen_addresses=127.0.0.1",
                            "-k", dir.toString(), "-c", "fsync=off", "-c", "synchronous_commit=off",
                            "-c", "full_page_writes=off", "-c", "max_connections=200"),
                    "start"), asServerUser, dir);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void stop() {
        try {
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate",
                    "-w", "stop"), asServerUser, dir);
        } catch (RuntimeException e) {
            System.err.println("Could not stop the test PostgreSQL: " + e.getMessage());
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // A temporary directory; the machine cleans it eventually.
        }
    }

    private static void run(List<String> command, List<String> prefix, Path dir) {
        List<String> full = new ArrayList<>(prefix);
        full.addAll(command);
        try {
            Path output = Files.createTempFile("urakata-pg-command-", ".log");
            Process process = new ProcessBuilder(full).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("Timed out: " + full);
            }
            String log = Files.readString(output);
            Files.deleteIfExists(output);
            if (process.exitValue() != 0) {
                throw new IllegalStateException("Failed (" + process.exitValue() + "): " + full + "\n" + log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
