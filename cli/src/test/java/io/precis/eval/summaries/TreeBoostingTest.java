package io.precis.eval.summaries;

import io.precis.summarize.BoostedTrees;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TreeBoostingTest {
    /** Label 1 exactly when both features exceed 0.5: an interaction no linear model over x0, x1 separates. */
    private static double[][] x() {
        double[][] x = new double[400][];
        for (int i = 0; i < x.length; i++) x[i] = new double[]{(i % 20) / 19.0, (i / 20) / 19.0};
        return x;
    }

    private static double[] y(double[][] x) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) y[i] = x[i][0] > 0.5 && x[i][1] > 0.5 ? 1 : 0;
        return y;
    }

    @Test
    void learnsAnInteractionFromAFlatStart() {
        double[][] x = x();
        double[] y = y(x);
        List<BoostedTrees.Tree> trees = new TreeBoosting(50, 2, 0.3, 1, 1).fit(x, y, new double[x.length]);
        assertEquals(50, trees.size());
        for (int i = 0; i < x.length; i++) {
            double margin = 0;
            for (BoostedTrees.Tree t : trees) margin += t.value(x[i]);
            assertEquals(y[i] == 1, margin > 0, "row " + i + " margin " + margin);
        }
    }

    @Test
    void isDeterministicAndRespectsDepthAndTheBaseMargin() {
        double[][] x = x();
        double[] y = y(x);
        double[] base = new double[x.length];
        java.util.Arrays.fill(base, 5); // already confident that every row is positive
        TreeBoosting boosting = new TreeBoosting(5, 1, 0.1, 1, 1);
        List<BoostedTrees.Tree> a = boosting.fit(x, y, base);
        List<BoostedTrees.Tree> b = boosting.fit(x, y, base);
        for (int t = 0; t < a.size(); t++) {
            assertTrue(a.get(t).feature().length <= 3, "depth 1 has at most 3 nodes");
            assertEquals(java.util.Arrays.toString(a.get(t).value()), java.util.Arrays.toString(b.get(t).value()));
        }
        double margin = 0;
        for (BoostedTrees.Tree t : a) margin += t.value(new double[]{0, 0});
        assertTrue(margin < 0, "the trees pull a confident wrong base margin down: " + margin);
    }
}
