package io.precis.extract.plain;

import io.precis.article.Article;
import io.precis.article.Author;
import io.precis.article.Document;
import io.precis.article.Format;
import io.precis.article.Origin;
import io.precis.extract.FormatDetector;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlainTextExtractorTest {
    private static final Instant NOW = Instant.parse("2024-03-10T12:00:00Z");

    private static Article extract(String text, String name) {
        Format f = FormatDetector.detect(text, name);
        return new PlainTextExtractor().extract(new Document(text, f, "UTF-8", Origin.file(name, text.length()), Map.of(), NOW));
    }

    @Test
    void anAggregatorDateAfterTheUploadIsDroppedButTheSourceKept() {
        // Uploaded in 2020, dated 2024: the date cannot be the publication date.
        String text = """
                Council approves new bike lanes
                The Example Gazette -Mar 3rd2024
                Jane Doe in Springfield
                The city council on Monday approved a plan to build protected bike lanes on four central streets.
                """;
        Article a = new PlainTextExtractor().extract(new Document(text, Format.TEXT, "UTF-8", Origin.file("a.txt", text.length()),
                Map.of(), java.time.Instant.parse("2020-01-01T00:00:00Z")));
        assertEquals("The Example Gazette", a.source());
        assertNull(a.published());
        assertEquals("Council approves new bike lanes", a.title());
    }

    @Test
    void headlineBylineAndDateCopy() {
        Article a = extract("""
                Harbour reopens after the storm

                By Ann Smith and Bo Jones
                Published March 3, 2024

                The harbour reopened on Sunday after three days of closure.
                Ferries resumed at noon.

                Officials said the damage was lighter than feared.
                """, "copy.txt");
        assertEquals("Harbour reopens after the storm", a.title());
        assertEquals(List.of("Ann Smith", "Bo Jones"), a.authors().stream().map(Author::name).toList());
        assertEquals("2024-03-03", a.published());
        assertEquals(List.of("The harbour reopened on Sunday after three days of closure. Ferries resumed at noon.",
                "Officials said the damage was lighter than feared."), a.paragraphs());
    }

    @Test
    void markdownWithFrontMatter() {
        Article a = extract("""
                ---
                title: "Rates rise again"
                authors:
                  - Lois Lane
                  - Clark Kent
                date: 2024-01-29
                source: Daily Planet
                canonical_url: https://planet.example/rates
                ---
                # Rates rise again

                The **central bank** raised [rates](https://planet.example/r) by a quarter point.

                - Markets fell.
                """, "rates.md");
        assertEquals("Rates rise again", a.title());
        assertEquals("front-matter", a.provenance().get("title"));
        assertEquals(List.of("Lois Lane", "Clark Kent"), a.authors().stream().map(Author::name).toList());
        assertEquals("2024-01-29", a.published());
        assertEquals("Daily Planet", a.source());
        assertEquals("https://planet.example/rates", a.url());
        assertEquals(List.of("The central bank raised rates by a quarter point.", "Markets fell."), a.paragraphs());
    }

    @Test
    void markdownWithoutFrontMatterTakesItsHeading() {
        Article a = extract("# Quiet week ahead\n\n*By Jane Roe*\n\nNothing **much** happened this week in the city.\n", "note.md");
        assertEquals("Quiet week ahead", a.title());
        assertEquals(List.of("Jane Roe"), a.authors().stream().map(Author::name).toList());
        assertEquals(List.of("Nothing much happened this week in the city."), a.paragraphs());
    }

    @Test
    void textBrowserDumpFindsHeadlineDateAndBodyAmongMenus() {
        String prose1 = "   The harbour reopened on Sunday after three days of closure, officials said in a\n"
                + "   statement that also thanked the crews who cleared the channel overnight.\n";
        String prose2 = "   Ferries resumed at noon and the first cargo ship docked two hours later, bringing\n"
                + "   fuel and food to the islands that had been cut off since Thursday.\n";
        String dump = "   IFRAME: //tags.example/ns.html\n\n   Skip to content\n\n   (BUTTON) Menu\n"
                + "     * News\n     * Sport\n     * Weather\n     * Business\n\n"
                + "Most read:\n\n     * Something else entirely\n     * Another story\n\n"
                + "Harbour reopens after three-day storm closure\n\n   By Ann Smith - March 3, 2024 9:00 AM\n\n"
                + "   Share Tweet\n\n" + prose1 + "\n" + prose2 + "\n"
                + "   Copyright 2024 Example Media. All rights reserved.\n\nMore News\n\n     * Other story one\n     * Other story two\n"
                + "     * Other story three\n\n   [logo.png]\n";
        Article a = extract(dump, "page.txt");
        assertEquals("Harbour reopens after three-day storm closure", a.title());
        assertEquals("2024-03-03", a.published());
        assertEquals(List.of("Ann Smith"), a.authors().stream().map(Author::name).toList());
        assertEquals(2, a.paragraphs().size());
        assertTrue(a.paragraphs().get(0).startsWith("The harbour reopened on Sunday"));
        assertFalse(a.body().contains("Copyright"));
        assertFalse(a.body().contains("Other story"));
    }

    @Test
    void emptyAndOddInputNeverThrows() {
        extract("", "e.txt");
        extract("\n\n\n", "e.txt");
        extract("---\n---\n", "e.md");
        extract("one line", "e.txt");
    }
}
