package io.precis.eval;

import java.io.PrintStream;
import java.nio.file.Path;

public final class SummaryEval {
    private SummaryEval() {
    }

    public static int run(Path data, int limit, PrintStream out) throws Exception {
        throw new UnsupportedOperationException("not built yet");
    }
}
