package io.precis.summarize;

/**
 * How long a summary should be: a number of sentences, a word budget, or a ratio of the article's
 * sentences. Immutable and validated, so a bad value fails where it is made.
 */
public sealed interface SummaryLength {

    /** The number of sentences to choose for an article of {@code total} sentences. */
    int sentencesFor(int total);

    static SummaryLength sentences(int count) {
        return new Sentences(count);
    }

    static SummaryLength words(int budget) {
        return new Words(budget);
    }

    static SummaryLength ratio(double ratio) {
        return new Ratio(ratio);
    }

    record Sentences(int count) implements SummaryLength {
        public Sentences {
            if (count < 1) throw new IllegalArgumentException("sentences must be at least 1, got " + count);
        }

        @Override
        public int sentencesFor(int total) {
            return Math.min(count, total);
        }
    }

    /**
     * A word budget: the best sentences that fit in it (the best sentence is always taken, even when longer).
     */
    record Words(int budget) implements SummaryLength {
        public Words {
            if (budget < 1) throw new IllegalArgumentException("words must be at least 1, got " + budget);
        }

        @Override
        public int sentencesFor(int total) {
            return total;
        }
    }

    /**
     * A ratio of the article's sentences, rounded up (at least one sentence): the BBC News Summary references, for
     * one, hold {@code ceil(0.4 n)} of an article's n sentences. A tiny tolerance keeps products that floating point
     * puts just above a whole number (15 x 0.4 = 6.000000000000001) at that number.
     */
    record Ratio(double ratio) implements SummaryLength {
        public Ratio {
            if (!(ratio > 0 && ratio <= 1)) throw new IllegalArgumentException("ratio must be in (0, 1], got " + ratio);
        }

        @Override
        public int sentencesFor(int total) {
            return total == 0 ? 0 : Math.max(1, (int) Math.ceil(total * ratio - 1e-9));
        }
    }
}
