package io.precis.extract.html;

import io.precis.article.Article;
import io.precis.article.Document;
import io.precis.article.Format;
import io.precis.article.Origin;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The day a page prints with its headline, and when it overrules the structured dates. */
class DatelineTest {
    private static final Instant NOW = Instant.parse("2024-03-10T12:00:00Z");

    private static String published(String html) {
        Article a = new HtmlExtractor().extract(new Document(html, Format.HTML, "UTF-8", Origin.file("t.html", html.length()), Map.of(), NOW));
        return a.published() == null ? null : a.published().substring(0, 10);
    }

    private static final String EVERGREEN_HEAD = """
            <html><head><script type="application/ld+json">
            {"@type":"NewsArticle","headline":"The best rain boots for muddy walks",
             "datePublished":"2019-04-02T08:00:00-04:00","dateModified":"2023-12-19T09:00:00-05:00"}
            </script></head>""";

    @Test
    void anEvergreenGuideDatedAboveItsHeadlineTakesTheShownUpdateDay() {
        String html = EVERGREEN_HEAD + """
                <body><article><header><div class="rubric-block"><a href="/gear">Gear</a>
                <time class="publish-date">Dec 19, 2023 9:00 AM</time></div>
                <h1>The best rain boots for muddy walks</h1></header>
                <p>Wet weather calls for boots that keep water out without weighing you down on long walks.</p></article></body></html>""";
        assertEquals("2023-12-19", published(html));
    }

    @Test
    void aBareDateUnderTheHeadlineCountsWithoutADateClass() {
        String html = EVERGREEN_HEAD + """
                <body><article><div class="head"><h1>The best rain boots for muddy walks</h1>
                <h4>December 19, 2023</h4></div>
                <p>Wet weather calls for boots that keep water out without weighing you down on long walks.</p></article></body></html>""";
        assertEquals("2023-12-19", published(html));
    }

    @Test
    void aFirstPublicationDayShownInTheDatelineStays() {
        String html = EVERGREEN_HEAD + """
                <body><article><h1>The best rain boots for muddy walks</h1>
                <div class="byline-date">April 2, 2019 (updated December 19, 2023)</div>
                <p>Wet weather calls for boots that keep water out without weighing you down on long walks.</p></article></body></html>""";
        assertEquals("2019-04-02", published(html));
    }

    @Test
    void aNoteAfterTheStoryIsNotTheDateline() {
        String html = """
                <html><head><meta property="article:published_time" content="2023-12-22T11:09:00-05:00">
                <meta property="article:modified_time" content="2023-12-26T10:48:00-05:00"></head>
                <body><article><h1>Harbour ferry returns after repairs</h1>
                <time class="update-date">Updated December 26, 2023 10:48 AM</time>
                <p>The ferry returned to service on Monday after three weeks of engine repairs at the yard in the north harbour.</p>
                <p class="note">This story was originally published <span>December 22, 2023, 11:09 AM.</span></p>
                </article></body></html>""";
        assertEquals("2023-12-26", published(html), "readers see the update day at the top");
    }

    @Test
    void aUtcInstantTakesTheLocalDayShownWithAClockTimeEvenAfterTheByline() {
        String html = """
                <html><head><meta property="article:published_time" content="2023-12-20T01:00:00Z"></head>
                <body><article><h1>The year in ferries</h1>
                <div class="byline">By <span class="byline__name">Ann Smith</span> and <span class="byline__name">Bo Jones</span></div>
                <div class="timestamp">Published 8:00 PM EST, Tue December 19, 2023</div>
                <p>Text.</p></article></body></html>""";
        assertEquals("2023-12-19", published(html));
        // A day printed without a time could have been counted in any zone: the instant's day stays.
        assertEquals("2023-12-20", published(html.replace("Published 8:00 PM EST, Tue December 19, 2023", "December 19, 2023")));
    }

    @Test
    void aUrlDayGivesWayToTheDatelineClockOfTheDayBefore() {
        String html = """
                <html><head><link rel="canonical" href="https://ferries.example/news/2023-12-20/harbour-ferry-returns/"></head>
                <body><h1>Harbour ferry returns after repairs</h1>
                <div class="meta">posted on <time datetime="2023-12-19T23:30:00-05:00"><b>2023-12-19</b> 23:30 EST</time></div>
                <p>Text.</p></body></html>""";
        assertEquals("2023-12-19", published(html));
    }

    @Test
    void withoutStructuredDatesTheDatelineBeatsDatesInRelatedHeadlines() {
        String html = """
                <html><body><article><h1>Why the harbour needs a second ferry</h1>
                <div class="article-general-info">Dec 20, 2023</div>
                <p>The single ferry that serves the islands broke down three times this year, stranding commuters for days.</p>
                <ul class="more"><li>Ferry fares updated as of Oct. 31, 2023 deadline</li></ul></article></body></html>""";
        assertEquals("2023-12-20", published(html));
    }

    @Test
    void aBodyClassNamingEmbedsDoesNotHideThePagesDates() {
        String html = """
                <html><head><meta property="article:published_time" content="2023-04-24T10:26:00Z">
                <meta property="article:modified_time" content="2023-08-08T06:51:00Z"></head>
                <body class="post wp-embed-responsive"><main><h1>Harbour ferry returns after repairs</h1>
                <div class="author-date"><time class="author-date__date">August 8, 2023 | 6:51 AM</time></div>
                <p>Text.</p></main></body></html>""";
        assertEquals("2023-08-08", published(html));
    }

