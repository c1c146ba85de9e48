package io.precis.eval.extraction;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SegmentF1Test {

    @Test
    void countsSegmentsOverTheCorpusWithWhitespaceNormalised() {
        SegmentF1 f = new SegmentF1();
        f.add("The first\n  sentence.\u00a0And more.", List.of("first sentence. And", "missing"), List.of("menu", "more."));
        f.add(null, List.of("a", "b"), List.of("c"));   // a crash misses every wanted segment
        // TP 1, FN 3, FP 1, TN 2
        assertEquals(2.0 / (2 + 1 + 3), f.f1(), 1e-9);
        assertEquals(0.5, f.precision(), 1e-9);
        assertEquals(0.25, f.recall(), 1e-9);
    }
}
