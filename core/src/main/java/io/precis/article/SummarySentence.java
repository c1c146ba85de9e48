package io.precis.article;

import java.util.Map;
import java.util.Objects;

/**
 * One chosen sentence and why it was chosen.
 *
 * @param index position of the sentence in the article (0-based)
 * @param text  the sentence
 * @param score its final score
 * @param parts the named components of the score (position, centrality, title overlap, ...)
 */
public record SummarySentence(int index, String text, double score, Map<String, Double> parts) {
    public SummarySentence {
        Objects.requireNonNull(text, "text");
        parts = Map.copyOf(Objects.requireNonNullElse(parts, Map.of()));
    }
}
