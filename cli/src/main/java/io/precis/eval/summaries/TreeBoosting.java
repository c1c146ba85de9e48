package io.precis.eval.summaries;

import io.precis.summarize.BoostedTrees;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Fits {@link BoostedTrees} on the logistic loss by gradient boosting with Newton leaf values (as in XGBoost: Chen and
 * Guestrin, KDD 2016), starting from a given base margin (the linear model's logit). Exact greedy splits over
 * pre-sorted feature columns, depth-limited trees, shrinkage, an L2 penalty on leaf values and a minimum hessian per
 * leaf. Deterministic: no sampling, ties broken by feature index and position.
 */
final class TreeBoosting {
    final int trees;
    final int depth;
    final double rate;
    final double lambda;
    final double minHessian;

    TreeBoosting(int trees, int depth, double rate, double lambda, double minHessian) {
        this.trees = trees;
        this.depth = depth;
        this.rate = rate;
        this.lambda = lambda;
        this.minHessian = minHessian;
    }

    /** Trees for rows x with labels y (0/1), added to margin base. */
    List<BoostedTrees.Tree> fit(double[][] x, double[] y, double[] base) {
        int n = x.length;
        int k = n == 0 ? 0 : x[0].length;
        int[][] sorted = new int[k][];
        for (int j = 0; j < k; j++) {
            final int f = j;
            sorted[j] = java.util.stream.IntStream.range(0, n).boxed()
                    .sorted((a, b) -> a.equals(b) ? 0 : Double.compare(x[a][f], x[b][f]) != 0
                            ? Double.compare(x[a][f], x[b][f]) : Integer.compare(a, b))
                    .mapToInt(Integer::intValue).toArray();
        }
        double[] margin = base.clone();
        double[] g = new double[n];
        double[] h = new double[n];
        List<BoostedTrees.Tree> out = new ArrayList<>();
        for (int t = 0; t < trees; t++) {
            for (int i = 0; i < n; i++) {
                double p = 1 / (1 + Math.exp(-margin[i]));
                g[i] = p - y[i];
                h[i] = Math.max(p * (1 - p), 1e-6);
            }
            BoostedTrees.Tree tree = grow(x, sorted, g, h);
            for (int i = 0; i < n; i++) margin[i] += tree.value(x[i]);
            out.add(tree);
        }
        return out;
    }

    private BoostedTrees.Tree grow(double[][] x, int[][] sorted, double[] g, double[] h) {
        int n = x.length;
        int k = sorted.length;
        int[] node = new int[n]; // which open node each row is in
        List<int[]> structure = new ArrayList<>(); // feature, left, right
        List<double[]> numbers = new ArrayList<>(); // threshold, value
        structure.add(new int[]{-1, 0, 0});
        numbers.add(new double[]{0, 0});
        List<Integer> open = List.of(0);
        for (int level = 0; level <= depth && !open.isEmpty(); level++) {
            int size = structure.size();
            double[] sg = new double[size];
            double[] sh = new double[size];
            for (int i = 0; i < n; i++) {
                if (node[i] >= 0) {
                    sg[node[i]] += g[i];
                    sh[node[i]] += h[i];
                }
            }
            double[] bestGain = new double[size];
            int[] bestFeature = new int[size];
            double[] bestThreshold = new double[size];
            Arrays.fill(bestFeature, -1);
            if (level < depth) {
                double[] lg = new double[size];
                double[] lh = new double[size];
                double[] last = new double[size];
                for (int j = 0; j < k; j++) {
                    Arrays.fill(lg, 0);
                    Arrays.fill(lh, 0);
                    Arrays.fill(last, Double.NaN);
                    for (int i : sorted[j]) {
                        int o = node[i];
                        if (o < 0) continue;
                        double v = x[i][j];
                        // a split between the previous value and this one
                        if (!Double.isNaN(last[o]) && v > last[o] && lh[o] >= minHessian && sh[o] - lh[o] >= minHessian) {
                            double rg = sg[o] - lg[o];
                            double rh = sh[o] - lh[o];
                            double gain = lg[o] * lg[o] / (lh[o] + lambda) + rg * rg / (rh + lambda)
                                    - sg[o] * sg[o] / (sh[o] + lambda);
                            if (gain > bestGain[o] + 1e-12) {
                                bestGain[o] = gain;
                                bestFeature[o] = j;
                                bestThreshold[o] = (last[o] + v) / 2;
                            }
                        }
                        lg[o] += g[i];
                        lh[o] += h[i];
                        last[o] = v;
                    }
                }
            }
            List<Integer> next = new ArrayList<>();
            int[] leftOf = new int[size];
            for (int o : open) {
                if (bestFeature[o] < 0) {
                    numbers.get(o)[1] = -rate * sg[o] / (sh[o] + lambda);
                    continue;
                }
                int left = structure.size();
                structure.add(new int[]{-1, 0, 0});
                numbers.add(new double[]{0, 0});
                structure.add(new int[]{-1, 0, 0});
                numbers.add(new double[]{0, 0});
                structure.get(o)[0] = bestFeature[o];
                structure.get(o)[1] = left;
                structure.get(o)[2] = left + 1;
                numbers.get(o)[0] = bestThreshold[o];
                leftOf[o] = left;
                next.add(left);
                next.add(left + 1);
            }
            for (int i = 0; i < n; i++) {
                int o = node[i];
                if (o < 0) continue;
                if (bestFeature[o] < 0) node[i] = -1;
                else node[i] = x[i][bestFeature[o]] <= bestThreshold[o] ? leftOf[o] : leftOf[o] + 1;
            }
            open = next;
        }
        int m = structure.size();
        int[] feature = new int[m];
        double[] threshold = new double[m];
        int[] left = new int[m];
        int[] right = new int[m];
        double[] value = new double[m];
        for (int i = 0; i < m; i++) {
            feature[i] = structure.get(i)[0];
            left[i] = structure.get(i)[1];
            right[i] = structure.get(i)[2];
            threshold[i] = numbers.get(i)[0];
            value[i] = numbers.get(i)[1];
        }
        return new BoostedTrees.Tree(feature, threshold, left, right, value);
    }
}
