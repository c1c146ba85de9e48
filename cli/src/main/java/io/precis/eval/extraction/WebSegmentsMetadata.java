package io.precis.eval.extraction;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The optional title, author and date gold of trafilatura's set, each scored over the pages whose gold has
 * that field, with the news-metadata comparisons ({@link MetadataMatch}). These rows have no target and no
 * published figure: trafilatura's own evaluation scores only the segments.
 */
final class WebSegmentsMetadata {
    /**
     * How the gold joins several authors in one string: commas ("Daniel Braun, Davor Pasoski"), "and",
     * "und" or "&" ("Lars Fischer und Alina Schadwinkel"), and ";" as trafilatura's own output joins them.
     */
    private static final Pattern AUTHOR_SEPARATOR = Pattern.compile("\\s*[;,]\\s*|\\s+(?:and|und|&)\\s+");

    private final String misses;
    private double title, authors, date;
    private int titlePages, authorPages, datePages;
    /** False once a tool gave no metadata at all: its rows are then left empty rather than scored as misses. */
    private boolean found = true;

    /** @param misses how misses are labelled on standard error (the set and the tool) */
    WebSegmentsMetadata(String misses) {
        this.misses = misses;
    }

    /** Scores one page; {@code got} is null when the tool gives no metadata. */
    void add(Page page, PageMetadata got) {
        JsonNode gold = page.gold();
        if (got == null) found = false;
        if (!found) return;
        if (gold.hasNonNull("title")) {
            titlePages++;
            if (MetadataMatch.sameTitle(gold.get("title").asText(), got.title())) title++;
            else GoldRecords.miss(misses, page.id(), "title", gold.get("title").asText(), got.title());
        }
        if (gold.hasNonNull("author")) {
            authorPages++;
            List<String> expected = goldAuthors(gold.get("author"));
            double f1 = MetadataMatch.authorsF1(expected, got.authors());
            authors += f1;
            if (f1 < 1) GoldRecords.miss(misses, page.id(), "authors", expected, got.authors());
        }
        if (gold.hasNonNull("published")) {
            datePages++;
            if (MetadataMatch.sameDay(gold.get("published").asText(), got.published())) date++;
            else GoldRecords.miss(misses, page.id(), "published", gold.get("published").asText(), got.published());
        }
    }

    List<Benchmark.Row> rows() {
        String set = "web-segments (trafilatura) n=";
        return List.of(
                new Benchmark.Row(set + titlePages, "title exact", found ? title / titlePages : Double.NaN, Double.NaN, ""),
                new Benchmark.Row(set + authorPages, "authors F1", found ? authors / authorPages : Double.NaN, Double.NaN, ""),
                new Benchmark.Row(set + datePages, "date exact", found ? date / datePages : Double.NaN, Double.NaN, ""));
    }

    /** The gold's author field as names: one string of names joined as the set joins them, or (once) a list. */
    static List<String> goldAuthors(JsonNode author) {
        List<String> out = new ArrayList<>();
        if (author.isArray()) {
            author.forEach(a -> out.addAll(goldAuthors(a)));
            return out;
        }
        for (String name : AUTHOR_SEPARATOR.split(author.asText().strip())) {
            if (!name.isBlank()) out.add(name.strip());
        }
        return out;
    }
}
