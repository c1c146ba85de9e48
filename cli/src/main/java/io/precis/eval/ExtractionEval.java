package io.precis.eval;

import io.precis.eval.extraction.ArticleBodyBenchmark;
import io.precis.eval.extraction.Benchmark;
import io.precis.eval.extraction.BodyRun;
import io.precis.eval.extraction.BodySource;
import io.precis.eval.extraction.NewsBodyBenchmark;
import io.precis.eval.extraction.PrecisBodies;
import io.precis.eval.extraction.PredictedBodies;
import io.precis.eval.extraction.WebSegmentsBenchmark;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code precis eval extraction}: every extraction set, one table, our figures beside the published ones.
 * With {@code --predictions}, other tools' recorded outputs (see {@link PredictedBodies}) are scored by the
 * same code and shown in columns beside ours ({@code scripts/compare-extraction} does this).
 */
public final class ExtractionEval {
    private static final String FASTER_THAN = "trafilatura";
    private static final double SPEED_FACTOR = 10;

    private ExtractionEval() {
    }

    /**
     * Options of the command.
     *
     * @param predictions a jsonl file of another tool's outputs (named by {@code tool}), or
     *                    {@code NAME=FILE,NAME=FILE} for several tools; null for our figures alone
     * @param tool        the tool name when {@code predictions} is a single file
     * @param limit       at most this many pages per body set (0: all)
     * @param verbose     print every page's score, worst first, to standard error
     */
    public record Options(String predictions, String tool, int limit, boolean verbose) {
        public static final Options DEFAULT = new Options(null, null, 0, false);
    }

    /** Every set of the table, scored on our extractor. Add a set here: one {@link Benchmark} each. */
    static List<Benchmark> benchmarks(BodyRun ours) {
        List<Benchmark> list = new ArrayList<>(bodyBenchmarks(ours));
        list.add(new io.precis.eval.extraction.PublicationDates());
        list.add(new io.precis.eval.extraction.NewsMetadata());
        list.add(new io.precis.eval.extraction.CopiedText());
        return list;
    }

    /** The sets scored on body text alone, which any tool's outputs can be scored on. */
    static List<Benchmark> bodyBenchmarks(BodyRun run) {
        return List.of(new ArticleBodyBenchmark(run), new WebSegmentsBenchmark(run), new NewsBodyBenchmark(run));
    }

    public static int run(Path data, PrintStream out) throws Exception {
        return run(data, Options.DEFAULT, out);
    }

    public static int run(Path data, Options options, PrintStream out) throws Exception {
        PrintStream detail = options.verbose() ? System.err : null;
        PrecisBodies precis = new PrecisBodies();
        if (Files.isDirectory(data.resolve("publication-dates"))) precis.warmUp(data);
        else System.err.println("eval: no publication-dates set to warm the JIT on; pages/s includes JIT compilation");
        BodyRun ours = new BodyRun(precis, options.limit(), detail);
        if (options.predictions() == null) {
            List<Benchmark.Row> rows = new ArrayList<>();
            for (Benchmark b : benchmarks(ours)) rows.addAll(b.run(data));
            printTable(rows, out);
            return 0;
        }
        Map<String, List<Benchmark.Row>> byTool = new LinkedHashMap<>();
        byTool.put("precis", rows(bodyBenchmarks(ours), data));
        for (BodySource tool : tools(options)) {
            byTool.put(tool.name(), rows(bodyBenchmarks(new BodyRun(tool, options.limit(), detail)), data));
        }
        printComparison(byTool, out);
        return 0;
    }

    private static List<Benchmark.Row> rows(List<Benchmark> benchmarks, Path data) throws Exception {
        List<Benchmark.Row> rows = new ArrayList<>();
        for (Benchmark b : benchmarks) rows.addAll(b.run(data));
        return rows;
    }

    private static List<BodySource> tools(Options options) throws Exception {
        List<BodySource> tools = new ArrayList<>();
        if (!options.predictions().contains("=")) {
            String name = options.tool() == null ? "other" : options.tool();
            tools.add(PredictedBodies.read(name, Path.of(options.predictions())));
            return tools;
        }
        for (String pair : options.predictions().split(",")) {
            String[] nameFile = pair.split("=", 2);
            tools.add(PredictedBodies.read(nameFile[0].strip(), Path.of(nameFile[1].strip())));
        }
        return tools;
    }

    private static void printTable(List<Benchmark.Row> rows, PrintStream out) {
        out.printf("%-36s %-18s %8s %8s  %s%n", "set", "measure", "precis", "target", "best published");
        for (Benchmark.Row r : rows) {
            out.printf("%-36s %-18s %8s %8s  %s%s%n", r.set(), r.measure(), number(r.ours()),
                    Double.isNaN(r.target()) ? "" : number(r.target()), r.published(), r.met() ? "" : "  (below target)");
        }
    }

    /** One line per (set, measure); one column per tool; speed rows say how many times faster we are. */
    private static void printComparison(Map<String, List<Benchmark.Row>> byTool, PrintStream out) {
        List<String> tools = List.copyOf(byTool.keySet());
        List<Benchmark.Row> ours = byTool.get("precis");
        StringBuilder header = new StringBuilder(String.format("%-36s %-18s", "set", "measure"));
        for (String t : tools) header.append(" ").append(pad(t, t));
        header.append(String.format(" %8s  %s", "target", "best published / note"));
        out.println(header);
        for (int i = 0; i < ours.size(); i++) {
            Benchmark.Row r = ours.get(i);
            StringBuilder line = new StringBuilder(String.format("%-36s %-18s", r.set(), r.measure()));
            for (String t : tools) line.append(" ").append(pad(number(byTool.get(t).get(i).ours()), t));
            double target = r.target();
            String note = r.published();
            if (r.measure().equals("pages/s")) {
                StringBuilder speed = new StringBuilder();
                for (String t : tools.subList(1, tools.size())) {
                    double other = byTool.get(t).get(i).ours();
                    speed.append(String.format("%s%.1fx %s", speed.isEmpty() ? "precis " : ", ", r.ours() / other, t));
                    if (t.equals(FASTER_THAN)) target = SPEED_FACTOR * other;
                }
                note = speed.toString();
            }
            boolean met = Double.isNaN(target) || r.ours() >= target;
            line.append(String.format(" %8s  %s%s", Double.isNaN(target) ? "" : number(target), note, met ? "" : "  (below target)"));
            out.println(line);
        }
    }

    /** Right-aligned in a column as wide as the tool's name, and at least 12. */
    private static String pad(String cell, String tool) {
        return String.format("%" + Math.max(12, tool.length()) + "s", cell);
    }

    private static String number(double v) {
        if (Double.isNaN(v)) return "-";
        return v >= 10 ? String.format("%.1f", v) : String.format("%.3f", v);
    }
}
