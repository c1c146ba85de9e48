package io.precis.eval.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Another tool's outputs, read back from a jsonl file so that every tool is scored by the same code. One
 * line per page: {@code {"set": "article-body", "id": "...", "body": "..." or null, "seconds": 0.012}},
 * where {@code seconds} is the time the tool spent on that page. A page without a line, or with a null
 * body, counts as a crash. A tool that reads metadata adds {@code "title"}, {@code "authors": [...]} and
 * {@code "published"} (ISO-8601) to its lines; a file without them has no metadata rows.
 */
public final class PredictedBodies implements BodySource {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String name;
    private final Map<String, String> bodies = new HashMap<>();
    private final Map<String, PageMetadata> metadata = new HashMap<>();
    private final Map<String, double[]> timeBySet = new HashMap<>();

    private PredictedBodies(String name) {
        this.name = name;
    }

    public static PredictedBodies read(String name, Path file) throws IOException {
        PredictedBodies p = new PredictedBodies(name);
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) continue;
            JsonNode n = JSON.readTree(line);
            String set = n.path("set").asText();
            JsonNode body = n.get("body");
            String key = set + "/" + n.path("id").asText();
            p.bodies.put(key, body == null || body.isNull() ? null : body.asText());
            if (n.has("title") || n.has("authors") || n.has("published")) {
                List<String> authors = new ArrayList<>();
                n.path("authors").forEach(a -> authors.add(a.asText()));
                p.metadata.put(key, new PageMetadata(GoldRecords.text(n, "title"), authors, GoldRecords.text(n, "published")));
            }
            double[] t = p.timeBySet.computeIfAbsent(set, k -> new double[2]);
            t[0]++;
            t[1] += n.path("seconds").asDouble(0);
        }
        return p;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String body(Page page) {
        return bodies.get(page.set() + "/" + page.id());
    }

    @Override
    public PageMetadata metadata(Page page) {
        if (metadata.isEmpty()) return null;
        return metadata.getOrDefault(page.set() + "/" + page.id(), PageMetadata.NONE);
    }

    @Override
    public double pagesPerSecond(String set) {
        double[] t = timeBySet.get(set);
        return t == null || t[1] == 0 ? Double.NaN : t[0] / t[1];
    }
}
