package io.precis.eval.rouge;

/** Corpus ROUGE as ROUGE-1.5.5 reports it: the mean over documents of each per-document F1, in percent. */
public final class MeanRouge {
    private double rouge1;
    private double rouge2;
    private double rougeL;
    private int documents;

    public void add(RougeScores s) {
        rouge1 += s.rouge1().f1();
        rouge2 += s.rouge2().f1();
        rougeL += s.rougeL().f1();
        documents++;
    }

    public int documents() {
        return documents;
    }

    public double rouge1() {
        return documents == 0 ? 0 : 100 * rouge1 / documents;
    }

    public double rouge2() {
        return documents == 0 ? 0 : 100 * rouge2 / documents;
    }

    public double rougeL() {
        return documents == 0 ? 0 : 100 * rougeL / documents;
    }

    /** {@code R-1/R-2/R-L} with two decimals, as papers print them. */
    public String format() {
        return String.format("%.2f/%.2f/%.2f", rouge1(), rouge2(), rougeL());
    }
}
