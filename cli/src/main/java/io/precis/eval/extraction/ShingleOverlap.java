package io.precis.eval.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Corpus-level body F1 over 4-token shingles (the news-metadata set's body measure): tokens are
 * {@code \w+} matches, a text under four tokens is one shingle, TP/FP/FN from multiset counts are
 * summed over the corpus before precision and recall. Minimal stand-in until the shared helper of
 * the body benchmarks is merged.
 */
final class ShingleOverlap {
    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private long tp, fp, fn;

    void add(String gold, String ours) {
        Map<String, Integer> g = shingles(gold == null ? "" : gold);
        Map<String, Integer> o = shingles(ours == null ? "" : ours);
        for (var e : o.entrySet()) {
            int common = Math.min(e.getValue(), g.getOrDefault(e.getKey(), 0));
            tp += common;
            fp += e.getValue() - common;
        }
        for (var e : g.entrySet()) fn += e.getValue() - Math.min(e.getValue(), o.getOrDefault(e.getKey(), 0));
    }

    double f1() {
        double p = tp + fp == 0 ? 0 : tp / (double) (tp + fp);
        double r = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static Map<String, Integer> shingles(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) tokens.add(m.group());
        Map<String, Integer> counts = new HashMap<>();
        if (tokens.isEmpty()) return counts;
        if (tokens.size() < 4) {
            counts.put(String.join(" ", tokens), 1);
            return counts;
        }
        for (int i = 0; i + 4 <= tokens.size(); i++) counts.merge(String.join(" ", tokens.subList(i, i + 4)), 1, Integer::sum);
        return counts;
    }
}
