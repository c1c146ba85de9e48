package io.precis.eval.extraction;

import java.util.List;

/** Prints rows when a benchmark is run on its own, while iterating on one set. */
final class Rows {
    private Rows() {
    }

    static void print(List<Benchmark.Row> rows) {
        for (Benchmark.Row r : rows) {
            System.out.printf("%-36s %-16s %8.3f %8s  %s%s%n", r.set(), r.measure(), r.ours(),
                    Double.isNaN(r.target()) ? "" : String.format("%.3f", r.target()), r.published(),
                    r.met() ? "" : "  (below target)");
        }
    }
}
