package io.precis.summarize;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A logistic-regression sentence scorer (its logit ranks sentences) whose weights ship in the jar as
 * {@code io/precis/summarize/model.tsv}: lines {@code profile.feature<TAB>weight}, {@code #} comments. There are two
 * profiles: {@code titled} for articles with a headline (learnt on BBC News) and {@code untitled} for those without
 * (learnt on CNN/DailyMail, which has none); the {@code has_title} feature chooses. The weights are learnt by
 * {@code bin/precis eval train-summarizer} (see the README) on the training folds of the development split only.
 */
public final class LinearModel {
    static final String RESOURCE = "/io/precis/summarize/model.tsv";
    static final List<String> PROFILES = List.of("titled", "untitled");
    private static final int HAS_TITLE = Features.NAMES.indexOf("has_title");
    private final double[] titled;
    private final double[] untitled;

    /** Weights by {@code profile.feature}; a missing weight is 0. */
    public LinearModel(Map<String, Double> byName) {
        titled = vector(byName, "titled.");
        untitled = vector(byName, "untitled.");
    }

    private static double[] vector(Map<String, Double> byName, String prefix) {
        double[] w = new double[Features.NAMES.size()];
        for (int k = 0; k < w.length; k++) w[k] = byName.getOrDefault(prefix + Features.NAMES.get(k), 0.0);
        return w;
    }

    /** The profile that scores feature vector x: {@code titled} when the article has a headline. */
    public static String profile(double[] x) {
        return x[HAS_TITLE] > 0 ? "titled" : "untitled";
    }

    private double[] weightsFor(double[] x) {
        return x[HAS_TITLE] > 0 ? titled : untitled;
    }

    /** The model in the jar; loaded once. */
    public static LinearModel bundled() {
        return Holder.BUNDLED;
    }

    public double logit(double[] x) {
        double[] weights = weightsFor(x);
        double s = 0;
        for (int k = 0; k < weights.length; k++) s += weights[k] * x[k];
        return s;
    }

    /** The logit split into named parts (position, length, centrality, title, lead, other); they sum to it. */
    public Map<String, Double> parts(double[] x) {
        double[] weights = weightsFor(x);
        Map<String, Double> parts = new LinkedHashMap<>();
        for (int k = 0; k < weights.length; k++) {
            parts.merge(Features.PART.get(Features.NAMES.get(k)), weights[k] * x[k], Double::sum);
        }
        return parts;
    }

    /** Weights by {@code profile.feature}, in file order. */
    public Map<String, Double> weights() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (int k = 0; k < titled.length; k++) out.put("titled." + Features.NAMES.get(k), titled[k]);
        for (int k = 0; k < untitled.length; k++) out.put("untitled." + Features.NAMES.get(k), untitled[k]);
        return out;
    }

    public static Map<String, Double> parse(InputStream in) throws IOException {
        Map<String, Double> byName = new HashMap<>();
        for (String[] f : ModelFiles.read(in, 2, "model")) byName.put(f[0], Double.parseDouble(f[1]));
        return byName;
    }

    private static final class Holder {
        static final LinearModel BUNDLED = load();

        private static LinearModel load() {
            try (InputStream in = LinearModel.class.getResourceAsStream(RESOURCE)) {
                if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
                Map<String, Double> byName = parse(in);
                List<String> unknown = byName.keySet().stream()
                        .filter(k -> k.indexOf('.') < 0 || !PROFILES.contains(k.substring(0, k.indexOf('.')))
                                || !Features.NAMES.contains(k.substring(k.indexOf('.') + 1)))
                        .toList();
                if (!unknown.isEmpty()) throw new IllegalStateException("unknown features in " + RESOURCE + ": " + unknown);
                return new LinearModel(byName);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
