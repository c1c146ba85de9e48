package io.precis.eval.extraction;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ShingleF1Test {
    private static final double EPS = 1e-9;

    @Test
    void countsMultisetShinglesNormalisedPerDocument() {
        // gold: a b c d e -> shingles abcd, bcde; predicted: a b c d x -> abcd, bcdx
        ShingleF1.Counts c = ShingleF1.AEB.counts("a b c d e", "a, b. c d x");
        assertEquals(1 / 3.0, c.tp(), EPS);
        assertEquals(1 / 3.0, c.fp(), EPS);
        assertEquals(1 / 3.0, c.fn(), EPS);
    }

    @Test
    void aebMakesAShortTextOneShingleAndSkipsEmptyPredictionsInPrecision() {
        assertEquals(1.0, ShingleF1.AEB.counts("Hello world", "Hello world").tp(), EPS);
        ShingleF1.Counts empty = ShingleF1.AEB.counts("a b c d e", "");
        ShingleF1.Counts perfect = ShingleF1.AEB.counts("a b c d e", "a b c d e");
        ShingleF1.Score s = ShingleF1.AEB.score(List.of(empty, perfect));
        assertEquals(1.0, s.precision(), EPS);   // the empty prediction is left out
        assertEquals(0.5, s.recall(), EPS);
        assertEquals(2 * 0.5 / 1.5, s.f1(), EPS);
    }

    @Test
    void newspaper4kCountsEmptyPredictionsAsPrecisionZeroAndShortTextsAsNoShingle() {
        ShingleF1.Counts empty = ShingleF1.NEWSPAPER4K.counts("a b c d e", null);
        ShingleF1.Counts perfect = ShingleF1.NEWSPAPER4K.counts("a b c d e", "a b c d e");
        ShingleF1.Score s = ShingleF1.NEWSPAPER4K.score(List.of(empty, perfect));
        assertEquals(0.5, s.precision(), EPS);
        assertEquals(0.5, s.recall(), EPS);
        ShingleF1.Counts shortTexts = ShingleF1.NEWSPAPER4K.counts("Hello world", "Goodbye");
        assertEquals(1.0, shortTexts.precision(), EPS); // no shingles on either side: nothing wrong
    }

    @Test
    void tokensAreUnicodeWordRunsAndCaseSensitive() {
        assertEquals(0.0, ShingleF1.AEB.counts("Über die Brücke gehen", "über die Brücke gehen").tp(), EPS);
        assertEquals(1.0, ShingleF1.AEB.counts("Über die Brücke gehen", "Über—die «Brücke» gehen!").tp(), EPS);
    }
}
