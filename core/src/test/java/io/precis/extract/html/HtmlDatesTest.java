package io.precis.extract.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlDatesTest {
    @Test
    void commentWordsAreLookedForBeforeTheirPattern() {
        assertTrue(HtmlDates.mayNameComments("comments-area "));
        assertTrue(HtmlDates.mayNameComments("x twitter-tweet"));
        assertTrue(HtmlDates.mayNameComments("uncommented ")); // a substring is enough to try the pattern
        assertFalse(HtmlDates.mayNameComments("post-meta entry-date"));
        assertFalse(HtmlDates.mayNameComments(" "));
    }

    @Test
    void commentSectionsAreFoundByWholeWords() {
        Document page = Jsoup.parse("""
                <div class="comments-area"><span id="a">May 5, 2024</span></div>
                <div class="uncommented"><span id="b">May 5, 2024</span></div>
                <blockquote><span id="c">May 5, 2024</span></blockquote>""");
        assertTrue(HtmlDates.insideComments(page.getElementById("a")));
        assertFalse(HtmlDates.insideComments(page.getElementById("b")));
        assertTrue(HtmlDates.insideComments(page.getElementById("c")));
    }
}
