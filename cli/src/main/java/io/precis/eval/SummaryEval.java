package io.precis.eval;

import io.precis.eval.summaries.SummaryTable;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * {@code precis eval summaries [--data DIR] [--limit N]}: LEAD and Precis on CNN/DM (3 sentences) and BBC (40% of
 * the sentences), ROUGE-1/2/L F1 by our ROUGE-1.5.5, beside the published figures, with speed.
 */
public final class SummaryEval {
    private SummaryEval() {
    }

    public static int run(Path data, int limit, PrintStream out) throws Exception {
        return SummaryTable.run(data, limit, out);
    }
}
