package io.precis;

import io.precis.article.Article;
import io.precis.article.Origin;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Letters a file writes decomposed (a base letter and a combining mark) come out as the one composed character. */
class ComposedTextTest {
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final String ACUTE = "\u0301";

    private static Article read(String text, String name) throws Exception {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return Precis.extract(Precis.read(bytes, Origin.file(name, bytes.length), null, Map.of(), NOW));
    }

    @Test
    void copiedTextWithDecomposedLettersIsReadAsComposed() throws Exception {
        String paragraph = "The cafe" + ACUTE + " on the harbour reopened on Sunday after three days of repairs, its owner said. ";
        Article a = read("Cafe" + ACUTE + " reopens on the harbour\n\nBy Rene" + ACUTE + "e Dubois\n\n" + paragraph.repeat(10), "a.txt");
        assertEquals("Caf\u00e9 reopens on the harbour", a.title());
        assertEquals("Ren\u00e9e Dubois", a.authors().get(0).name());
        assertTrue(a.body().contains("caf\u00e9"), a.body());
        assertFalse(a.body().contains(ACUTE), a.body());
    }

    @Test
    void htmlTitleWithANuktaIsComposed() throws Exception {
        // Bengali DDDHA written as DDA + nukta; NFC keeps it so (U+09DC is excluded from composition), and both spellings
        // must come out the same.
        String decomposed = "\u09AC\u09BE\u09A1\u09BC\u09BF";
        String precomposed = "\u09AC\u09BE\u09DC\u09BF";
        String body = "<p>" + "\u0986\u099C \u09B8\u0995\u09BE\u09B2\u09C7 \u09A8\u09A6\u09C0\u09B0 \u09A7\u09BE\u09B0\u09C7 \u09A8\u09A4\u09C1\u09A8 \u09B8\u09C7\u09A4\u09C1 \u0996\u09C1\u09B2\u09C7\u099B\u09C7\u0964 ".repeat(8) + "</p>";
        Article a = read("<html><head><title>" + precomposed + "</title></head><body>" + body + "</body></html>", "b.html");
        assertEquals(decomposed, a.title());
    }
}
