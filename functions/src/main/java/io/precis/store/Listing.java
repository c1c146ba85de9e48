package io.precis.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.precis.json.ArticleJson;
import io.precis.article.ArticleRecord;

import java.util.List;

/**
 * The short form of a record that the list indexes project: the record JSON without its body. It is
 * copied into the article item and every author entry, so it is bounded: a record whose listing
 * would pass {@value #MAX_BYTES} bytes is listed by its identifying fields only.
 */
final class Listing {
    static final int MAX_BYTES = 16 * 1024;
    private static final int MAX_FIELD_CHARS = 1000;
    private static final List<String> KEPT_WHEN_LONG = List.of("id", "status", "origin", "format", "title", "source", "url",
            "published", "updated", "language", "wordCount", "readingTimeMinutes", "ingestedAt");

    private Listing() {
    }

    static String of(ArticleRecord record, ObjectNode json) {
        ObjectNode listing = json.deepCopy();
        listing.remove("body");
        String text = listing.toString();
        if (text.length() <= MAX_BYTES / 4 || text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= MAX_BYTES) return text;
        ObjectNode short_ = ArticleJson.MAPPER.createObjectNode();
        for (String field : KEPT_WHEN_LONG) {
            if (!json.has(field)) continue;
            var v = json.get(field);
            short_.set(field, v.isTextual() && v.asText().length() > MAX_FIELD_CHARS
                    ? short_.textNode(v.asText().substring(0, MAX_FIELD_CHARS) + "…") : v);
        }
        short_.put("listingShortened", true);
        return short_.toString();
    }
}
