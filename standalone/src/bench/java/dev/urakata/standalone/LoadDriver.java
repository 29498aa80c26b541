package dev.urakata.standalone;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntPredicate;
import java.util.function.LongConsumer;

/**
 * Runs an operation from a number of concurrent clients and measures each call: throughput over the whole run and
 * latency percentiles. An operation that fails counts as a failure and is not timed.
 */
final class LoadDriver {

    /** What one client does for call number {@code n}. */
    @FunctionalInterface
    interface Operation {
        void call(int client, int n) throws Exception;
    }

    /**
     * A call that got an answer it did not want: thrown by operations so that the driver can tell which HTTP status
     * failed (an overload refusal, 429 or 503, is counted apart from other failures).
     */
    static final class Failed extends RuntimeException {
        final int status;

        Failed(int status, String body) {
            super(status + " " + body, null, false, false);
            this.status = status;
        }
    }

    /**
     * @param calls     calls made
     * @param failures  calls that threw
     * @param seconds   wall time of the whole run
     * @param latencies each successful call's duration in nanoseconds, sorted
     * @param causes    failed calls by cause: "HTTP 409", "HTTP 503", or the exception's class
     * @param examples  the first failure's message for each cause
     */
    record Result(int calls, int failures, double seconds, long[] latencies, Map<String, Integer> causes,
                  Map<String, String> examples) {

        /** Failed calls that were overload refusals (429 or 503). */
        int refusals() {
            return causes.getOrDefault("HTTP 429", 0) + causes.getOrDefault("HTTP 503", 0);
        }

        double perSecond() {
            return (calls - failures) / seconds;
        }

        double percentileMillis(double p) {
            return percentile(latencies, p) / 1e6;
        }
    }

    private LoadDriver() {
    }

    /** {@code clients} threads share {@code total} calls (at least one each), all starting at once. */
    static Result run(int clients, int total, Operation operation) throws Exception {
        int each = Math.max(1, total / clients);
        return drive(clients, n -> n < each, begin -> { }, operation);
    }

    /**
     * {@code clients} threads call {@code operation} over and over, all starting at once, until {@code duration} has
     * passed; a call under way at the deadline is finished and counted. Failures never stop a client.
     */
    static Result runFor(int clients, java.time.Duration duration, Operation operation) throws Exception {
        long[] deadline = new long[1];
        return drive(clients, n -> System.nanoTime() - deadline[0] < 0,
                begin -> deadline[0] = begin + duration.toNanos(), operation);
    }

    /**
     * Starts {@code clients} threads at once; each calls {@code operation} while {@code more} says so for its next
     * call number. {@code starting} sees the start time before the clients are released: what it writes is
     * published to them (happens-before through the latch).
     */
    private static Result drive(int clients, IntPredicate more, LongConsumer starting, Operation operation)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ClientRun>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                futures.add(pool.submit(() -> {
                    ClientRun run = new ClientRun();
                    start.await();
                    for (int n = 0; more.test(n); n++) {
                        long t0 = System.nanoTime();
                        try {
                            operation.call(client, n);
                            run.times.add(System.nanoTime() - t0);
                        } catch (Exception | AssertionError e) {
                            run.failed(e);
                        }
                    }
                    return run;
                }));
            }
            long begin = System.nanoTime();
            starting.accept(begin);
            start.countDown();
            return collect(futures, begin);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Result collect(List<Future<ClientRun>> futures, long begin) throws Exception {
        List<Long> all = new ArrayList<>();
        Map<String, Integer> causes = new TreeMap<>();
        Map<String, String> examples = new TreeMap<>();
        for (Future<ClientRun> future : futures) {
            ClientRun run = future.get();
            all.addAll(run.times);
            run.causes.forEach((cause, count) -> causes.merge(cause, count, Integer::sum));
            run.examples.forEach(examples::putIfAbsent);
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        int failures = causes.values().stream().mapToInt(Integer::intValue).sum();
        return new Result(all.size() + failures, failures, seconds, sorted(all), causes, examples);
    }

    /** One client's successful call times, and its failures by cause with the first message of each. */
    private static final class ClientRun {
        final List<Long> times = new ArrayList<>();
        final Map<String, Integer> causes = new TreeMap<>();
        final Map<String, String> examples = new TreeMap<>();

        void failed(Throwable e) {
            String cause = cause(e);
            causes.merge(cause, 1, Integer::sum);
            examples.putIfAbsent(cause, String.valueOf(e.getMessage()));
        }
    }

    private static String cause(Throwable e) {
        if (e instanceof Failed failed) {
            return "HTTP " + failed.status;
        }
        Throwable root = e instanceof java.io.UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        return root.getClass().getSimpleName();
    }

    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[(int) Math.min(sorted.length - 1, Math.round(p * (sorted.length - 1)))];
    }

    static long[] sorted(List<Long> values) {
        long[] array = values.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(array);
        return array;
    }
}
