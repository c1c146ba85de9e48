package io.precis.extract.html;

import io.precis.article.Article;
import io.precis.article.Author;
import io.precis.article.Document;
import io.precis.article.Format;
import io.precis.article.Origin;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class HtmlExtractorTest {
    private static final Instant NOW = Instant.parse("2024-03-10T12:00:00Z");

    private static Article extract(String html) {
        return new HtmlExtractor().extract(new Document(html, Format.HTML, "UTF-8", Origin.file("t.html", html.length()), Map.of(), NOW));
    }

    @Test
    void jsonLdGraphWithAuthorArrayAndPublisher() {
        Article a = extract("""
                <html><head><title>Rates rise again | Daily Planet</title>
                <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
                  {"@type":"WebSite","name":"Daily Planet"},
                  {"@type":["NewsArticle"],"headline":"Rates rise again","datePublished":"2024-01-29T10:15:00-05:00",
                   "dateModified":"2024-01-30T08:00:00-05:00",
                   "author":[{"@type":"Person","name":"Lois Lane"},{"@type":"Person","name":"Clark Kent"},
                             {"@type":"Organization","name":"Daily Planet Staff"}],
                   "publisher":{"@type":"NewsMediaOrganization","name":"Daily Planet"}}]}</script>
                </head><body><h1>Rates rise again</h1><p>Text.</p></body></html>""");
        assertEquals("Rates rise again", a.title());
        assertEquals(List.of("Lois Lane", "Clark Kent"), a.authors().stream().map(Author::name).toList());
        assertEquals("2024-01-29T10:15:00-05:00", a.published());
        assertEquals("2024-01-30T08:00:00-05:00", a.updated());
        assertEquals("Daily Planet", a.source());
        assertEquals("json-ld", a.provenance().get("published"));
        assertEquals("json-ld", a.provenance().get("authors"));
    }

    @Test
    void metaTagsWhenThereIsNoJsonLd() {
        Article a = extract("""
                <html lang="en-GB"><head><meta property="og:title" content="Storm closes ports - The Harbour News">
                <meta property="og:site_name" content="The Harbour News">
                <meta name="parsely-pub-date" content="2024-02-03T07:00:00Z">
                <meta name="sailthru.author" content="Ann Smith and Bo Jones">
                <link rel="canonical" href="https://harbour.example/2024/02/03/storm"></head>
                <body><p>Text.</p></body></html>""");
        assertEquals("Storm closes ports", a.title(), "the site name is not part of the headline");
        assertEquals(List.of("Ann Smith", "Bo Jones"), a.authors().stream().map(Author::name).toList());
        assertEquals("2024-02-03T07:00:00Z", a.published());
        assertEquals("https://harbour.example/2024/02/03/storm", a.url());
        assertEquals("en", a.language());
    }

    @Test
    void theVisibleHeadlineWinsOverADecoratedDeclaredTitle() {
        Article a = extract("""
                <html><head><meta property="og:title" content="Opinion | I Know My Mother Loved Me"></head>
                <body><header><h1>Site</h1></header><article><h1>I Know My Mother Loved Me</h1>
                <p class="byline">By Sam Whitney</p><p>Text.</p></article></body></html>""");
        assertEquals("I Know My Mother Loved Me", a.title());
        assertEquals("html:h1", a.provenance().get("title"));
        assertEquals(List.of("Sam Whitney"), a.authors().stream().map(Author::name).toList());
    }

    @Test
    void aUtcInstantTakesTheDayThePageShows() {
        Article a = extract("""
                <html><head><meta property="article:published_time" content="2023-12-22T04:00:41+00:00"></head>
                <body><h1>Late night story</h1><span class="byline-timestamp">
                <time datetime="2023-12-22T04:00:41+00:00">Dec. 21, 2023 11:00 pm EST</time></span><p>Text.</p></body></html>""");
        assertEquals("2023-12-21", a.published());
    }

    @Test
    void datesFromUrlTimeElementsAndVisibleText() {
        assertEquals("2024-01-29", extract("<html><head><link rel=canonical href='https://x.example/2024/01/29/story/'></head><body><p>x</p></body></html>").published());
        assertEquals("2024-02-05", extract("<html><body><article><h1>Headline here</h1><time datetime='2024-02-05'>5 Feb</time></article></body></html>").published());
        assertEquals("2023-11-03", extract("<html><body><h1>Ein Titel hier</h1><div class='meta'>Veröffentlicht am 3. November 2023</div></body></html>").published());
        assertNull(extract("<html><body><p>No date at all.</p></body></html>").published());
        assertNull(extract("<html><head><meta property='article:published_time' content='2031-01-01'></head><body></body></html>").published(),
                "a date after the upload is rejected");
    }

    @Test
    void brokenJsonLdAndEmptyPagesNeverThrow() {
        Article a = extract("<html><head><script type='application/ld+json'>{\"@type\": \"NewsArticle\", broken</script></head></html>");
        assertNull(a.published());
        extract("");
        extract("<<<>>>");
    }

    @Test
    void theBylineDropsJsonLdContributorsItDoesNotName() {
        String html = """
                <html><head><script type="application/ld+json">
                {"@type":"NewsArticle","headline":"Harbour ferry sails again",
                 "author":[{"@type":"Person","name":"Ann Smith"},{"@type":"Person","name":"Ed Itor"}]}
                </script></head><body><article><h1>Harbour ferry sails again</h1>
                <div class="byline">By <span class="author-name">Ann Smith</span></div>
                <p>The ferry returned to service on Monday after three weeks of engine repairs.</p>
                <aside class="editor-box"><p>Edited by <span class="editor">Ed Itor</span></p></aside>
                </article></body></html>""";
        assertEquals(List.of("Ann Smith"), extract(html).authors().stream().map(Author::name).toList());
    }

    @Test
    void oneBylineElementPerAuthorKeepsThemAll() {
        String html = """
                <html><head><script type="application/ld+json">
                {"@type":"NewsArticle","headline":"Harbour ferry sails again",
                 "author":{"@type":"Person","name":["Ann Smith","Bo Jones"]}}
                </script></head><body><article><h1>Harbour ferry sails again</h1>
                <div>By <span class="author-name">Ann Smith</span> and <span class="author-name">Bo Jones</span></div>
                <p>The ferry returned to service on Monday after three weeks of engine repairs.</p>
                </article></body></html>""";
        assertEquals(List.of("Ann Smith", "Bo Jones"), extract(html).authors().stream().map(Author::name).toList());
    }

    @Test
    void aBylineNamingMoreThanTheJsonLdAddsThem() {
        String html = """
                <html><head><script type="application/ld+json">
                {"@type":"NewsArticle","headline":"Harbour ferry sails again","author":{"@type":"Person","name":"Ann Smith"}}
                </script></head><body><article><h1>Harbour ferry sails again</h1>
                <div class="byline">By Ann Smith and Bo Jones, Example News</div>
                <p>The ferry returned to service on Monday after three weeks of engine repairs.</p>
                </article></body></html>""";
        assertEquals(List.of("Ann Smith", "Bo Jones"), extract(html).authors().stream().map(Author::name).toList());
    }

    @Test
    void aLabelPrintedInsideTheHeadlineIsDroppedWhenTheDeclaredTitleLeavesItOut() {
        String html = """
                <html><head><meta property="og:title" content="Harbour ferry sails again after repairs"></head>
                <body><article><h1><span class="kicker">Opinion</span> Harbour ferry sails again after repairs</h1>
                <p>The ferry returned to service on Monday after three weeks of engine repairs.</p></article></body></html>""";
        assertEquals("Harbour ferry sails again after repairs", extract(html).title());
        // A kicker written with a colon is part of the headline as printed.
        String colon = html.replace("<span class=\"kicker\">Opinion</span>", "Boats:");
        assertEquals("Boats: Harbour ferry sails again after repairs", extract(colon).title());
    }

    @Test
    void aMediaTagAfterTheHeadlineIsNotPartOfIt() {
        String html = """
                <html><head><meta property="og:title" content="Harbour ferry sails again (video)"></head>
                <body><article><h1>Harbour ferry sails again (video)</h1>
                <p>The ferry returned to service on Monday after three weeks of engine repairs.</p></article></body></html>""";
        assertEquals("Harbour ferry sails again", extract(html).title());
    }

    @Test
    void aDatelineShowingOnlyTheUpdateDayGivesThatDay() {
        String html = """
                <html><head>
                <meta property="article:published_time" content="2023-01-17T10:00:00-05:00">
                <meta property="article:modified_time" content="2024-02-20T09:00:00-05:00"></head>
                <body><article><h1>Best harbour ferries to ride this year</h1>
                <div class="byline">By Ann Smith</div><span class="date">Updated: February 20, 2024</span>
                <p>The ferry returned to service on Monday after three weeks of engine repairs.</p></article></body></html>""";
        assertEquals("2024-02-20", extract(html).published().substring(0, 10));
        // When the dateline also shows the first publication day, that day stays.
        String both = html.replace("Updated: February 20, 2024", "Published January 17, 2023, updated February 20, 2024");
        assertEquals("2023-01-17", extract(both).published().substring(0, 10));
    }
}
