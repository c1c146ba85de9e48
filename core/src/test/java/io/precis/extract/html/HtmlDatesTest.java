package io.precis.extract.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    @Test
    void withinMeansTheElementItselfOrInsideIt() {
        Document page = Jsoup.parse("<article id=a><p><time id=t>May 5, 2024</time></p></article><time id=u></time>");
        Element article = page.getElementById("a"), t = page.getElementById("t"), u = page.getElementById("u");
        assertTrue(DocumentOrder.isWithin(t, article));
        assertTrue(DocumentOrder.isWithin(article, article));
        assertTrue(DocumentOrder.isWithin(u, page));
        assertFalse(DocumentOrder.isWithin(u, article));
    }

    @Test
    void preferredTimeElementsComeFirstInsideTheArticleThenOnThePage() {
        Instant now = Instant.parse("2024-06-01T00:00:00Z");
        String head = "<html><head></head><body>";
        // Inside the article, a marked <time> wins over an earlier plain one; the article wins over the page.
        Document page = Jsoup.parse(head + "<time class=published datetime=2024-01-01></time><article>"
                + "<time datetime=2024-02-02></time><time class=entry-date datetime=2024-03-03></time></article>");
        assertEquals("2024-03-03", published(page, now).value());
        // With nothing dated in the article, the page's marked <time> comes before its plain one.
        page = Jsoup.parse(head + "<time datetime=2024-02-02></time><time pubdate datetime=2024-01-01></time><article></article>");
        assertEquals("2024-01-01", published(page, now).value());
        // A plain <time> in a comment section does not count.
        page = Jsoup.parse(head + "<div class=comments><time datetime=2024-02-02></time></div><time datetime=2024-04-04></time>");
        assertEquals("2024-04-04", published(page, now).value());
    }

    @Test
    void aShortDayFirstDatelinePaddedToTwoDigitsIsADate() {
        Instant now = Instant.parse("2024-06-01T00:00:00Z");
        // A German-style dateline in the short DIN form: day and month written with two digits, a two-digit year.
        Document page = Jsoup.parse("<html><head><title>Neue Radwege</title></head><body><article>"
                + "<div class=article-meta>Von: Anna Beispiel <span>|</span> <span>07.03.24</span></div>"
                + "<h1>Neue Radwege</h1><p>Die Stadt baut neue Radwege entlang des Flusses.</p>"
                + "<p>Version 1.2.3 der App zeigt sie an.</p></article></body></html>");
        assertEquals("2024-03-07", published(page, now).value());
    }

    private static Sourced published(Document page, Instant now) {
        PageIndex index = new PageIndex(page);
        return HtmlDates.published(page, index, new MetaTags(index), JsonLd.of(index), null, null, now);
    }
}
