package fr.immunolearn.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The figures as a table on the console and as {@code report.json}. */
final class BenchReport {

    private final List<Figure> figures = new ArrayList<>();
    private final Instant started = Instant.now();

    void add(Figure figure) {
        figures.add(figure);
        System.out.println("  measured: " + line(figure));
    }

    void print(PrintStream out) {
        out.println();
        out.println("ImmunoLearn benchmark — " + machine());
        out.println(
                String.format(
                        Locale.ROOT,
                        "%-58s %12s %12s %12s %5s %12s  %s",
                        "figure",
                        "median",
                        "min",
                        "max",
                        "runs",
                        "target",
                        "meets"));
        for (Figure figure : figures) {
            out.println(line(figure));
            if (figure.note() != null && !figure.note().isBlank()) {
                out.println("    note: " + figure.note());
            }
        }
    }

    private static String line(Figure f) {
        Boolean meets = f.meetsTarget();
        return String.format(
                Locale.ROOT,
                "%-58s %12s %12s %12s %5d %12s  %s",
                f.label() + " (" + f.unit() + ")",
                number(f.median()),
                number(f.min()),
                number(f.max()),
                f.values().size(),
                f.target() == null ? "–" : number(f.target()),
                meets == null ? "–" : meets ? "yes" : "NO");
    }

    private static String number(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        return value >= 100 || value == Math.rint(value)
                ? String.format(Locale.ROOT, "%,.0f", value)
                : String.format(Locale.ROOT, "%.2f", value);
    }

    void write(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        root.put("started", started.toString());
        root.put("finished", Instant.now().toString());
        root.put("machine", machine());
        root.put("cores", Runtime.getRuntime().availableProcessors());
        root.put("java", System.getProperty("java.version"));
        ArrayNode list = root.putArray("figures");
        for (Figure f : figures) {
            ObjectNode node = list.addObject();
            node.put("id", f.id());
            node.put("label", f.label());
            node.put("unit", f.unit());
            node.put("runs", f.values().size());
            node.put("median", f.median());
            node.put("min", f.min());
            node.put("max", f.max());
            node.put("p95", f.percentile(95));
            node.put("p99", f.percentile(99));
            if (f.target() != null) {
                node.put("target", f.target());
                node.put("meetsTarget", f.meetsTarget());
            }
            if (f.note() != null) {
                node.put("note", f.note());
            }
            ArrayNode values = node.putArray("values");
            f.values().forEach(values::add);
        }
        Files.createDirectories(file.getParent());
        json.writeValue(file.toFile(), root);
    }

    static String machine() {
        long memory =
                ((com.sun.management.OperatingSystemMXBean)
                                ManagementFactory.getOperatingSystemMXBean())
                        .getTotalMemorySize();
        return Runtime.getRuntime().availableProcessors()
                + " cores, "
                + Math.round(memory / 1073741824.0)
                + " GiB, "
                + System.getProperty("os.name")
                + " "
                + System.getProperty("os.arch")
                + ", Java "
                + System.getProperty("java.version");
    }
}
