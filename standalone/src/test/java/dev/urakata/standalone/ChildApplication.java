package dev.urakata.standalone;

import dev.urakata.config.testing.FreePorts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The standalone application as a separate JVM on the test's classpath, so that a drill can kill it the way an
 * operating system or an operator would ({@code kill -9}: no shutdown hooks, no flush, no closing of files) and
 * start it again on the same data directory.
 */
final class ChildApplication implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final int port;

    private ChildApplication(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts {@code mainClass} on a free port with its own data directory and waits until it reports healthy. */
    static ChildApplication start(String mainClass, Path dataDir, String... extraArgs) {
        return launch(List.of("-cp", System.getProperty("java.class.path"), mainClass), dataDir, extraArgs);
    }

    /** Starts an executable jar (a side as operators run it) the same way. */
    static ChildApplication startJar(Path jar, Path dataDir, String... extraArgs) {
        return launch(List.of("-jar", jar.toString()), dataDir, extraArgs);
    }

    private static ChildApplication launch(List<String> what, Path dataDir, String... extraArgs) {
        int port = FreePorts.next();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // Small and quick to start: the drills measure nothing, and two cores are shared.
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-Daxoniq.update-checker.disabled=true"));
        command.addAll(what);
        command.addAll(List.of("--server.port=" + port, "--urakata.data-dir=" + dataDir,
                "--logging.level.root=WARN"));
        command.addAll(List.of(extraArgs));
        try {
            Path log = Files.createTempFile("urakata-child-", ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            // A test JVM that ends early (a timeout, a crash) must not leave the child running on its own.
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
            ChildApplication child = new ChildApplication(process, log, port);
            child.awaitHealthy(Duration.ofMinutes(5));
            return child;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Api api() {
        return new Api(port);
    }

    /** {@code kill -9}: the process gets no chance to finish anything. */
    void kill() {
        process.destroyForcibly();
        waitForExit();
    }

    /** An orderly stop (SIGTERM), as a service manager would. */
    void stop() {
        process.destroy();
        waitForExit();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    /** The end of the child's log, for a failure message. */
    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private void waitForExit() {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The child application did not exit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void awaitHealthy(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        Api api = api();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The child application exited with " + process.exitValue()
                        + ":\n" + logTail());
            }
            try {
                Api.Response health = api.get(null, "/actuator/health");
                if (health.status() == 200 && health.body().contains("\"UP\"")) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // Not listening yet.
            }
            sleep(250);
        }
        process.destroyForcibly();
        throw new IllegalStateException("The child application did not become healthy:\n" + logTail());
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
