package io.precis.extract.plain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.precis.Precis;
import io.precis.article.Article;
import io.precis.article.Author;
import io.precis.article.Origin;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The article the project was created from must come out exactly as its gold file says. */
class SeedArticleTest {
    private static final String NAME = "ft-2024-01-29-us-iran";

    /** The shared data folder sits beside the repository (tests run from the module folder). */
    private static Path seedDir() {
        return Stream.of("../shared/data/seed", "../../shared/data/seed", "/work/shared/data/seed")
                .map(Path::of).filter(Files::isDirectory).findFirst()
                .orElseThrow(() -> new AssertionError("seed article not found beside the repository (../shared/data/seed)"));
    }

    @Test
    void seedArticleMatchesItsGoldFile() throws Exception {
        Path dir = seedDir();
        byte[] bytes = Files.readAllBytes(dir.resolve(NAME + ".txt"));
        JsonNode gold = new ObjectMapper().readTree(dir.resolve(NAME + ".gold.json").toFile());
        var doc = Precis.read(bytes, Origin.file(NAME + ".txt", bytes.length), null, Map.of(), Instant.parse("2024-02-01T00:00:00Z"));
        Article a = Precis.extract(doc);

        assertEquals(gold.get("title").asText(), a.title());
        assertEquals(gold.get("source").asText(), a.source());
        assertEquals(gold.get("published").asText(), a.published());
        assertEquals(gold.get("url").asText(), a.url());
        List<String> names = new ArrayList<>();
        gold.get("authors").forEach(n -> names.add(n.asText()));
        assertEquals(names, a.authors().stream().map(Author::name).toList());
        for (Author author : a.authors()) {
            assertEquals(gold.get("author_locations").get(author.name()).asText(), author.location(), author.name());
        }
        assertEquals(gold.get("body").asText(), a.body());
        for (JsonNode absent : gold.get("not_in_body")) assertFalse(a.body().contains(absent.asText()), absent.asText());
        assertEquals("en", a.language());
        assertNotNull(a.provenance().get("authors"));
    }
}
