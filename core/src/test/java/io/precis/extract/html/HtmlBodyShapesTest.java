package io.precis.extract.html;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.precis.extract.html.BodyFixtures.P1;
import static io.precis.extract.html.BodyFixtures.P2;
import static io.precis.extract.html.BodyFixtures.P3;
import static io.precis.extract.html.BodyFixtures.article;
import static io.precis.extract.html.BodyFixtures.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bodies of unusual shape: huge paragraphs, stories told in short lines, stories with long captions. */
class HtmlBodyShapesTest {
    /** Long runs of what the line rules look for ("(", "Follow ", "Credit: ", "...") must not make them backtrack. */
    @Test
    void longParagraphsOfRuleTriggersAreKept() {
        String[] units = {"word ", ".", "(", ")", "(AP ", "Follow ", "Credit: ", "... ", "…", "photos by ",
                "\uD83D\uDE00", "a\u0308", "Follow me on ", "(Getty Images "};
        for (String u : units) {
            String p = u.repeat(200_000 / u.length()) + " (Jane Doe/Getty Images)";
            List<String> out = body("<html><body><div class='story'>" + article(P1, p, P2, P3) + "</div></body></html>");
            assertTrue(out.contains(P1) && out.contains(P3), u);
        }
    }

    /** Tabloid style: one-sentence paragraphs, each under 80 chars, so the named body holds no "prose". */
    @Test
    void namedBodyOfShortParagraphsStillWins() {
        List<String> ps = new ArrayList<>();
        for (int i = 0; i < 10; i++) ps.add("Sentence number " + i + " of the story, said the police on Monday night.");
        String promo = "Sign up to our morning briefing and get the best stories of the day, hand-picked by our editors, every single morning.";
        String html = "<html><body><div class='wrap'><div class='article-body'>" + article(ps.toArray(String[]::new))
                + "</div><div class='box'><p>" + promo + "</p></div></div></body></html>";
        assertEquals(ps, body(html));
    }

    /** A short wire story with long photo captions is not a gallery: the captions stay out. */
    @Test
    void longCaptionsOfAShortStory() {
        String cap = "Commuters queue for the temporary ferry on the east bank on Monday morning, a day after the "
                + "council closed the old bridge to all traffic after engineers found corrosion in its supports. (Jane Doe/Reuters)";
        String fig = "<figure><img src='a.jpg'><figcaption>" + cap + "</figcaption></figure>";
        String html = "<html><body><article>" + article(P1) + fig + article(P2) + fig.replace("Monday", "Tuesday")
                + article(P3) + fig.replace("Monday", "Friday") + "</article></body></html>";
        assertEquals(List.of(P1, P2, P3), body(html));
    }

    /** Named body of short paragraphs (each under 80 chars) beside a box with two long paragraphs. */
    @Test
    void namedBodyOfShortParagraphsBesideALongerBox() {
        List<String> ps = new ArrayList<>();
        for (int i = 0; i < 8; i++) ps.add("Sentence number " + i + " of the story, said the police on Monday.");
        String promo = "Sign up to our morning briefing and get the best stories of the day, hand-picked by our editors, every single morning.";
        String html = "<html><body><div class='wrap'><div class='article-body'>" + article(ps.toArray(String[]::new))
                + "</div></div><div class='wrap2'><div class='box'>" + article(promo, promo + " Really.") + "</div></div></body></html>";
        assertEquals(ps, body(html));
    }
}
