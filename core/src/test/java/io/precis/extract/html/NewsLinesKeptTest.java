package io.precis.extract.html;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.precis.extract.html.BodyFixtures.P1;
import static io.precis.extract.html.BodyFixtures.P2;
import static io.precis.extract.html.BodyFixtures.P3;
import static io.precis.extract.html.BodyFixtures.P4;
import static io.precis.extract.html.BodyFixtures.article;
import static io.precis.extract.html.BodyFixtures.body;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Lines of ordinary news that look like page furniture (credits, form messages, follow prompts, teasers) are kept. */
class NewsLinesKeptTest {
    private static final String D1 = "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke über den Fluss zu schließen, nachdem ein Gutachten Rost gefunden hatte.";
    private static final String D2 = "Die Reparaturen sollen mindestens achtzehn Monate dauern, in der Zwischenzeit soll eine Fähre die Pendler übersetzen.";
    private static final String D3 = "Die Anwohner waren bei der Versammlung geteilter Meinung, einige lobten die Vorsicht, andere warnten vor den Kosten.";
    private static final String D4 = "Die Händler am Ostufer fordern nun, dass die Stadt die Arbeiten beschleunigt und zusätzliche Parkplätze schafft.";

    /** A German article with the heading in its second half, where a trailer heading would cut it. */
    private static List<String> withGermanSubheading(String heading) {
        return body("<html><body><div class='story'>" + article(D1, D2, D3) + "<h2>" + heading + "</h2>" + article(D4)
                + "</div></body></html>");
    }

    private static List<String> keepsMiddle(String middle) {
        return body("<html><body><div class='story'>" + article(P1, P2, middle, P3, P4) + "</div></body></html>");
    }

    // TRAILING_CREDIT: "(EPA)" / "(AP)" as an acronym introduced at the end of a short sentence.
    @Test
    void acronymEpaAtEndOfSentence() {
        String s = "The rules were drafted by the Environmental Protection Agency (EPA).";
        assertEquals(List.of(P1, P2, s, P3, P4), keepsMiddle(s));
    }

    @Test
    void acronymApAtEndOfSentence() {
        String s = "The results were first reported by The Associated Press (AP).";
        assertEquals(List.of(P1, P2, s, P3, P4), keepsMiddle(s));
    }

    @Test
    void trailingCreditInsideSentence() {
        String s = "Asked who deserved the most praise, the coach said: Credit: the defence, every single week.";
        assertEquals(List.of(P1, P2, s, P3, P4), keepsMiddle(s));
    }

    // CREDIT_LINE: "Photos: ..." subheading, and a sentence that starts "Photography by".
    @Test
    void photosSubheading() {
        String html = "<html><body><div class='story'>" + article(P1, P2) + "<h2>Photos: what the flood left behind</h2>"
                + article(P3, P4) + "</div></body></html>";
        assertEquals(List.of(P1, P2, "Photos: what the flood left behind", P3, P4), body(html));
    }

    @Test
    void germanFotosSubheading() {
        String html = "<html><body><div class='story'>" + article(P1, P2) + "<h3>Fotos: So sah die Flut aus</h3>"
                + article(P3, P4) + "</div></body></html>";
        assertEquals(List.of(P1, P2, "Fotos: So sah die Flut aus", P3, P4), body(html));
    }

    @Test
    void sentenceStartingPhotographyBy() {
        String s = "Photography by drones is now banned over the bridge until the works are finished.";
        assertEquals(List.of(P1, P2, s, P3, P4), keepsMiddle(s));
    }

    @Test
    void sentenceStartingImagesBy() {
        String s = "Images by the harbour webcam show the ferry turning back twice on Monday.";
        assertEquals(List.of(P1, P2, s, P3, P4), keepsMiddle(s));
    }

    // The control: a lone "Share" is a button.
    @Test
    void loneShareDropped() {
        assertEquals(List.of(P1, P2, P3, P4), keepsMiddle("Share"));
    }

    // PHRASES: quotes that contain form-message phrases.
    @Test
    void quotePleaseTryAgain() {
        String s = "\u201cPlease try again tomorrow,\u201d the clerk told the queue of commuters.";
        assertEquals(List.of(P1, P2, s, P3, P4), keepsMiddle(s));
    }

    @Test
    void quoteIUnderstandAndAgree() {
        String s = "\u201cI understand and agree with the decision,\u201d said one shop owner.";
        assertEquals(List.of(P1, P2, s, P3, P4), keepsMiddle(s));
    }

    @Test
    void termsOfServiceNews() {
        String s = "Under the new terms, continued use of the app constitutes acceptance of the changes.";
        assertEquals(List.of(P1, P2, s, P3, P4), keepsMiddle(s));
    }

    @Test
    void quoteShareItWithYourFriends() {
        String s = "\u201cIf you see a crack, report it and share it with your friends,\u201d the engineer said.";
        assertEquals(List.of(P1, P2, s, P3, P4), keepsMiddle(s));
    }

    @Test
    void likeThisStoryQuestionInQuote() {
        String s = "\u201cDo you like this story?\u201d the author asked the children at the library.";
        assertEquals(List.of(P1, P2, s, P3, P4), keepsMiddle(s));
    }

    // FOLLOW_PROMPT
    @Test
    void followInsideSentenceKept() {
        String s = "The mayor asked residents to Follow the council on X for updates on the timetable.";
        assertEquals(List.of(P1, P2, s, P3, P4), keepsMiddle(s));
    }

    @Test
    void followAsNounStartingSentence() {
        String s = "The company changed its rules last year. Follow requests on Instagram now expire after thirty days.";
        assertEquals(List.of(P1, P2, s, P3, P4), keepsMiddle(s));
    }

    // Excerpt runs: three short lines trailing off inside an article (dialogue / countdown / quoted lines).
    @Test
    void countdownOfShortLines() {
        String html = "<html><body><div class='story'>" + article(P1, P2, "Three...", "Two...", "One...", P3, P4)
                + "</div></body></html>";
        assertEquals(List.of(P1, P2, "Three...", "Two...", "One...", P3, P4), body(html));
    }

    // German trailer headings as subheadings in the second half of an article.
    @Test
    void germanSubheadingMehrTempoBei() {
        assertEquals(List.of(D1, D2, D3, "Mehr Tempo bei der Sanierung", D4), withGermanSubheading("Mehr Tempo bei der Sanierung"));
    }

    @Test
    void germanSubheadingAktuelleNachrichten() {
        assertEquals(List.of(D1, D2, D3, "Aktuelle Nachrichten aus dem Rathaus", D4), withGermanSubheading("Aktuelle Nachrichten aus dem Rathaus"));
    }

    @Test
    void germanSubheadingMehrPlatzAuf() {
        assertEquals(List.of(D1, D2, D3, "Mehr Platz auf den Straßen", D4), withGermanSubheading("Mehr Platz auf den Straßen"));
    }

    // The controls: the page's own credit and form lines still go.
    @Test
    void creditsPromptsAndFormLinesStillDropped() {
        for (String furniture : List.of("Photograph by Jane Doe, Getty Images", "Photos: Jane Doe/Reuters",
                "Commuters wait for the ferry on Monday. (AP)", "Commuters wait for the ferry. Credit: Jane Doe",
                "Follow us on Instagram.", "Follow Deputy Editor Jane Doe on X at @jdoe",
                "* I understand and agree that registration on or use of this site constitutes agreement to its user agreement.",
                "Sorry, this feature is unavailable. Please try again later.")) {
            assertEquals(List.of(P1, P2, P3, P4), keepsMiddle(furniture), furniture);
        }
    }
}