    @Test
    void aMastheadDateAboveAHeadlineInTheBodyIsNotTheDateline() {
        String html = """
                <html><body><div class="top-bar"><span class="today-date">Sunday, March 10, 2024</span></div>
                <h1>Ferry engines get a refit</h1><div class="post-date">March 3, 2024</div>
                <p>The yard replaced both engines over the winter, and the ferry is back on the north route.</p></body></html>""";
        assertEquals("2024-03-03", published(html));
    }

    @Test
    void aDateInTheHeadlineIsNotTheDateline() {
        String html = """
                <html><body><div class="wrap"><div class="post-metadata"><h1>Polls open on 5 February 2024</h1>
                <span class="date">3 January 2024</span></div>
                <p>The council set the day of the vote after a long debate about the new harbour.</p></div></body></html>""";
        assertEquals("2024-01-03", published(html));
    }

    private static String utcNoonPage(String dateline) {
        return """
                <html><head><script type="application/ld+json">
                {"@type":"NewsArticle","headline":"Ferry engines get a refit","datePublished":"2023-12-10T12:00:00Z"}
                </script></head><body><article><h1>Ferry engines get a refit</h1>
                <div class="date">%s</div>
                <p>The yard replaced both engines over the winter, and the ferry is back on the north route.</p></article></body></html>"""
                .formatted(dateline);
    }

    @Test
    void aClockTimeToTheMinuteMatchesAnInstantWithSeconds() {
        String html = utcNoonPage("x").replace("2023-12-10T12:00:00Z", "2023-12-10T12:00:21Z");
        assertEquals("2023-12-11", published(html.replace("<div class=\"date\">x</div>", "<div class=\"date\">11.12.2023, 01:00 Uhr</div>")));
    }

    @Test
    void aDottedDateIsNotAClockTime() {
        assertEquals("2023-12-10", published(utcNoonPage("11.12.2023")));
    }

    @Test
    void aClockTimeNoZoneCouldGiveDoesNotMoveTheDay() {
        assertEquals("2023-12-10", published(utcNoonPage("11.12.2023, 09:15 Uhr")), "09:15 the next day is UTC+21:15");
        assertEquals("2023-12-11", published(utcNoonPage("11.12.2023, 01:00 Uhr")), "01:00 the next day is UTC+13");
    }

    @Test
    void hintedLinesAboveTheHeadlineDoNotCrowdOutTheDatelineUnderIt() {
        String html = EVERGREEN_HEAD + """
                <body><article><header><div class="kicker"><span class="entry-meta views">1,204 views</span>
                <span class="entry-meta readtime">5 min read</span><span class="entry-meta shares">38 shares</span></div>
                <h1>The best rain boots for muddy walks</h1></header>
                <div class="dateline">December 19, 2023</div>
                <p>Wet weather calls for boots that keep water out without weighing you down on long walks.</p></article></body></html>""";
        assertEquals("2023-12-19", published(html));
    }

    @Test
    void theHeadlineIsTheFirstH1OutsideTheSiteNavigation() {
        // The menu's own heading (hidden for screen readers) comes first; the masthead prints today's date after it.
        String html = """
                <html><head><title>Neue Radwege entlang des Flusses</title></head>
                <body><header><nav><h1 class="sr-only">Navigation</h1><ul><li><a href="/">Start</a></li>
                <li><a href="/stadt">Stadt</a></li></ul></nav><div class="header-date">Samstag, 9. März 2024</div></header>
                <main><article><h1>Neue Radwege entlang des Flusses</h1><div class="meta"><span class="date">5. März 2024</span></div>
                <p>Die Stadt baut in diesem Jahr neue Radwege entlang des Flusses, wie der Rat am Dienstag beschlossen hat.</p>
                </article></main></body></html>""";
        assertEquals("2024-03-05", published(html));
    }

    @Test
    void aZoneLessTimeElementAtTheInstantsSecondsGivesTheLocalDay() {
        // Published late in the evening in a UTC-6 city: UTC already counts the next day, which is also the update day.
        String html = """
                <html><head><script type="application/ld+json">
                {"@type":"NewsArticle","headline":"Council approves the river path",
                 "datePublished":"2024-03-06T05:30:59Z","dateModified":"2024-03-06T06:21:49Z"}
                </script></head><body><article><h1>Council approves the river path</h1>
                <div class="time">PUBLISHED: <time datetime="2024-03-05 23:30:59">March 5, 2024 at 11:30 p.m.</time> |
                UPDATED: <time class="updated" datetime="2024-03-06 00:21:49">March 6, 2024 at 12:21 a.m.</time></div>
                <p>The council voted late on Tuesday to build a walking and cycling path along the river.</p></article></body></html>""";
        assertEquals("2024-03-05", published(html));
    }

    @Test
    void aDateMetaThatDoesNotSayWhichGivesWayToAnEarlierDayPrintedWithTheHeadline() {
        // meta name=date is often the last change; the day under the headline is the publication.
        String html = """
                <html><head><meta name="date" content="2024-03-06T11:52:23"></head>
                <body><div class="story"><h1>Data of an arms maker found online</h1>
                <p class="text"><span class="stand">Stand: 05.03.2024 18:00 Uhr</span></p>
                <p>Internal documents of the company could be downloaded by anyone for several weeks, reporters found.</p>
                </div></body></html>""";
        assertEquals("2024-03-05", published(html));
        // A later day under the headline does not overrule it.
        assertEquals("2024-03-06", published(html.replace("05.03.2024", "07.03.2024")));
    }
}
