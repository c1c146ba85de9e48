package io.precis.eval.rouge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * ROUGE as ROUGE-1.5.5 computes it with {@code -n 2 -m} for one reference: C.-Y. Lin, "ROUGE: A Package for
 * Automatic Evaluation of Summaries", Text Summarization Branches Out (ACL workshop), 2004.
 *
 * <ul>
 *   <li>ROUGE-N: clipped n-gram matches over the whole summary (its lines joined, so n-grams cross
 *       sentence boundaries as in the Perl script);</li>
 *   <li>ROUGE-L summary level ("rougeLsum"): for each reference sentence, the union of its longest common
 *       subsequences with every candidate sentence; each union token counts once while both summaries still
 *       hold an unused occurrence of it (section 3.2 of the paper).</li>
 * </ul>
 * Thread-safe once built.
 */
public final class Rouge {
    private final RougeTokenizer tokenizer;

    public Rouge(RougeTokenizer tokenizer) {
        this.tokenizer = tokenizer;
    }

    /** Scores a candidate against a reference; both are lists of sentences (one per line in ROUGE's files). */
    public RougeScores score(List<String> reference, List<String> candidate) {
        List<List<String>> ref = tokenize(reference);
        List<List<String>> cand = tokenize(candidate);
        List<String> refAll = flatten(ref);
        List<String> candAll = flatten(cand);
        return new RougeScores(rougeN(refAll, candAll, 1), rougeN(refAll, candAll, 2), rougeLsum(ref, cand));
    }

    private List<List<String>> tokenize(List<String> sentences) {
        List<List<String>> out = new ArrayList<>();
        for (String s : sentences) {
            List<String> t = tokenizer.tokens(s);
            if (!t.isEmpty()) out.add(t);
        }
        return out;
    }

    private static List<String> flatten(List<List<String>> sentences) {
        List<String> all = new ArrayList<>();
        sentences.forEach(all::addAll);
        return all;
    }

    static RougeScore rougeN(List<String> reference, List<String> candidate, int n) {
        Map<String, Integer> refGrams = ngrams(reference, n);
        Map<String, Integer> candGrams = ngrams(candidate, n);
        int hits = 0;
        for (var e : candGrams.entrySet()) hits += Math.min(e.getValue(), refGrams.getOrDefault(e.getKey(), 0));
        return RougeScore.of(hits, Math.max(0, reference.size() - n + 1), Math.max(0, candidate.size() - n + 1));
    }

    private static Map<String, Integer> ngrams(List<String> tokens, int n) {
        Map<String, Integer> grams = new HashMap<>();
        for (int i = 0; i + n <= tokens.size(); i++) {
            grams.merge(n == 1 ? tokens.get(i) : String.join(" ", tokens.subList(i, i + n)), 1, Integer::sum);
        }
        return grams;
    }

    static RougeScore rougeLsum(List<List<String>> reference, List<List<String>> candidate) {
        Map<String, Integer> refLeft = counts(reference);
        Map<String, Integer> candLeft = counts(candidate);
        int refTotal = 0;
        int candTotal = 0;
        for (List<String> r : reference) refTotal += r.size();
        for (List<String> c : candidate) candTotal += c.size();
        int hits = 0;
        for (List<String> r : reference) {
            boolean[] union = new boolean[r.size()];
            for (List<String> c : candidate) markLcs(r, c, union);
            for (int k = 0; k < r.size(); k++) {
                if (!union[k]) continue;
                String token = r.get(k);
                if (refLeft.getOrDefault(token, 0) > 0 && candLeft.getOrDefault(token, 0) > 0) {
                    hits++;
                    refLeft.merge(token, -1, Integer::sum);
                    candLeft.merge(token, -1, Integer::sum);
                }
            }
        }
        return RougeScore.of(hits, refTotal, candTotal);
    }

    private static Map<String, Integer> counts(List<List<String>> sentences) {
        Map<String, Integer> counts = new HashMap<>();
        for (List<String> s : sentences) for (String t : s) counts.merge(t, 1, Integer::sum);
        return counts;
    }

    /** Marks in {@code union} the reference positions on one LCS of r and c, backtracking as ROUGE-1.5.5 does. */
    static void markLcs(List<String> r, List<String> c, boolean[] union) {
        int m = r.size();
        int n = c.size();
        int[][] t = new int[m + 1][n + 1];
        for (int i = 1; i <= m; i++) {
            for (int j = 1; j <= n; j++) {
                t[i][j] = r.get(i - 1).equals(c.get(j - 1)) ? t[i - 1][j - 1] + 1 : Math.max(t[i - 1][j], t[i][j - 1]);
            }
        }
        int i = m;
        int j = n;
        while (i > 0 && j > 0) {
            if (r.get(i - 1).equals(c.get(j - 1))) {
                union[i - 1] = true;
                i--;
                j--;
            } else if (t[i][j - 1] > t[i - 1][j]) {
                j--;
            } else {
                i--;
            }
        }
    }
}
