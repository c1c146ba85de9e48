package io.precis.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.precis.json.ArticleJson;
import io.precis.testing.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class MainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void extractPrintsTheSeedArticleExactlyAsItsGoldSays() throws Exception {
        assumeTrue(Seed.text() != null, "the shared seed article is not on this machine");
        assertEquals(0, run("extract", Seed.text().toString()));
        Seed.assertMatchesGold(ArticleJson.MAPPER.readTree(out.toString(StandardCharsets.UTF_8)));
    }

    @Test
    void extractJsonlPrintsOneLinePerFileAndFailsWhenOneIsRejected(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("good.txt");
        Files.writeString(good, "Rain returns\nIt rained in Porto on Tuesday for the first time in weeks. Farmers were glad.\n");
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        assertEquals(1, run("extract", "--format", "jsonl", good.toString(), empty.toString()));
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertEquals(2, lines.length);
        assertEquals("OK", ArticleJson.MAPPER.readTree(lines[0]).path("status").asText());
        assertEquals("empty file", ArticleJson.MAPPER.readTree(lines[1]).path("reason").asText());
    }

    @Test
    void summarizeWritesOneLinePerInputInDocumentOrder(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("in.jsonl");
        Files.writeString(input, """
                {"id": "a", "title": "Bridge reopens", "text": "The bridge reopened on Friday after repairs. It had been closed for eight months. Drivers used a long detour. The city said the work cost less than planned. Cyclists now have their own lane."}
                {"id": 7, "text": "One sentence only."}
                """);
        assertEquals(0, run("summarize", "--input", input.toString(), "--sentences", "2"));
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        JsonNode first = ArticleJson.MAPPER.readTree(lines[0]);
        assertEquals("a", first.path("id").asText());
        assertEquals(2, first.path("summary").size());
        String text = "The bridge reopened on Friday after repairs. It had been closed for eight months. Drivers used a long detour. "
                + "The city said the work cost less than planned. Cyclists now have their own lane.";
        assertTrue(text.indexOf(first.path("summary").get(0).asText()) < text.indexOf(first.path("summary").get(1).asText()),
                "sentences come in document order");
        JsonNode second = ArticleJson.MAPPER.readTree(lines[1]);
        assertEquals(7, second.path("id").asInt());
        assertEquals("One sentence only.", second.path("summary").get(0).asText());
    }

    @Test
    void badUsageSaysWhatIsWrong() {
        assertEquals(2, run("summarize", "--input", "x.jsonl", "--sentences", "2", "--ratio", "0.5"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("precis: give at most one of --sentences, --words, --ratio"));
        err.reset();
        assertEquals(2, run("extract", "--colour", "red", "f.txt"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("precis: unknown option --colour"));
        err.reset();
        assertEquals(2, run("frobnicate"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("precis: unknown command 'frobnicate'"));
    }
}
