package io.precis.extract.html;

import io.precis.article.Article;
import io.precis.article.Document;
import io.precis.article.Format;
import io.precis.article.Origin;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Publication dates that a page states in structured markup: microdata, meta vocabularies, JSON-LD. */
class StructuredDatesTest {
    private static final Instant NOW = Instant.parse("2024-03-10T12:00:00Z");

    private static Article extract(String html) {
        return new HtmlExtractor().extract(new Document(html, Format.HTML, "UTF-8", Origin.file("t.html", html.length()), Map.of(), NOW));
    }

    private static String published(String html) {
        Article a = extract(html);
        return a.published() == null ? null : a.published().substring(0, 10);
    }

    private static String page(String head, String body) {
        return "<html><head>" + head + "</head><body><h1>Harbour ferry timetable changes for winter</h1>" + body
                + "<p>The ferry will run every forty minutes from the first of November.</p></body></html>";
    }

    @Test
    void aMicrodataElementCanHoldThePublicationDateAmongOtherProperties() {
        assertEquals("2023-11-04", published(page("",
                "<p>Published <span itemprop=\"datePublished dateCreated\" content=\"2023-11-04\">recently</span></p>")));
    }

    @Test
    void dublinCoreTermsCountInTheirRdfaAndShortForms() {
        assertEquals("2023-11-04", published(page("<meta property=\"dcterms:issued\" content=\"2023-11-04\">", "")));
        assertEquals("2023-11-05", published(page("<meta name=\"DC.Issued\" content=\"2023-11-05\">", "")));
        assertEquals("2023-11-06", published(page("<meta property=\"dc:created\" content=\"2023-11-06\">", "")));
    }

    @Test
    void headersThePageRepeatsInHttpEquivCount() {
        Article a = extract(page("<meta http-equiv=\"date\" content=\"2023-11-04\">"
                + "<meta http-equiv=\"last-modified\" content=\"2023-12-01\"><meta http-equiv=\"content-language\" content=\"de-DE\">", ""));
        assertEquals("2023-11-04", a.published());
        assertEquals("2023-12-01", a.updated());
        assertEquals("de", a.language());
    }
}
