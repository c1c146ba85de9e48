package io.precis.eval.extraction;

import java.nio.file.Path;
import java.util.List;

/** One extraction benchmark set, scored with the metric its authors defined. */
public interface Benchmark {

    /** Runs the set under {@code data} (the shared data folder) and returns its rows of the table. */
    List<Row> run(Path data) throws Exception;

    /**
     * One line of the results table.
     *
     * @param set       benchmark set ("article-body (AEB)")
     * @param measure   what is measured ("body F1")
     * @param ours      our figure
     * @param target    the figure we aim for, or NaN
     * @param published the best published figure and who holds it ("trafilatura 0.958"), or ""
     */
    record Row(String set, String measure, double ours, double target, String published) {
        public boolean met() {
            return Double.isNaN(target) || ours >= target;
        }
    }
}
