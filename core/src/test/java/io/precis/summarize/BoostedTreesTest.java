package io.precis.summarize;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BoostedTreesTest {
    private static final int POS0 = Features.NAMES.indexOf("pos0");
    private static final int LENGTH = Features.NAMES.indexOf("log_length");

    /** pos0 <= 0.5 ? (log_length <= 0.6 ? -1 : 2) : 3 */
    private static BoostedTrees.Tree stump() {
        return new BoostedTrees.Tree(new int[]{POS0, LENGTH, -1, -1, -1}, new double[]{0.5, 0.6, 0, 0, 0},
                new int[]{1, 3, 0, 0, 0}, new int[]{2, 4, 0, 0, 0}, new double[]{0, 0, 3, -1, 2});
    }

    private static double[] vector(double pos0, double length) {
        double[] x = new double[Features.NAMES.size()];
        x[POS0] = pos0;
        x[LENGTH] = length;
        return x;
    }

    @Test
    void walksEachTreeToALeafAndSumsTheLeaves() {
        BoostedTrees trees = new BoostedTrees(Map.of("titled", List.of(stump(), stump())));
        assertEquals(6, trees.score("titled", vector(1, 0)), 1e-12);
        assertEquals(-2, trees.score("titled", vector(0, 0.6)), 1e-12, "a value equal to the threshold goes left");
        assertEquals(4, trees.score("titled", vector(0, 0.7)), 1e-12);
        assertEquals(0, trees.score("untitled", vector(1, 0)), "a profile without trees adds nothing");
    }

    @Test
    void theFileFormatRoundTripsExactly() throws IOException {
        BoostedTrees trees = new BoostedTrees(Map.of("titled", List.of(stump()),
                "untitled", List.of(new BoostedTrees.Tree(new int[]{-1}, new double[]{0}, new int[]{0}, new int[]{0},
                        new double[]{0.1 + 0.2}))));
        BoostedTrees back = BoostedTrees.parse(new ByteArrayInputStream(trees.format().getBytes(StandardCharsets.UTF_8)));
        assertEquals(trees.format(), back.format());
        assertEquals(0.1 + 0.2, back.score("untitled", vector(0, 0)), 0);
    }

    @Test
    void rejectsUnknownFeaturesAndBrokenTrees() {
        String unknown = "titled\t0\t0\tno_such_feature\t0.5\t1\t2\t0\n";
        assertThrows(IOException.class, () -> BoostedTrees.parse(new ByteArrayInputStream(unknown.getBytes(StandardCharsets.UTF_8))));
        assertThrows(IllegalArgumentException.class, () -> new BoostedTrees.Tree(new int[]{POS0}, new double[]{0},
                new int[]{0}, new int[]{0}, new double[]{0}), "a child must come after its parent");
    }

    @Test
    void treeFeaturesScoreFrequentWordsAndRankThem() {
        double[] counts = new double[3];
        double[] mean = Features.lettersFrequencyMean(List.of("Rates rose.", "The rates rose again, rates!", "Snow fell."), counts);
        assertEquals(3, counts[1], "'the' and 'again' are stop words");
        assertEquals(8 / 9.0, mean[1], 1e-12, "(3 + 2 + 3) / 3 words / largest count 3");
        assertTrue(mean[1] > mean[0] && mean[0] > mean[2], java.util.Arrays.toString(mean));
        double[] share = Features.shareAbove(new double[]{0.5, 0.9, 0.5, 0.1});
        assertEquals("[0.25, 0.0, 0.25, 0.75]", java.util.Arrays.toString(share));
        double[][] x = Features.of("T", List.of("Rates rose.", "Snow fell."), new boolean[]{true, false});
        assertEquals(Features.ALL_NAMES.size(), x[0].length);
        assertEquals(11, x[0][Features.ALL_NAMES.indexOf("characters")]);
    }

    @Test
    void theBundledTreesCorrectOnlyTheTitledProfile() {
        BoostedTrees bundled = BoostedTrees.bundled();
        assertFalse(bundled.trees("titled").isEmpty());
        assertTrue(bundled.trees("untitled").isEmpty());
    }
}
