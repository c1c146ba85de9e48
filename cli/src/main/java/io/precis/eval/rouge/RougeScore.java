package io.precis.eval.rouge;

/**
 * Recall, precision and F1 of one measure on one document. F1 is ROUGE-1.5.5's F with alpha 0.5:
 * {@code P*R / (0.5*P + 0.5*R)}, and 0 when either is 0.
 */
public record RougeScore(double recall, double precision, double f1) {
    public static final RougeScore ZERO = new RougeScore(0, 0, 0);

    static RougeScore of(int hits, int referenceCount, int candidateCount) {
        double r = referenceCount == 0 ? 0 : (double) hits / referenceCount;
        double p = candidateCount == 0 ? 0 : (double) hits / candidateCount;
        double f = r > 0 && p > 0 ? p * r / (0.5 * p + 0.5 * r) : 0;
        return new RougeScore(r, p, f);
    }
}
