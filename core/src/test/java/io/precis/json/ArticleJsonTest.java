package io.precis.json;

import io.precis.article.Article;
import io.precis.article.ArticleRecord;
import io.precis.article.Author;
import io.precis.article.Format;
import io.precis.article.Origin;
import io.precis.article.QualityFlag;
import io.precis.article.Summary;
import io.precis.article.SummarySentence;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleJsonTest {
    private static final ArticleRecord RECORD = ArticleRecord.ok(
            new Origin("uploads", "a b.txt", "v1", "00A1", 120), Format.TEXT,
            new Article("Title", null, "Desc", List.of(new Author("Ann Lee", "Lisbon"), Author.named("Bo Diaz")), "The Post",
                    "https://example.com/a", "2024-01-29", null, "en", List.of("First paragraph.", "Second one here."),
                    Map.of("title", "text:first-line"), Set.of(QualityFlag.TOO_SHORT)),
            new Summary(List.of(new SummarySentence(0, "First paragraph.", 1.5, Map.of("position", 1.0))), List.of("paragraph"), "m"),
            Instant.parse("2024-02-01T00:00:00Z"));

    @Test
    void aRecordSurvivesTheRoundTripThroughItsJson() {
        assertEquals(RECORD, ArticleJson.read(ArticleJson.write(RECORD)));
    }

    @Test
    void absentFieldsAreWrittenAsNullsAndDerivedFieldsAreIncluded() {
        var json = ArticleJson.toJson(RECORD);
        assertTrue(json.get("subtitle").isNull());
        assertEquals(5, json.get("wordCount").asInt());
        assertEquals(1, json.get("readingTimeMinutes").asInt());
        assertEquals("First paragraph.\n\nSecond one here.", json.get("body").asText());
        assertEquals("Lisbon", json.get("authors").get(0).get("location").asText());
        assertEquals("uploads", json.get("origin").get("bucket").asText());
    }

    @Test
    void aRejectedRecordHasAReasonAndNoArticle() {
        ArticleRecord r = ArticleRecord.rejected(new Origin("b", "k", null, "01", 0), "empty file", Instant.EPOCH);
        var json = ArticleJson.toJson(r);
        assertEquals("REJECTED", json.get("status").asText());
        assertEquals("empty file", json.get("reason").asText());
        assertEquals(r, ArticleJson.read(json.toString()));
    }

    @Test
    void somethingElseIsRefusedWithAClearMessage() {
        var e = assertThrows(IllegalArgumentException.class, () -> ArticleJson.read("{not json"));
        assertTrue(e.getMessage().startsWith("not a stored article record"), e.getMessage());
    }
}
