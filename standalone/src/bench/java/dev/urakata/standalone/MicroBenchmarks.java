package dev.urakata.standalone;

import dev.urakata.standalone.micro.LabourRuleBenchmark;
import dev.urakata.standalone.micro.SerializationBenchmark;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The JMH part of the benchmark run: pure code on the hot paths, each benchmark paired with a baseline benchmark
 * of the least the same work could cost, run by JMH in a forked JVM and reported as average time per operation
 * with the ratio to the baseline. Settings: {@code bench.jmh-forks} (1), {@code bench.jmh-iterations} (5 warm-up
 * and 5 measured iterations of one second each).
 */
final class MicroBenchmarks {

    static final int FORKS = Integer.getInteger("bench.jmh-forks", 1);
    static final int ITERATIONS = Integer.getInteger("bench.jmh-iterations", 5);

    /** Figure benchmark → its baseline benchmark, with what the pair means. */
    private static final String[][] PAIRS = {
            {"SerializationBenchmark.writeEncrypted", "SerializationBenchmark.writePlain",
                    "write a hire with personal data encrypted", "plain JSON serializer"},
            {"SerializationBenchmark.readEncrypted", "SerializationBenchmark.readPlain",
                    "read a hire with personal data decrypted", "plain JSON serializer"},
            {"LabourRuleBenchmark.checkAssignment", "LabourRuleBenchmark.walkTheShifts",
                    "labour-rule check of one assignment (month of 22 shifts, 3 rules)", "one walk over the shifts"},
    };

    private MicroBenchmarks() {
    }

    static void run(BenchmarkReport report) throws RunnerException {
        Options options = new OptionsBuilder()
                .include(SerializationBenchmark.class.getName())
                .include(LabourRuleBenchmark.class.getName())
                .mode(Mode.AverageTime)
                .timeUnit(TimeUnit.NANOSECONDS)
                .forks(FORKS)
                .warmupIterations(ITERATIONS)
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(ITERATIONS)
                .measurementTime(TimeValue.seconds(1))
                .build();
        Collection<RunResult> results = new Runner(options).run();
        Map<String, Double> scores = new HashMap<>();
        for (RunResult result : results) {
            String benchmark = result.getParams().getBenchmark();
            String shortName = benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
            scores.put(shortName, result.getPrimaryResult().getScore());
        }
        for (String[] pair : PAIRS) {
            Double figure = scores.get(pair[0]);
            Double baseline = scores.get(pair[1]);
            if (figure != null && baseline != null) {
                report.add(new BenchmarkReport.Figure("micro (JMH)", pair[2], figure, "ns/op", pair[3], baseline,
                        "lower"));
            }
        }
        report.setting("jmhForks", FORKS);
        report.setting("jmhIterations", ITERATIONS);
    }
}
