package io.precis.article;

import java.util.List;
import java.util.Objects;

/**
 * An extractive summary: sentences of the article in document order, and keyphrases.
 *
 * @param sentences  chosen sentences, in document order
 * @param keyphrases the article's key phrases, most important first
 * @param method     the summarizer and version that chose them
 */
public record Summary(List<SummarySentence> sentences, List<String> keyphrases, String method) {
    public Summary {
        sentences = List.copyOf(Objects.requireNonNullElse(sentences, List.of()));
        keyphrases = List.copyOf(Objects.requireNonNullElse(keyphrases, List.of()));
    }

    public static Summary empty(String method) {
        return new Summary(List.of(), List.of(), method);
    }

    public List<String> texts() {
        return sentences.stream().map(SummarySentence::text).toList();
    }
}
