package io.precis.summarize;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A small gradient-boosted ensemble of regression trees (Friedman, "Greedy function approximation: a gradient
 * boosting machine", Annals of Statistics 29(5), 2001) added to the {@link LinearModel}'s logit for one profile: the
 * linear model is the base margin and the trees correct it where features interact or act non-linearly. Ships in the
 * jar as {@code io/precis/summarize/trees.tsv}, lines {@code profile<TAB>tree<TAB>node<TAB>feature<TAB>threshold<TAB>
 * left<TAB>right<TAB>value}: an inner node sends {@code x[feature] <= threshold} to {@code left}, else to
 * {@code right}; a leaf has feature {@code -1} and adds {@code value}. Learnt by {@code bin/precis eval
 * train-summarizer}. Immutable; inference is a few comparisons per tree.
 */
public final class BoostedTrees {
    static final String RESOURCE = "/io/precis/summarize/trees.tsv";
    private static final BoostedTrees NONE = new BoostedTrees(Map.of());
    /** Trees by profile ({@code titled}, {@code untitled}); a profile without trees adds 0. */
    private final Map<String, List<Tree>> byProfile;

    public BoostedTrees(Map<String, List<Tree>> byProfile) {
        Map<String, List<Tree>> copy = new TreeMap<>();
        byProfile.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        this.byProfile = Map.copyOf(copy);
    }

    public static BoostedTrees none() {
        return NONE;
    }

    /** The ensemble in the jar (none when the resource is absent); loaded once. */
    public static BoostedTrees bundled() {
        return Holder.BUNDLED;
    }

    public List<Tree> trees(String profile) {
        return byProfile.getOrDefault(profile, List.of());
    }

    /** The sum of the profile's tree outputs for feature vector x. */
    public double score(String profile, double[] x) {
        double s = 0;
        for (Tree t : trees(profile)) s += t.value(x);
        return s;
    }

    /**
     * One regression tree in flat arrays; node 0 is the root.
     */
    public record Tree(int[] feature, double[] threshold, int[] left, int[] right, double[] value) {
        public Tree {
            int n = feature.length;
            if (threshold.length != n || left.length != n || right.length != n || value.length != n || n == 0) {
                throw new IllegalArgumentException("tree arrays differ in length or are empty");
            }
            for (int i = 0; i < n; i++) {
                if (feature[i] >= 0 && (left[i] <= i || right[i] <= i || left[i] >= n || right[i] >= n)) {
                    throw new IllegalArgumentException("bad child of node " + i);
                }
            }
        }

        public double value(double[] x) {
            int i = 0;
            while (feature[i] >= 0) i = x[feature[i]] <= threshold[i] ? left[i] : right[i];
            return value[i];
        }
    }

    /** The ensemble in the resource file's format. */
    public String format() {
        StringBuilder out = new StringBuilder();
        for (var e : byProfile.entrySet()) {
            List<Tree> trees = e.getValue();
            for (int t = 0; t < trees.size(); t++) {
                Tree tree = trees.get(t);
                for (int i = 0; i < tree.feature().length; i++) {
                    out.append(e.getKey()).append('\t').append(t).append('\t').append(i).append('\t')
                            .append(tree.feature()[i] < 0 ? "-" : Features.ALL_NAMES.get(tree.feature()[i])).append('\t')
                            .append(tree.threshold()[i]).append('\t')
                            .append(tree.left()[i]).append('\t').append(tree.right()[i]).append('\t')
                            .append(tree.value()[i]).append('\n');
                }
            }
        }
        return out.toString();
    }

    public static BoostedTrees parse(InputStream in) throws IOException {
        Map<String, List<List<String[]>>> rows = new TreeMap<>();
        for (String[] f : ModelFiles.read(in, 8, "tree")) {
            String line = String.join("\t", f);
            List<List<String[]>> trees = rows.computeIfAbsent(f[0], k -> new ArrayList<>());
            int t = Integer.parseInt(f[1]);
            if (t == trees.size()) trees.add(new ArrayList<>());
            if (t != trees.size() - 1) throw new IOException("trees out of order: " + line);
            if (Integer.parseInt(f[2]) != trees.get(t).size()) throw new IOException("nodes out of order: " + line);
            trees.get(t).add(f);
        }
        Map<String, List<Tree>> byProfile = new TreeMap<>();
        for (var e : rows.entrySet()) {
            if (!LinearModel.PROFILES.contains(e.getKey())) throw new IOException("unknown profile " + e.getKey());
            List<Tree> trees = new ArrayList<>();
            for (List<String[]> nodes : e.getValue()) {
                int n = nodes.size();
                int[] feature = new int[n];
                double[] threshold = new double[n];
                int[] left = new int[n];
                int[] right = new int[n];
                double[] value = new double[n];
                for (int i = 0; i < n; i++) {
                    String[] f = nodes.get(i);
                    feature[i] = f[3].equals("-") ? -1 : Features.ALL_NAMES.indexOf(f[3]);
                    if (feature[i] < 0 && !f[3].equals("-")) throw new IOException("unknown feature " + f[3]);
                    threshold[i] = Double.parseDouble(f[4]);
                    left[i] = Integer.parseInt(f[5]);
                    right[i] = Integer.parseInt(f[6]);
                    value[i] = Double.parseDouble(f[7]);
                }
                trees.add(new Tree(feature, threshold, left, right, value));
            }
            byProfile.put(e.getKey(), trees);
        }
        return new BoostedTrees(byProfile);
    }

    private static final class Holder {
        static final BoostedTrees BUNDLED = load();

        private static BoostedTrees load() {
            try (InputStream in = BoostedTrees.class.getResourceAsStream(RESOURCE)) {
                return in == null ? NONE : parse(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
