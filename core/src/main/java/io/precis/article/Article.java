package io.precis.article;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What extraction makes of a document: metadata and the body without boilerplate.
 * Absent values are null (lists and maps are empty, never null).
 *
 * @param title       headline
 * @param subtitle    standfirst / dek, when the page has one
 * @param description the page's own short description (meta description), when it has one
 * @param authors     people credited, in byline order
 * @param source      publication name ("Financial Times")
 * @param url         canonical URL
 * @param published   publication date, ISO-8601 at the precision known ("2024-01-29" or an instant with zone)
 * @param updated     last-updated date, same format
 * @param language    ISO 639-1 code detected from the body
 * @param paragraphs  the body as paragraphs
 * @param provenance  for each field set, where its value came from ("json-ld", "meta", "text:first-line", ...)
 * @param flags       quality warnings
 */
public record Article(String title, String subtitle, String description, List<Author> authors,
                      String source, String url, String published, String updated, String language,
                      List<String> paragraphs, Map<String, String> provenance, Set<QualityFlag> flags) {

    /** Average adult silent reading speed for non-fiction (Brysbaert 2019: 238 wpm). */
    private static final int WORDS_PER_MINUTE = 238;

    public Article {
        authors = List.copyOf(Objects.requireNonNullElse(authors, List.of()));
        paragraphs = List.copyOf(Objects.requireNonNullElse(paragraphs, List.of()));
        provenance = Map.copyOf(Objects.requireNonNullElse(provenance, Map.of()));
        flags = Set.copyOf(Objects.requireNonNullElse(flags, Set.of()));
    }

    /** The body: paragraphs separated by a blank line. */
    public String body() {
        return String.join("\n\n", paragraphs);
    }

    public int wordCount() {
        int count = 0;
        for (String p : paragraphs) count += Words.count(p);
        return count;
    }

    public int readingTimeMinutes() {
        int words = wordCount();
        return words == 0 ? 0 : Math.max(1, Math.round(words / (float) WORDS_PER_MINUTE));
    }
}
