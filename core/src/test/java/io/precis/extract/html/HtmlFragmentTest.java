package io.precis.extract.html;

import io.precis.Precis;
import io.precis.article.Article;
import io.precis.article.Origin;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A fragment of markup saved as a web page, with no html or body element, is still read as HTML. */
class HtmlFragmentTest {
    @Test
    void aFragmentSavedAsHtmlIsReadAsMarkupNotText() throws Exception {
        String html = "<div class=\"post\"><p>Install it first:</p> <pre><span class=\"k\">sudo</span> "
                + "<span class=\"n\">apt install tree</span></pre></div>";
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        Article a = Precis.extract(Precis.read(bytes, Origin.file("post.html", bytes.length), null, Map.of(),
                Instant.parse("2024-01-01T00:00:00Z")));
        assertEquals("Install it first:\n\nsudo apt install tree", a.body());
    }
}
