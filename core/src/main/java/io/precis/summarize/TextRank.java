package io.precis.summarize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sentence centrality by TextRank: R. Mihalcea and P. Tarau, "TextRank: Bringing Order into Texts", EMNLP 2004.
 * Sentences are nodes; two sentences are joined with the weight {@code |shared words| / (log|a| + log|b|)} (words
 * counted with repetition, stop words removed, stemmed); the score is PageRank with damping 0.85.
 *
 * <p>The graph is quadratic in the number of sentences, so it is built for the first {@value #GRAPH_LIMIT}
 * sentences only; later sentences (in very long texts) get the first PageRank step in closed form, their weighted
 * degree, computed in linear time from word counts. Scores are scaled so that their mean is 1.
 */
final class TextRank {
    static final int GRAPH_LIMIT = 400;
    private static final double DAMPING = 0.85;
    private static final int ITERATIONS = 30;

    private TextRank() {
    }

    static double[] scores(List<List<String>> words) {
        int n = words.size();
        double[] out = new double[n];
        if (n == 0) return out;
        int g = Math.min(n, GRAPH_LIMIT);
        List<Map<String, Integer>> counts = new ArrayList<>(g);
        for (int i = 0; i < g; i++) {
            Map<String, Integer> c = new HashMap<>();
            for (String w : words.get(i)) c.merge(w, 1, Integer::sum);
            counts.add(c);
        }
        double[][] weight = new double[g][g];
        double[] degree = new double[g];
        for (int i = 0; i < g; i++) {
            for (int j = i + 1; j < g; j++) {
                double w = edge(counts.get(i), counts.get(j), words.get(i).size(), words.get(j).size());
                weight[i][j] = w;
                weight[j][i] = w;
                degree[i] += w;
                degree[j] += w;
            }
        }
        double[] rank = new double[g];
        java.util.Arrays.fill(rank, 1.0 / g);
        for (int it = 0; it < ITERATIONS; it++) {
            double[] next = new double[g];
            for (int j = 0; j < g; j++) {
                if (degree[j] == 0) continue;
                double share = rank[j] / degree[j];
                for (int i = 0; i < g; i++) next[i] += weight[j][i] * share;
            }
            for (int i = 0; i < g; i++) next[i] = (1 - DAMPING) / g + DAMPING * next[i];
            rank = next;
        }
        for (int i = 0; i < g; i++) out[i] = rank[i] * g;
        if (n > g) tail(words, out, g);
        return out;
    }

    /**
     * Shared words over the sum of log lengths; a shared word counts as often as it occurs in both. (sumy instead
     * multiplies the counts and joins each sentence to itself, which favours long sentences; that matched the
     * BBC references worse in our tests.)
     */
    private static double edge(Map<String, Integer> a, Map<String, Integer> b, int lenA, int lenB) {
        if (a.size() > b.size()) return edge(b, a, lenB, lenA);
        int shared = 0;
        for (var e : a.entrySet()) {
            Integer other = b.get(e.getKey());
            if (other != null) shared += Math.min(e.getValue(), other);
        }
        if (shared == 0) return 0;
        double norm = Math.log(lenA) + Math.log(lenB);
        return norm <= 0 ? shared : shared / norm;
    }

    /** Weighted degree of the sentences past the graph, from document word counts, scaled to mean 1. */
    private static void tail(List<List<String>> words, double[] out, int from) {
        Map<String, Integer> documentCount = new HashMap<>();
        double meanLog = 0;
        for (List<String> w : words) {
            for (String t : w) documentCount.merge(t, 1, Integer::sum);
            meanLog += Math.log(Math.max(1, w.size()));
        }
        meanLog /= words.size();
        double sum = 0;
        for (int i = from; i < words.size(); i++) {
            List<String> w = words.get(i);
            double shared = 0;
            for (String t : w) shared += documentCount.get(t) - 1;
            out[i] = w.isEmpty() ? 0 : shared / (Math.log(Math.max(2, w.size())) + meanLog);
            sum += out[i];
        }
        double mean = sum / (words.size() - from);
        for (int i = from; i < words.size(); i++) out[i] = mean == 0 ? 0 : out[i] / mean;
    }
}
