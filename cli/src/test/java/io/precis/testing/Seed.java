package io.precis.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.precis.json.ArticleJson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The article this project was made from (../shared/data/seed), read where it lies, and its gold. */
public final class Seed {
    private static final String NAME = "ft-2024-01-29-us-iran";

    private Seed() {
    }

    /** The seed text file, or null when the shared data is not on this machine. */
    public static Path text() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared/data/seed").resolve(NAME + ".txt");
            if (Files.exists(candidate)) return candidate;
        }
        return null;
    }

    /** Asserts that a record's JSON holds exactly what the seed's gold says. */
    public static void assertMatchesGold(JsonNode article) throws IOException {
        JsonNode gold = ArticleJson.MAPPER.readTree(Files.readString(text().resolveSibling(NAME + ".gold.json")));
        for (String field : List.of("title", "source", "published", "url", "body")) {
            assertEquals(gold.path(field).asText(), article.path(field).asText(), field);
        }
        List<String> names = new ArrayList<>();
        for (JsonNode a : article.path("authors")) {
            names.add(a.path("name").asText());
            assertEquals(gold.path("author_locations").path(a.path("name").asText()).asText(), a.path("location").asText());
        }
        List<String> goldNames = new ArrayList<>();
        gold.path("authors").forEach(a -> goldNames.add(a.asText()));
        assertEquals(goldNames, names);
        for (JsonNode notInBody : gold.path("not_in_body")) {
            assertFalse(article.path("body").asText().contains(notInBody.asText()), notInBody.asText());
        }
    }
}
