package io.precis.extract.plain;

import io.precis.article.Article;
import io.precis.article.Author;
import io.precis.extract.meta.Bylines;
import io.precis.extract.meta.Dates;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Articles copied as text: a headline, then a short header of byline ("By ..."), dates
 * ("Published ...", "Updated ..."), source and URL lines in any order, then the body.
 */
final class GenericText {
    private static final int HEADER_BLOCKS = 8;
    private static final Pattern BYLINE = Pattern.compile("^(?iu)(by|von|par|por|door|di|written by|words by|author:|authors:|autor:)\\s+\\S.*");
    private static final Pattern UPDATED = Pattern.compile("(?iu)^(updated|last updated|modified|aktualisiert|mis à jour|actualizado)\\b");
    private static final Pattern DATE_LABEL = Pattern.compile(
            "(?iu)^(published|posted|date|updated|last updated|first published|veröffentlicht|publié|publicado|pubblicato|am|le|on)\\b\\s*:?\\s*");

    private GenericText() {
    }

    /** Fills what the header tells into {@code fields}; the title is the first block unless already known. */
    static Article extract(List<String> blocks, Fields fields, Instant now) {
        int i = 0;
        if (fields.title == null && !blocks.isEmpty() && looksLikeTitle(blocks.get(0))) {
            fields.set("title", blocks.get(0), "text:first-line");
            i = 1;
        }
        for (int seen = 0; i < blocks.size() && seen < HEADER_BLOCKS; i++, seen++) {
            String b = blocks.get(i);
            if (b.length() > 250 || (b.split("\\s+").length > 25)) break;
            if (!header(b, fields, now)) break;
        }
        List<String> paragraphs = new ArrayList<>();
        Set<String> seenText = new HashSet<>();
        for (; i < blocks.size(); i++) {
            String b = blocks.get(i);
            if (PlainPatterns.BARE_URL.matcher(b).matches()) {
                if (fields.url == null) fields.set("url", PlainPatterns.url(b), "text:url-line");
                continue;
            }
            if (PlainPatterns.isBoilerplate(b) || !seenText.add(b)) continue;
            paragraphs.add(b);
        }
        return fields.article(paragraphs);
    }

    /** Consumes one header line; false when the line is not header material (the body has started). */
    private static boolean header(String b, Fields f, Instant now) {
        if (PlainPatterns.BARE_URL.matcher(b).matches()) {
            if (f.url == null) f.set("url", PlainPatterns.url(b), "text:url-line");
            return true;
        }
        if (PlainPatterns.isBoilerplate(b)) return true;
        boolean used = false;
        if (f.authors.isEmpty() && (BYLINE.matcher(b).matches() || Bylines.looksLikeByline(b))) {
            List<Author> authors = Bylines.parse(b);
            if (!authors.isEmpty()) {
                f.authors = authors;
                f.provenance.put("authors", "text:byline");
                used = true;
            }
        }
        Dates.Found d = Dates.find(b, now, 0);
        if (d != null && (used || mostlyDate(b, d) || DATE_LABEL.matcher(b).find())) {
            if (UPDATED.matcher(b).find()) {
                if (f.updated == null) f.set("updated", d.iso(), "text:date-line");
            } else if (f.published == null) {
                f.set("published", d.iso(), "text:date-line");
            }
            used = true;
        }
        return used;
    }

    private static boolean mostlyDate(String b, Dates.Found d) {
        String rest = (b.substring(0, d.start()) + b.substring(d.end())).replaceAll("[\\p{Punct}\\s]+", " ").strip();
        return rest.split("\\s+").length <= 5;
    }

    static boolean looksLikeTitle(String b) {
        if (b.length() > 250 || b.split("\\s+").length > 30) return false;
        return !(b.endsWith(".") && b.split("\\s+").length > 12);
    }

    /** The fields found so far, and where each came from. */
    static final class Fields {
        String title, subtitle, description, source, url, published, updated, language;
        List<Author> authors = List.of();
        final Map<String, String> provenance = new java.util.LinkedHashMap<>();

        void set(String field, String value, String from) {
            if (value == null || value.isBlank()) return;
            String v = value.strip();
            switch (field) {
                case "title" -> title = v;
                case "subtitle" -> subtitle = v;
                case "description" -> description = v;
                case "source" -> source = v;
                case "url" -> url = v;
                case "published" -> published = v;
                case "updated" -> updated = v;
                case "language" -> language = v;
                default -> throw new IllegalArgumentException(field);
            }
            provenance.put(field, from);
        }

        Article article(List<String> paragraphs) {
            return new Article(title, subtitle, description, authors, source, url, published, updated, language,
                    paragraphs, provenance, Set.of());
        }
    }
}
