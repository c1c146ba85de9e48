package io.precis.eval.summaries;

import io.precis.eval.rouge.RougeData;
import io.precis.eval.rouge.RougeTokenizer;
import io.precis.eval.rouge.WordNetExceptions;
import io.precis.summarize.BoostedTrees;
import io.precis.summarize.Features;
import io.precis.summarize.LinearModel;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code precis eval train-summarizer [--data DIR] [--out FILE] [--limit N]}: learns the summarizer's logistic
 * model on the training folds of the development split (see {@link Folds}) of CNN/DM and BBC, and writes the
 * weights file the core ships ({@code core/src/main/resources/io/precis/summarize/model.tsv}).
 *
 * <p>Labels: CNN/DM sentences chosen by a greedy ROUGE oracle against the highlights (at most 3); BBC sentences
 * that are in the reference (an extract of the article). One profile per set: {@code untitled} from CNN/DM (which
 * has no headlines), {@code titled} from BBC. Fitting: full-batch Adam on the L2-regularised log loss, deterministic.
 * Then, for the {@code titled} profile, {@value #TREES} boosted trees of depth {@value #TREE_DEPTH} on the same
 * features and labels, starting from the linear logit ({@link TreeBoosting}); they are written to
 * {@code trees.tsv} beside the weights file. (CNN/DM gains nothing from them with 3-sentence summaries: none.)
 */
public final class SummarizerTraining {
    private static final double L2 = 1e-4;
    private static final int ITERATIONS = 1500;
    private static final double RATE = 0.5;
    static final int TREES = 200;
    static final int TREE_DEPTH = 2;
    private static final double TREE_RATE = 0.05;
    private static final double TREE_LAMBDA = 10;
    private static final double TREE_MIN_HESSIAN = 50;

    private SummarizerTraining() {
    }

    public static int run(Path data, Path out, int limit, PrintStream log) throws IOException {
        RougeTokenizer tokenizer = new RougeTokenizer(WordNetExceptions.load(RougeData.exceptionsDir(data)), true);
        Oracle oracle = new Oracle(tokenizer);
        StringBuilder model = new StringBuilder();
        Map<String, List<BoostedTrees.Tree>> trees = new TreeMap<>();
        model.append("# Precis summarizer: logistic sentence model, two profiles. Written by `bin/precis eval train-summarizer`;\n");
        model.append("# trained on the training folds (4 of 5) of the development split: titled on BBC, untitled on CNN/DM.\n");
        for (SummarySet set : SummarySet.values()) {
            List<double[]> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            List<SummaryDoc> docs = set.read(data, limit);
            for (int d = 0; d < docs.size(); d++) {
                if (Folds.isValidation(d)) continue;
                PreparedDoc p = PreparedDoc.of(docs.get(d));
                if (p.sentences().isEmpty()) continue;
                boolean[] first = new boolean[p.sentences().size()];
                for (int i = 0; i < first.length; i++) first[i] = p.opensParagraph().get(i);
                double[][] x = Features.of(p.doc().title(), p.sentences(), first);
                boolean[] y = set == SummarySet.CNNDM
                        ? oracle.labels(p.sentences(), p.doc().reference(), 3)
                        : inReference(p.sentences(), p.doc().reference());
                addPoints(x, y, xs, ys);
            }
            log.printf("%s: %d training sentences%n", set.key, xs.size());
            double[] w = fit(xs, ys);
            String profile = set == SummarySet.BBC ? "titled." : "untitled.";
            Map<String, Double> byName = new HashMap<>();
            for (int j = 0; j < w.length; j++) {
                String weight = String.format(Locale.ROOT, "%.5f", w[j]);
                model.append(profile).append(Features.NAMES.get(j)).append('\t').append(weight).append('\n');
                byName.put(profile + Features.NAMES.get(j), Double.parseDouble(weight));
            }
            if (set == SummarySet.BBC) {
                // Boost from the weights as shipped (rounded), so that the trees correct exactly that model.
                LinearModel linear = new LinearModel(byName);
                double[][] x = xs.toArray(new double[0][]);
                double[] y = new double[x.length];
                double[] base = new double[x.length];
                for (int i = 0; i < x.length; i++) {
                    y[i] = ys.get(i);
                    base[i] = linear.logit(x[i]);
                }
                trees.put("titled", new TreeBoosting(TREES, TREE_DEPTH, TREE_RATE, TREE_LAMBDA, TREE_MIN_HESSIAN)
                        .fit(x, y, base));
                log.printf("%s: %d boosted trees%n", set.key, TREES);
            }
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, model.toString(), StandardCharsets.UTF_8);
        Path treeFile = out.toAbsolutePath().resolveSibling("trees.tsv");
        Files.writeString(treeFile, "# Precis summarizer: boosted trees added to the titled profile's logit. Written by\n"
                + "# `bin/precis eval train-summarizer` on the training folds (4 of 5) of the development split.\n"
                + "# profile\ttree\tnode\tfeature\tthreshold\tleft\tright\tvalue (feature - is a leaf)\n"
                + new BoostedTrees(trees).format(), StandardCharsets.UTF_8);
        log.print(model);
        log.println("written to " + out + " and " + treeFile);
        return 0;
    }

    private static void addPoints(double[][] x, boolean[] y, List<double[]> xs, List<Double> ys) {
        for (int i = 0; i < x.length; i++) {
            xs.add(x[i]);
            ys.add(y[i] ? 1.0 : 0.0);
        }
    }

    private static boolean[] inReference(List<String> sentences, List<String> reference) {
        Set<String> ref = new HashSet<>();
        for (String r : reference) ref.add(normal(r));
        boolean[] y = new boolean[sentences.size()];
        for (int i = 0; i < y.length; i++) y[i] = ref.contains(normal(sentences.get(i)));
        return y;
    }

    private static String normal(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    static double[] fit(List<double[]> xs, List<Double> ys) {
        int k = Features.NAMES.size();
        double[] w = new double[k];
        double total = xs.size();
        double[] m = new double[k];
        double[] v = new double[k];
        for (int it = 1; it <= ITERATIONS; it++) {
            double[] grad = new double[k];
            for (int r = 0; r < xs.size(); r++) {
                double[] x = xs.get(r);
                double z = 0;
                for (int j = 0; j < k; j++) z += w[j] * x[j];
                double err = (1 / (1 + Math.exp(-z)) - ys.get(r)) / total;
                for (int j = 0; j < k; j++) grad[j] += err * x[j];
            }
            // Adam (Kingma and Ba, 2015): features on very different scales still converge in a few thousand steps.
            for (int j = 0; j < k; j++) {
                double g = grad[j] + (j == 0 ? 0 : L2 * w[j]);
                m[j] = 0.9 * m[j] + 0.1 * g;
                v[j] = 0.999 * v[j] + 0.001 * g * g;
                double mh = m[j] / (1 - Math.pow(0.9, it));
                double vh = v[j] / (1 - Math.pow(0.999, it));
                w[j] -= RATE * 0.1 * mh / (Math.sqrt(vh) + 1e-8);
            }
        }
        return w;
    }

}
