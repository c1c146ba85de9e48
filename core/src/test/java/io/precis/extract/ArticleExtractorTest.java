package io.precis.extract;

import io.precis.article.Article;
import io.precis.article.Author;
import io.precis.article.Document;
import io.precis.article.Format;
import io.precis.article.Origin;
import io.precis.article.QualityFlag;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleExtractorTest {
    private static final Instant NOW = Instant.parse("2024-03-10T12:00:00Z");
    private static final String LONG = "The harbour reopened on Sunday after three days of closure, officials said. ".repeat(12);

    private static Article extract(String text, Map<String, String> meta) {
        return new ArticleExtractor().extract(new Document(text, Format.TEXT, "UTF-8", Origin.file("a.txt", 1), meta, NOW));
    }

    @Test
    void uploaderMetadataOverridesExtractedFields() {
        Article a = extract("Harbour reopens\n\nBy Ann Smith\n\n" + LONG, Map.of(
                "title", "Official title", "source", "Harbour Gazette", "source-url", "https://gazette.example/h",
                "published", "2024-03-03", "authors", "Bo Jones and The Associated Press", "language", "EN"));
        assertEquals("Official title", a.title());
        assertEquals("Harbour Gazette", a.source());
        assertEquals("https://gazette.example/h", a.url());
        assertEquals("2024-03-03", a.published());
        assertEquals(List.of("Bo Jones", "The Associated Press"), a.authors().stream().map(Author::name).toList(),
                "an uploader's credits are taken as given");
        assertEquals("en", a.language());
        for (String f : List.of("title", "source", "url", "published", "authors", "language")) {
            assertEquals("s3-metadata", a.provenance().get(f), f);
        }
    }

    @Test
    void unusableOverridesAreIgnored() {
        Article a = extract("Harbour reopens\n\nBy Ann Smith\nMarch 1, 2024\n\n" + LONG, Map.of("published", "not a date", "title", " "));
        assertEquals("Harbour reopens", a.title());
        assertEquals("2024-03-01", a.published());
    }

    @Test
    void qualityFlags() {
        Article shortOne = extract("Brief\n\nOnly a line of text.", Map.of());
        assertTrue(shortOne.flags().containsAll(List.of(QualityFlag.TOO_SHORT, QualityFlag.NO_DATE, QualityFlag.NO_AUTHOR)));
        Article paywalled = extract("Harbour reopens\n\nBy Ann Smith\nMarch 1, 2024\n\n" + LONG + "\n\nSubscribe to continue reading this article.", Map.of());
        assertTrue(paywalled.flags().contains(QualityFlag.PROBABLY_TRUNCATED));
        Article cut = extract("Harbour reopens\n\nBy Ann Smith\nMarch 1, 2024\n\n" + LONG + "\n\nOfficials said the damage to the eastern pier was lighter than they had feared and that", Map.of());
        assertTrue(cut.flags().contains(QualityFlag.PROBABLY_TRUNCATED));
        Article whole = extract("Harbour reopens\n\nBy Ann Smith\nMarch 1, 2024\n\n" + LONG, Map.of());
        assertFalse(whole.flags().contains(QualityFlag.PROBABLY_TRUNCATED));
        assertFalse(whole.flags().contains(QualityFlag.TOO_SHORT));
        assertFalse(whole.flags().contains(QualityFlag.NO_AUTHOR));
        Article menus = extract("Home\n\nNews\n\nSport\n\nWeather\n\nContact us\n\nAbout\n\n" + LONG, Map.of());
        assertTrue(menus.flags().contains(QualityFlag.MOSTLY_BOILERPLATE));
    }
}
