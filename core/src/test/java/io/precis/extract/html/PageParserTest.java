package io.precis.extract.html;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageParserTest {

    @Test
    void cutsScriptsStylesSvgAndComments() {
        String html = "<p>a</p><script>if (x < 1) document.write('<div>');</script><style>p{}</style>"
                + "<!-- note <script> --><svg viewBox='0 0 1 1'><text>icon</text></svg><p>b</p>";
        assertEquals("<p>a</p><p>b</p>", PageParser.strip(html));
    }

    @Test
    void keepsJsonLdWholeEvenWhenItHoldsMarkup() {
        String ld = "<script type=\"application/ld+json\">{\"articleBody\":\"<p>x</p><!-- y -->\"}</script>";
        assertEquals("<p>a</p>" + ld, PageParser.strip("<p>a</p><script>var s;</script>" + ld));
    }

    @Test
    void leavesTheRestToTheParserWhenAScriptEntersItsEscapedState() {
        String tail = "<script><!-- document.write('<script>x()</script>'); --></script><p>b</p>";
        assertEquals("<p>a</p>" + tail, PageParser.strip("<p>a</p>" + tail));
    }

    @Test
    void unterminatedRawTextEndsThePage() {
        assertEquals("<p>a</p>", PageParser.strip("<p>a</p><script>never closed"));
        assertTrue(PageParser.parse("<p>a</p><style>").text().contains("a"));
    }

    @Test
    void tagNamesThatOnlyStartLikeRawTagsStay() {
        assertEquals("<scripture>x</scripture><styled>y</styled>", PageParser.strip("<scripture>x</scripture><styled>y</styled>"));
    }
}
