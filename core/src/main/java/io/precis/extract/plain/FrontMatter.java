package io.precis.extract.plain;

import io.precis.extract.meta.Bylines;
import io.precis.extract.meta.Dates;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * YAML front matter of a Markdown file ({@code ---} ... {@code ---}), read without a YAML library:
 * scalar keys, quoted values, inline lists ({@code [a, b]}) and block lists ({@code - a}). Enough
 * for the metadata static-site generators and note apps write.
 */
final class FrontMatter {
    private static final Pattern BLOCK = Pattern.compile("\\A\\uFEFF?---[ \\t]*\\R([\\s\\S]*?)\\R(?:---|\\.\\.\\.)[ \\t]*(?:\\R|\\z)");
    private static final Pattern KEY = Pattern.compile("^([A-Za-z_][\\w.-]*)\\s*:\\s*(.*)$");

    private FrontMatter() {
    }

    /** The text after the front matter (all of it when there is none). */
    static String body(String text) {
        Matcher m = BLOCK.matcher(text);
        return m.find() ? text.substring(m.end()) : text;
    }

    /** Keys (lower case) to their values; lists as several values. */
    static Map<String, List<String>> read(String text) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        Matcher m = BLOCK.matcher(text);
        if (!m.find()) return out;
        String current = null;
        for (String line : m.group(1).split("\\R")) {
            Matcher k = KEY.matcher(line);
            if (!line.startsWith(" ") && !line.startsWith("-") && k.matches()) {
                current = k.group(1).toLowerCase(Locale.ROOT);
                List<String> values = out.computeIfAbsent(current, x -> new ArrayList<>());
                String v = k.group(2).strip();
                if (v.startsWith("[") && v.endsWith("]")) {
                    for (String item : v.substring(1, v.length() - 1).split(",")) addValue(values, item);
                } else {
                    addValue(values, v);
                }
            } else if (current != null && line.strip().startsWith("- ")) {
                String item = line.strip().substring(2);
                Matcher nested = KEY.matcher(item);
                if (nested.matches() && nested.group(1).equalsIgnoreCase("name")) item = nested.group(2);
                addValue(out.get(current), item);
            } else if (current != null && line.strip().startsWith("name:")) {
                addValue(out.get(current), line.strip().substring(5));
            }
        }
        return out;
    }

    private static void addValue(List<String> values, String raw) {
        String v = raw.strip();
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            v = v.substring(1, v.length() - 1);
        }
        if (!v.isBlank() && !v.equals("|") && !v.equals(">")) values.add(v.strip());
    }

    /** Copies the metadata keys people use into the fields. */
    static void apply(Map<String, List<String>> fm, GenericText.Fields f, Instant now) {
        f.set("title", first(fm, "title", "headline"), "front-matter");
        f.set("subtitle", first(fm, "subtitle", "dek"), "front-matter");
        f.set("description", first(fm, "description", "summary", "excerpt"), "front-matter");
        f.set("source", first(fm, "source", "publication", "publisher", "site", "site_name"), "front-matter");
        f.set("url", first(fm, "canonical_url", "canonical", "url", "link", "source_url", "original_url"), "front-matter");
        f.set("published", Dates.parse(first(fm, "date", "published", "publishdate", "pubdate", "published_at", "created"), now), "front-matter");
        f.set("updated", Dates.parse(first(fm, "updated", "lastmod", "modified", "updated_at"), now), "front-matter");
        f.set("language", first(fm, "lang", "language", "locale"), "front-matter");
        for (String key : new String[]{"authors", "author", "byline", "creator"}) {
            List<String> values = fm.get(key);
            if (values == null || values.isEmpty()) continue;
            List<io.precis.article.Author> authors = new ArrayList<>();
            for (String v : values) authors.addAll(Bylines.credits(v));
            if (!authors.isEmpty()) {
                f.authors = List.copyOf(authors);
                f.provenance.put("authors", "front-matter");
                break;
            }
        }
    }

    private static String first(Map<String, List<String>> fm, String... keys) {
        for (String k : keys) {
            List<String> v = fm.get(k);
            if (v != null && !v.isEmpty()) return v.get(0);
        }
        return null;
    }
}
