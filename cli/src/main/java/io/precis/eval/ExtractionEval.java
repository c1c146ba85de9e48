package io.precis.eval;

import io.precis.eval.extraction.Benchmark;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code precis eval extraction}: every extraction set, one table, our figures beside the published ones. */
public final class ExtractionEval {
    private ExtractionEval() {
    }

    static List<Benchmark> benchmarks() {
        return List.of(new io.precis.eval.extraction.PublicationDates(), new io.precis.eval.extraction.NewsMetadata(), new io.precis.eval.extraction.CopiedText());
    }

    public static int run(Path data, PrintStream out) throws Exception {
        List<Benchmark.Row> rows = new ArrayList<>();
        for (Benchmark b : benchmarks()) rows.addAll(b.run(data));
        out.printf("%-36s %-16s %8s %8s  %s%n", "set", "measure", "precis", "target", "best published");
        for (Benchmark.Row r : rows) {
            out.printf("%-36s %-16s %8.3f %8s  %s%s%n", r.set(), r.measure(), r.ours(),
                    Double.isNaN(r.target()) ? "" : String.format("%.3f", r.target()), r.published(), r.met() ? "" : "  (below target)");
        }
        return 0;
    }
}
