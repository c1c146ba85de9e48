package io.precis.eval.rouge;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Small cases whose scores are worked out by hand in the comments. */
class RougeTest {
    private static final Rouge PLAIN = new Rouge(new RougeTokenizer(WordNetExceptions.none(), false));
    private static final Rouge STEMMED = new Rouge(new RougeTokenizer(
            WordNetExceptions.of(Map.of("children", "child", "went", "go")), true));

    @Test
    void rouge1And2() {
        // ref: the cat sat on the mat (6 tokens, 5 bigrams); cand: the cat lay on the mat.
        // unigrams: the x2, cat, on, mat = 5 hits -> R 5/6, P 5/6. bigrams: "the cat", "on the", "the mat" = 3 of 5.
        RougeScores s = PLAIN.score(List.of("The cat sat on the mat."), List.of("The cat lay on the mat."));
        assertEquals(5 / 6.0, s.rouge1().recall(), 1e-9);
        assertEquals(5 / 6.0, s.rouge1().f1(), 1e-9);
        assertEquals(3 / 5.0, s.rouge2().precision(), 1e-9);
    }

    @Test
    void bigramsCrossSentenceBoundariesAsInThePerlScript() {
        // ref "a b c" ; cand lines "a b" + "c": joined "a b c" -> bigrams "a b", "b c" both hit: R2 = 1.
        assertEquals(1.0, PLAIN.score(List.of("a b c"), List.of("a b", "c")).rouge2().f1(), 1e-9);
    }

    @Test
    void summaryLevelLcsIsTheUnionOverCandidateSentences() {
        // ref "w1 w2 w3 w4 w5"; cand "w1 w2 w6 w7 w8" / "w1 w3 w8 w9 w5".
        // LCS with line 1: w1 w2; with line 2: w1 w3 w5; union {w1 w2 w3 w5} = 4 hits.
        // R = 4/5 = 0.8, P = 4/10 = 0.4, F = 2*0.32/1.2 = 0.5333.
        RougeScore l = PLAIN.score(List.of("w1 w2 w3 w4 w5"), List.of("w1 w2 w6 w7 w8", "w1 w3 w8 w9 w5")).rougeL();
        assertEquals(0.8, l.recall(), 1e-9);
        assertEquals(0.4, l.precision(), 1e-9);
        assertEquals(0.8 * 0.4 / 0.6, l.f1(), 1e-9);
    }

    @Test
    void unionHitsAreClippedByTokenCounts() {
        // ref lines "a" and "a"; cand "a". Each ref line's LCS with the cand marks its "a", but the candidate holds
        // a single "a": the first line takes it, the second finds none left -> 1 hit. R = 1/2, P = 1/1.
        RougeScore l = PLAIN.score(List.of("a", "a"), List.of("a")).rougeL();
        assertEquals(0.5, l.recall(), 1e-9);
        assertEquals(1.0, l.precision(), 1e-9);
    }

    @Test
    void tokensAreLowercasedAlphanumericsStemmedAfterTheExceptionLists() {
        RougeTokenizer t = new RougeTokenizer(WordNetExceptions.of(Map.of("children", "child", "went", "go")), true);
        // "went" has 4 characters -> exception "go"; "U.S." -> "u", "s"; "cats" -> Porter "cat"; "ran" too short.
        assertEquals(List.of("the", "child", "go", "to", "u", "s", "cat", "ran", "3", "5"),
                t.tokens("The children WENT to U.S. cats ran 3.5"));
        // Stemming makes "children"/"child" and "cats"/"cat" match: 3 of 3.
        assertEquals(1.0, STEMMED.score(List.of("child cat go"), List.of("children cats went")).rouge1().f1(), 1e-9);
    }

    @Test
    void emptyCandidateScoresZero() {
        assertEquals(RougeScore.ZERO, PLAIN.score(List.of("a b"), List.of()).rouge1());
    }
}
