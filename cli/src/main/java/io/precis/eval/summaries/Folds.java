package io.precis.eval.summaries;

/**
 * The split of the development data used to learn the summarizer: every fifth document (by its place in the
 * file) is held out for validation and never trained on.
 */
public final class Folds {
    private Folds() {
    }

    public static boolean isValidation(int indexInFile) {
        return indexInFile % 5 == 0;
    }
}
