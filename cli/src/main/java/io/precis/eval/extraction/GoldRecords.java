package io.precis.eval.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.precis.Precis;
import io.precis.article.Article;
import io.precis.article.Origin;
import io.precis.extract.UnprocessableException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/** Reads a benchmark's JSON-lines gold file and runs the extractor on the files it names, as an upload would. */
final class GoldRecords {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Fixed upload time: evaluations must not depend on the day they run (relative dates resolve against it). */
    static final Instant RECEIVED_AT = Instant.parse("2026-01-01T00:00:00Z");

    private GoldRecords() {
    }

    static List<JsonNode> read(Path jsonl) throws IOException {
        List<JsonNode> records = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl)) {
            if (!line.isBlank()) records.add(JSON.readTree(line));
        }
        return records;
    }

    /** The file's bytes, gunzipped when it ends in .gz. */
    static byte[] bytes(Path file) throws IOException {
        if (!file.toString().endsWith(".gz")) return Files.readAllBytes(file);
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }

    /** The article extracted from a file, or null when the file is rejected (an empty answer, scored as a miss). */
    static Article extract(Path file) throws IOException {
        return extract(bytes(file), file.getFileName().toString().replaceFirst("\\.gz$", ""));
    }

    /** The article extracted from a file's bytes, uploaded under {@code name}, or null when it is rejected. */
    static Article extract(byte[] bytes, String name) {
        try {
            var doc = Precis.read(bytes, Origin.file(name, bytes.length), null, Map.of(), RECEIVED_AT);
            return Precis.extract(doc);
        } catch (UnprocessableException e) {
            return null;
        }
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    static List<String> strings(JsonNode node, String field) {
        List<String> out = new ArrayList<>();
        JsonNode v = node.get(field);
        if (v != null && v.isArray()) v.forEach(x -> out.add(x.asText()));
        return out;
    }

    /** Only every n-th record, for quick iterations ({@code PRECIS_EVAL_EVERY=4}); all by default. */
    static <T> List<T> sample(List<T> all) {
        int every = Integer.parseInt(System.getenv().getOrDefault("PRECIS_EVAL_EVERY", "1"));
        if (every <= 1) return all;
        List<T> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += every) out.add(all.get(i));
        return out;
    }

    /** Prints misses to standard error when {@code PRECIS_EVAL_VERBOSE} is set. */
    static void miss(String set, String id, String field, Object expected, Object got) {
        if (System.getenv("PRECIS_EVAL_VERBOSE") != null) {
            System.err.printf("MISS %s %s %s: expected %s | got %s%n", set, id, field, expected, got);
        }
    }
}
