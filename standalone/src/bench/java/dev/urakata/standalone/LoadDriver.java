package dev.urakata.standalone;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
     * @param calls     calls made
     * @param failures  calls that threw
     * @param seconds   wall time of the whole run
     * @param latencies each successful call's duration in nanoseconds, sorted
     */
    record Result(int calls, int failures, double seconds, long[] latencies) {
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
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<long[]>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                futures.add(pool.submit((Callable<long[]>) () -> {
                    long[] times = new long[each];
                    start.await();
                    for (int n = 0; n < each; n++) {
                        long t0 = System.nanoTime();
                        try {
                            operation.call(client, n);
                            times[n] = System.nanoTime() - t0;
                        } catch (Exception | AssertionError e) {
                            times[n] = -1;
                        }
                    }
                    return times;
                }));
            }
            long begin = System.nanoTime();
            start.countDown();
            List<Long> all = new ArrayList<>();
            int failures = 0;
            for (Future<long[]> future : futures) {
                for (long t : future.get()) {
                    if (t < 0) {
                        failures++;
                    } else {
                        all.add(t);
                    }
                }
            }
            double seconds = (System.nanoTime() - begin) / 1e9;
            long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
            return new Result(each * clients, failures, seconds, sorted);
        } finally {
            pool.shutdownNow();
        }
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
