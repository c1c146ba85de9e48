package io.precis.extract.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ElementTextTest {
    private static Element div(String html) {
        return Jsoup.parse("<div id=x>" + html + "</div>").getElementById("x");
    }

    @Test
    void aShortDatelineIsNotLonger() {
        assertFalse(ElementText.longerThan(div("<span>Posted</span> <time>March 3, 2024</time>"), 120));
    }

    @Test
    void aWrapperHoldingTheStoryIsLonger() {
        assertTrue(ElementText.longerThan(div("<p>" + "word ".repeat(40) + "</p><p>more</p>"), 120));
    }

    @Test
    void whiteSpaceThatTheTextCollapsesDoesNotCount() {
        Element e = div("a" + " ".repeat(500) + "b\n\n\n" + "\t".repeat(200) + "c");
        assertFalse(ElementText.longerThan(e, 120));
        assertTrue(e.text().length() <= 120);
    }

    @Test
    void agreesWithTheTextAtTheLimit() {
        assertFalse(ElementText.longerThan(div("x".repeat(120)), 120));
        assertTrue(ElementText.longerThan(div("x".repeat(60) + "<b>" + "y".repeat(61) + "</b>"), 120));
    }

    @Test
    void noBreakSpacesCollapseLikeOtherWhiteSpace() {
        Element e = div("&nbsp;".repeat(200) + "Dec 3, 2023");
        assertEquals(11, e.text().length());
        assertFalse(ElementText.longerThan(e, 120));
    }

    @Test
    void invisibleCharactersThatTheTextDropsDoNotCount() {
        Element e = div("\u200b".repeat(200) + "Dec 3, 2023");
        assertTrue(e.text().length() <= 120);
        assertFalse(ElementText.longerThan(e, 120));
    }
}
