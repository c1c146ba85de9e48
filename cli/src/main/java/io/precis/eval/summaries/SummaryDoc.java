package io.precis.eval.summaries;

import java.util.List;

/**
 * One document of a summarization benchmark.
 *
 * @param id         the benchmark's id (BBC's {@code business/002} is written {@code business_002}, as in the
 *                   official per-document ROUGE files)
 * @param title      the headline, or null (CNN/DM has none)
 * @param paragraphs the article body
 * @param reference  the reference summary, one sentence per element
 */
public record SummaryDoc(String id, String title, List<String> paragraphs, List<String> reference) {
    public SummaryDoc {
        paragraphs = List.copyOf(paragraphs);
        reference = List.copyOf(reference);
    }
}
