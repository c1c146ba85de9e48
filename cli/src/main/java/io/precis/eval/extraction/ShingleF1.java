package io.precis.eval.extraction;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Body F1 over word 4-shingles, the measure of the Article Extraction Benchmark (scrapinghub,
 * {@code evaluate.py}) and of newspaper4k's copy of it ("corpus" scores of its evaluation script).
 * Tokens are {@code \w+} matches (Unicode, case kept); each document gets TP/FP/FN from multiset shingle
 * counts, normalised to sum 1 so long texts weigh no more than short ones; precision and recall are
 * means over documents and F1 is the harmonic mean of those two means.
 *
 * <p>The two scripts differ in small ways, kept here as two conventions: AEB makes a text of fewer than
 * four tokens one short shingle and leaves documents with an empty prediction (or empty gold) out of the
 * precision (recall) mean; newspaper4k (NLTK {@code ngrams}) gives such a text no shingle and averages over
 * every document, so an empty prediction counts as precision 0.
 */
public final class ShingleF1 {
    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int N = 4;

    /** The AEB convention (article-body set). */
    public static final ShingleF1 AEB = new ShingleF1(true);
    /** newspaper4k's convention (news-metadata set, "corpus-level shingles"). */
    public static final ShingleF1 NEWSPAPER4K = new ShingleF1(false);

    private final boolean aeb;

    private ShingleF1(boolean aeb) {
        this.aeb = aeb;
    }

    /** One document's shingle counts, normalised to sum 1 (all zero when both texts have no shingle). */
    public record Counts(double tp, double fp, double fn) {
        public double precision() {
            if (fp == 0 && fn == 0) return 1;
            if (tp == 0 && fp == 0) return 0;
            return tp / (tp + fp);
        }

        public double recall() {
            if (fp == 0 && fn == 0) return 1;
            if (tp == 0 && fn == 0) return 0;
            return tp / (tp + fn);
        }
    }

    /** Precision, recall (means over documents) and their harmonic mean. */
    public record Score(double precision, double recall, double f1) {
    }

    /** Counts for one document; a null prediction (a crash) scores as an empty one. */
    public Counts counts(String gold, String predicted) {
        Map<String, Integer> g = shingles(gold);
        Map<String, Integer> p = shingles(predicted);
        double tp = 0, fp = 0, fn = 0;
        Set<String> keys = new HashSet<>(g.keySet());
        keys.addAll(p.keySet());
        for (String k : keys) {
            int gc = g.getOrDefault(k, 0);
            int pc = p.getOrDefault(k, 0);
            tp += Math.min(gc, pc);
            fp += Math.max(0, pc - gc);
            fn += Math.max(0, gc - pc);
        }
        double sum = tp + fp + fn;
        return sum > 0 ? new Counts(tp / sum, fp / sum, fn / sum) : new Counts(0, 0, 0);
    }

    public Score score(List<Counts> documents) {
        double p = 0, r = 0;
        int np = 0, nr = 0;
        for (Counts c : documents) {
            if (!aeb || c.tp() + c.fp() > 0) {
                p += c.precision();
                np++;
            }
            if (!aeb || c.tp() + c.fn() > 0) {
                r += c.recall();
                nr++;
            }
        }
        double precision = np == 0 ? 0 : p / np;
        double recall = nr == 0 ? 0 : r / nr;
        double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
        return new Score(precision, recall, f1);
    }

    private Map<String, Integer> shingles(String text) {
        List<String> tokens = TOKEN.matcher(text == null ? "" : text).results().map(m -> m.group()).toList();
        Map<String, Integer> counts = new HashMap<>();
        if (tokens.size() < N) {
            if (aeb && !tokens.isEmpty()) counts.put(String.join(" ", tokens), 1);
            return counts;
        }
        for (int i = 0; i + N <= tokens.size(); i++) {
            // Tokens are \w+ runs, so a space can never occur inside one: joining with it is unambiguous.
            counts.merge(String.join(" ", tokens.subList(i, i + N)), 1, Integer::sum);
        }
        return counts;
    }
}
