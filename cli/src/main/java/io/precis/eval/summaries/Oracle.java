package io.precis.eval.summaries;

import io.precis.eval.rouge.RougeTokenizer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The training labels: the sentences a greedy ROUGE oracle picks (Nallapati et al., SummaRuNNer, AAAI 2017): add
 * the sentence that most raises ROUGE-1 F1 + ROUGE-2 F1 against the reference, until none raises it or
 * {@code max} are chosen.
 */
final class Oracle {
    private final RougeTokenizer tokenizer;

    Oracle(RougeTokenizer tokenizer) {
        this.tokenizer = tokenizer;
    }

    boolean[] labels(List<String> sentences, List<String> reference, int max) {
        List<String> ref = new ArrayList<>();
        for (String r : reference) ref.addAll(tokenizer.tokens(r));
        Map<String, Integer> ref1 = grams(ref, 1);
        Map<String, Integer> ref2 = grams(ref, 2);
        List<List<String>> tokens = new ArrayList<>();
        for (String s : sentences) tokens.add(tokenizer.tokens(s));
        boolean[] chosen = new boolean[sentences.size()];
        List<String> summary = new ArrayList<>();
        double best = 0;
        for (int round = 0; round < max; round++) {
            int pick = -1;
            for (int i = 0; i < tokens.size(); i++) {
                if (chosen[i] || tokens.get(i).isEmpty()) continue;
                List<String> candidate = new ArrayList<>(summary);
                candidate.addAll(tokens.get(i));
                double score = f1(candidate, ref1, ref.size(), 1) + f1(candidate, ref2, ref.size() - 1, 2);
                if (score > best + 1e-12) {
                    best = score;
                    pick = i;
                }
            }
            if (pick < 0) break;
            chosen[pick] = true;
            summary.addAll(tokens.get(pick));
        }
        return chosen;
    }

    private static double f1(List<String> candidate, Map<String, Integer> ref, int refCount, int n) {
        Map<String, Integer> cand = grams(candidate, n);
        int hits = 0;
        for (var e : cand.entrySet()) hits += Math.min(e.getValue(), ref.getOrDefault(e.getKey(), 0));
        int candCount = candidate.size() - n + 1;
        if (hits == 0 || refCount <= 0 || candCount <= 0) return 0;
        double r = hits / (double) refCount;
        double p = hits / (double) candCount;
        return 2 * p * r / (p + r);
    }

    private static Map<String, Integer> grams(List<String> t, int n) {
        Map<String, Integer> g = new HashMap<>();
        for (int i = 0; i + n <= t.size(); i++) g.merge(n == 1 ? t.get(i) : t.get(i) + " " + t.get(i + 1), 1, Integer::sum);
        return g;
    }
}
