package io.precis.extract.html;

import io.precis.article.Document;
import io.precis.article.Format;
import io.precis.article.Origin;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Headlines from declared titles and the visible {@code <h1>}. */
class HtmlTitlesTest {
    private static String title(String html) {
        return new HtmlExtractor().extract(new Document(html, Format.HTML, "UTF-8", Origin.file("t.html", html.length()),
                Map.of(), Instant.parse("2024-03-10T12:00:00Z"))).title();
    }

    @Test
    void aSiteNameInFrontGoesEvenWhenTheHeadlineMentionsTheSite() {
        assertEquals("Harbour ferry strike: Harbour Watch's story of the year",
                HtmlTitles.undecorated("Harbour Watch - Harbour ferry strike: Harbour Watch's story of the year", "Harbour Watch"));
        assertEquals("Harbour ferry strike ends", HtmlTitles.undecorated("Harbour ferry strike ends | Harbour Watch Online", "Harbour Watch"));
    }

    @Test
    void aGenreTagAfterTheHeadlineIsNotPartOfIt() {
        String html = """
                <html><head><meta property="og:title" content="Keep the night ferry running | Editorial"></head>
                <body><article><h1>Opinion | Keep the night ferry running | Editorial</h1>
                <p>The council should not cut the only late crossing the islands have.</p></article></body></html>""";
        assertEquals("Keep the night ferry running", title(html));
        // A short headline that is mostly the tag keeps it.
        assertEquals("Ferry | Review", HtmlTitles.withoutPageTags("Ferry | Review"));
    }

    @Test
    void aSiteNameIsMatchedByWholeWords() {
        assertEquals("The Sunday roast returns", HtmlTitles.undecorated("The Sunday roast returns | The Sun", "The Sun"));
    }

    @Test
    void aMenuHeadingInTheNavigationIsNotTheHeadline() {
        String html = """
                <html><head><meta property="og:title" content="Polar air brings snow to the southern valleys | Valley Daily">
                <meta property="og:site_name" content="Valley Daily"></head>
                <body><nav role="navigation"><h1 class="assistive">Main site navigation menu</h1>
                <ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
                <div class="story"><h2>Polar air brings snow to the southern valleys</h2>
                <p>Snow fell overnight in valleys that had not seen any all winter, and more is expected on Friday.</p></div></body></html>""";
        assertEquals("Polar air brings snow to the southern valleys", title(html));
    }

    @Test
    void aScreenReaderLabelAndADateInsideTheHeadingAreNotTheHeadline() {
        String labelled = """
                <html><head><title>Energy transition and social change | Institute for Climate Research</title></head>
                <body><article><h1 class="document-title"><div><span class="visuallyhidden">Headline:</span>
                Energy transition and social change</div></h1>
                <p>How the move away from coal changes the regions that depended on it for a century and more.</p></article></body></html>""";
        assertEquals("Energy transition and social change", title(labelled));
        String dated = """
                <html><head><title>Press releases</title></head>
                <body><main><h1><span class="supertitle"><time datetime="2024-02-01">1 February 2024</time></span>
                <span class="title">Minister opens the new family centres in three regions</span></h1>
                <p>The minister opened the first of the new family centres on Thursday morning.</p></main></body></html>""";
        assertEquals("Minister opens the new family centres in three regions", title(dated));
        // A hidden separator between kicker and headline holds no word and stays.
        assertEquals("Climate: Drilling until it gets hot", HtmlTitles.shownText(org.jsoup.Jsoup.parse(
                "<h1><span>Climate</span><span class=\"visually-hidden\">: </span><span>Drilling until it gets hot</span></h1>")
                .selectFirst("h1")));
    }

    @Test
    void anArticleNamedButNotHeadlinedInStructuredDataHasThatTitle() {
        String jsonLd = """
                <html><head><script type="application/ld+json">
                {"@type":"Article","name":"How the night ferry crosses in fog","author":"Ann Smith"}
                </script></head><body><p>The crossing takes forty minutes on a clear night.</p></body></html>""";
        assertEquals("How the night ferry crosses in fog", title(jsonLd));
        String microdata = """
                <html><body><article itemscope itemtype="https://schema.org/Article">
                <meta itemprop="headline" content="How the night ferry crosses in fog">
                <p>The crossing takes forty minutes on a clear night.</p></article></body></html>""";
        assertEquals("How the night ferry crosses in fog", title(microdata));
    }

    @Test
    void aTitleAfterAServerWarningAboveTheDoctypeIsStillRead() {
        String html = """
                <br /><b>Warning</b>: mysql_connect(): Access denied in <b>/www/plugin.php</b> on line <b>12</b><br />
                <!DOCTYPE html><html><head><title>Night ferry  timetable&nbsp;changes</title></head>
                <body><p>The harbour's night ferry will leave ten minutes earlier from Monday, the operator said.</p></body></html>""";
        assertEquals("Night ferry timetable changes", title(html));
    }

    @Test
    void wordPressBlogArchiveLabelIsNotPartOfTheTitle() {
        assertEquals("The night ferry returns", HtmlTitles.undecorated("Harbour Notes » Blog Archive » The night ferry returns", null));
        assertEquals("Die Nachtfähre fährt wieder", HtmlTitles.undecorated("Hafenblog » Blog Archiv » Die Nachtfähre fährt wieder", null));
    }
}
