package io.precis.eval.extraction;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The measure of trafilatura's own evaluation ({@code tests/comparison.py}): each page lists segments that
 * must appear in the extracted text and segments that must not. A wanted segment found is a true positive,
 * missed a false negative; an unwanted one found is a false positive, absent a true negative. Counts add up
 * over the corpus; F1 = 2TP / (2TP + FP + FN). Whitespace is normalised on both sides; a crash (null
 * output) misses every wanted segment and contains no unwanted one.
 */
public final class SegmentF1 {
    private static final Pattern SPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private int tp, fn, fp, tn;

    /** Scores one page's output against its segments. */
    public void add(String output, List<String> with, List<String> without) {
        if (output == null) {
            fn += with.size();
            tn += without.size();
            return;
        }
        String text = normalise(output);
        for (String s : with) {
            if (text.contains(normalise(s))) tp++;
            else fn++;
        }
        for (String s : without) {
            if (text.contains(normalise(s))) fp++;
            else tn++;
        }
    }

    public double precision() {
        return tp + fp == 0 ? 0 : tp / (double) (tp + fp);
    }

    public double recall() {
        return tp + fn == 0 ? 0 : tp / (double) (tp + fn);
    }

    public double f1() {
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    public double accuracy() {
        int all = tp + fn + fp + tn;
        return all == 0 ? 0 : (tp + tn) / (double) all;
    }

    static String normalise(String s) {
        return SPACE.matcher(s).replaceAll(" ").strip();
    }
}
