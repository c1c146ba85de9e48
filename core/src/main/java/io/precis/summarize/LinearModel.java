package io.precis.summarize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A logistic-regression sentence scorer (its logit ranks sentences) whose weights ship in the jar as
 * {@code io/precis/summarize/model.tsv}: lines {@code feature<TAB>weight}, {@code #} comments. The weights are
 * learnt by {@code bin/precis train-summarizer} (see the README) on the development split only.
 */
public final class LinearModel {
    static final String RESOURCE = "/io/precis/summarize/model.tsv";
    private final double[] weights;

    public LinearModel(Map<String, Double> byName) {
        weights = new double[Features.NAMES.size()];
        for (int k = 0; k < weights.length; k++) weights[k] = byName.getOrDefault(Features.NAMES.get(k), 0.0);
    }

    /** The model in the jar; loaded once. */
    public static LinearModel bundled() {
        return Holder.BUNDLED;
    }

    public double logit(double[] x) {
        double s = 0;
        for (int k = 0; k < weights.length; k++) s += weights[k] * x[k];
        return s;
    }

    /** The logit split into named parts (position, length, centrality, title, lead, other); they sum to it. */
    public Map<String, Double> parts(double[] x) {
        Map<String, Double> parts = new LinkedHashMap<>();
        for (int k = 0; k < weights.length; k++) {
            parts.merge(Features.PART.get(Features.NAMES.get(k)), weights[k] * x[k], Double::sum);
        }
        return parts;
    }

    public Map<String, Double> weights() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (int k = 0; k < weights.length; k++) out.put(Features.NAMES.get(k), weights[k]);
        return out;
    }

    public static Map<String, Double> parse(InputStream in) throws IOException {
        Map<String, Double> byName = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                if (f.length != 2) throw new IOException("bad model line: " + line);
                byName.put(f[0], Double.parseDouble(f[1]));
            }
        }
        return byName;
    }

    private static final class Holder {
        static final LinearModel BUNDLED = load();

        private static LinearModel load() {
            try (InputStream in = LinearModel.class.getResourceAsStream(RESOURCE)) {
                if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
                Map<String, Double> byName = parse(in);
                List<String> unknown = byName.keySet().stream().filter(k -> !Features.NAMES.contains(k)).toList();
                if (!unknown.isEmpty()) throw new IllegalStateException("unknown features in " + RESOURCE + ": " + unknown);
                return new LinearModel(byName);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
