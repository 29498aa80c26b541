package dev.urakata.standalone;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of one benchmark run, each beside the baseline measured in the same run on the same stores, written as
 * {@code report.md} and {@code report.json}. Ratios, not absolute times, are what compare across machines.
 */
final class BenchmarkReport {

    /**
     * One figure.
     *
     * @param group     what is measured (command path, rebuild, …)
     * @param name      the figure, with its parameters
     * @param value     the measurement
     * @param unit      its unit
     * @param baseline  what it is compared with, measured in the same run
     * @param reference the baseline's value, in the same unit
     * @param better    "higher" or "lower": which way is better for this figure
     */
    record Figure(String group, String name, double value, String unit, String baseline, double reference,
                  String better) {
        double ratio() {
            return reference == 0 ? Double.NaN : value / reference;
        }
    }

    private final List<Figure> figures = new ArrayList<>();
    private final Map<String, Object> settings = new LinkedHashMap<>();

    void add(Figure figure) {
        figures.add(figure);
        System.out.printf(Locale.ROOT, "[bench] %-16s %-48s %12.2f %-8s vs %-40s %12.2f  ratio %.3f%n",
                figure.group(), figure.name(), figure.value(), figure.unit(), figure.baseline(), figure.reference(),
                figure.ratio());
    }

    void setting(String name, Object value) {
        settings.put(name, value);
    }

    void write(Path dir) {
        try {
            Files.createDirectories(dir);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("finishedAt", Instant.now().toString());
            json.put("machine", machine());
            json.put("settings", settings);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Figure f : figures) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("group", f.group());
                row.put("name", f.name());
                row.put("value", round(f.value()));
                row.put("unit", f.unit());
                row.put("baseline", f.baseline());
                row.put("baselineValue", round(f.reference()));
                row.put("ratio", round(f.ratio()));
                row.put("better", f.better());
                rows.add(row);
            }
            json.put("figures", rows);
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(dir.resolve("report.json")
                    .toFile(), json);

            StringBuilder md = new StringBuilder("# Urakata benchmarks\n\n")
                    .append("Machine: ").append(machine()).append("  \nFinished: ").append(Instant.now())
                    .append("  \nSettings: ").append(settings).append("\n\n")
                    .append("Ratio = figure / baseline, both measured in this run on the same stores.\n\n")
                    .append("| group | figure | value | baseline | baseline value | ratio | better |\n")
                    .append("|---|---|---:|---|---:|---:|---|\n");
            for (Figure f : figures) {
                md.append(String.format(Locale.ROOT, "| %s | %s | %.2f %s | %s | %.2f %s | %.3f | %s |%n",
                        f.group(), f.name(), f.value(), f.unit(), f.baseline(), f.reference(), f.unit(), f.ratio(),
                        f.better()));
            }
            Files.writeString(dir.resolve("report.md"), md);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String machine() {
        return System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
                + ", max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB";
    }

    private static double round(double value) {
        return Double.isNaN(value) ? value : Math.round(value * 1000) / 1000.0;
    }
}
