package io.precis.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.precis.article.Article;
import io.precis.article.ArticleRecord;
import io.precis.article.Author;
import io.precis.article.Format;
import io.precis.article.Origin;
import io.precis.article.QualityFlag;
import io.precis.article.Status;
import io.precis.article.Summary;
import io.precis.article.SummarySentence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The one JSON shape of a record: what the CLI prints, what the API returns and what is stored.
 * Written with the tree model rather than data binding, so no reflection runs on the hot path.
 */
public final class ArticleJson {
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private ArticleJson() {
    }

    public static String write(ArticleRecord record) {
        try {
            return MAPPER.writeValueAsString(toJson(record));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serializes", e);
        }
    }

    public static ArticleRecord read(String json) {
        try {
            return fromJson(MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a stored article record: " + e.getOriginalMessage(), e);
        }
    }

    public static ObjectNode toJson(ArticleRecord r) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", r.id());
        n.put("status", r.status().name());
        if (r.reason() != null) n.put("reason", r.reason());
        ObjectNode origin = n.putObject("origin");
        origin.put("bucket", r.origin().bucket());
        origin.put("key", r.origin().key());
        origin.put("versionId", r.origin().versionId());
        origin.put("sequencer", r.origin().sequencer());
        origin.put("size", r.origin().size());
        n.put("format", r.format() == null ? null : r.format().mediaType());
        if (r.article() != null) writeArticle(r.article(), n);
        if (r.summary() != null) n.set("summary", summary(r.summary()));
        n.put("ingestedAt", r.ingestedAt().toString());
        return n;
    }

    private static void writeArticle(Article a, ObjectNode n) {
        n.put("title", a.title());
        n.put("subtitle", a.subtitle());
        n.put("description", a.description());
        ArrayNode authors = n.putArray("authors");
        for (Author author : a.authors()) {
            ObjectNode o = authors.addObject();
            o.put("name", author.name());
            o.put("location", author.location());
        }
        n.put("source", a.source());
        n.put("url", a.url());
        n.put("published", a.published());
        n.put("updated", a.updated());
        n.put("language", a.language());
        n.put("wordCount", a.wordCount());
        n.put("readingTimeMinutes", a.readingTimeMinutes());
        ArrayNode flags = n.putArray("flags");
        a.flags().stream().sorted().forEach(f -> flags.add(f.name()));
        ObjectNode provenance = n.putObject("provenance");
        new TreeMap<>(a.provenance()).forEach(provenance::put);
        n.put("body", a.body());
    }

    public static ObjectNode summary(Summary s) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("method", s.method());
        ArrayNode sentences = n.putArray("sentences");
        for (SummarySentence sentence : s.sentences()) {
            ObjectNode o = sentences.addObject();
            o.put("index", sentence.index());
            o.put("text", sentence.text());
            o.put("score", round(sentence.score()));
            ObjectNode parts = o.putObject("parts");
            new TreeMap<>(sentence.parts()).forEach((k, v) -> parts.put(k, round(v)));
        }
        ArrayNode keyphrases = n.putArray("keyphrases");
        s.keyphrases().forEach(keyphrases::add);
        return n;
    }

    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }

    public static ArticleRecord fromJson(JsonNode n) {
        JsonNode o = n.path("origin");
        Origin origin = new Origin(text(o, "bucket"), text(o, "key"), text(o, "versionId"), text(o, "sequencer"),
                o.path("size").asLong(-1));
        Status status = Status.valueOf(n.path("status").asText());
        String formatName = text(n, "format");
        Format format = formatName == null ? null : Arrays.stream(Format.values())
                .filter(f -> f.mediaType().equals(formatName)).findFirst().orElse(null);
        Article article = status == Status.OK ? readArticle(n) : null;
        Summary summary = n.has("summary") ? readSummary(n.get("summary")) : null;
        return new ArticleRecord(text(n, "id"), status, text(n, "reason"), origin, format, article, summary,
                Instant.parse(n.path("ingestedAt").asText()));
    }

    private static Article readArticle(JsonNode n) {
        List<Author> authors = new ArrayList<>();
        for (JsonNode a : n.path("authors")) authors.add(new Author(a.path("name").asText(), text(a, "location")));
        Set<QualityFlag> flags = EnumSet.noneOf(QualityFlag.class);
        for (JsonNode f : n.path("flags")) flags.add(QualityFlag.valueOf(f.asText()));
        Map<String, String> provenance = new LinkedHashMap<>();
        n.path("provenance").properties().forEach(e -> provenance.put(e.getKey(), e.getValue().asText()));
        String body = text(n, "body");
        List<String> paragraphs = body == null || body.isEmpty() ? List.of() : List.of(body.split("\n\n"));
        return new Article(text(n, "title"), text(n, "subtitle"), text(n, "description"), authors, text(n, "source"),
                text(n, "url"), text(n, "published"), text(n, "updated"), text(n, "language"), paragraphs,
                provenance, flags);
    }

    private static Summary readSummary(JsonNode n) {
        List<SummarySentence> sentences = new ArrayList<>();
        for (JsonNode s : n.path("sentences")) {
            Map<String, Double> parts = new LinkedHashMap<>();
            s.path("parts").properties().forEach(e -> parts.put(e.getKey(), e.getValue().asDouble()));
            sentences.add(new SummarySentence(s.path("index").asInt(), s.path("text").asText(),
                    s.path("score").asDouble(), parts));
        }
        List<String> keyphrases = new ArrayList<>();
        for (JsonNode k : n.path("keyphrases")) keyphrases.add(k.asText());
        return new Summary(sentences, keyphrases, text(n, "method"));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
