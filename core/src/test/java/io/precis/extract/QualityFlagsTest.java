package io.precis.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QualityFlagsTest {
    @Test
    void wordsAreCountedAcrossAnyRunOfWhiteSpace() {
        assertTrue(QualityFlags.hasWords("one two\tthree\n\nfour", 4));
        assertFalse(QualityFlags.hasWords("one   two three ", 4));
        assertFalse(QualityFlags.hasWords("   ", 1));
        assertTrue(QualityFlags.hasWords("word ".repeat(10_000), 8));
    }

    @Test
    void aLongLastParagraphThatStopsMidSentenceIsTruncated() {
        String cut = "The council said on Monday that the new plan for the harbour would be put to a vote once the";
        assertTrue(QualityFlags.probablyTruncated(List.of("The story begins here.", cut)));
        assertFalse(QualityFlags.probablyTruncated(List.of("The story begins here.", "Reporting by Ann Lee")));
    }

    @Test
    void aPaywallNoticeInAnyCaseIsTruncation() {
        assertTrue(QualityFlags.probablyTruncated(List.of("The story begins here.", "SUBSCRIBE NOW TO CONTINUE READING.")));
        assertTrue(QualityFlags.probablyTruncated(List.of("Die Geschichte beginnt.", "Jetzt abonnieren und weiterlesen.")));
    }

    @Test
    void mostlyShortFragmentsAreBoilerplate() {
        List<String> menu = List.of("Home", "World", "Sports", "The council approved the plan for the harbour on Monday.",
                "Weather", "Contact us");
        assertTrue(QualityFlags.mostlyBoilerplate(menu));
        List<String> prose = List.of("One.", "Two.", "Three.", "Four.", "Five.", "Six.");
        assertFalse(QualityFlags.mostlyBoilerplate(prose));
    }

    @Test
    void everyPaywallPhraseHoldsOneOfTheWordsLookedForFirst() {
        for (String phrase : List.of("subscribe now to keep reading", "to continue reading", "continue reading with",
                "already a subscriber", "this story is only available for members", "this article is to subscribers",
                "sign in to read", "log in to continue", "create a free account to read", "you have reached your limit",
                "become a member to", "become a subscriber to", "unlock this article", "weiterlesen mit", "jetzt abonnieren",
                "abonnieren sie", "réservé aux abonnés", "la suite est réservée", "contenido exclusivo para suscriptores",
                "solo para suscriptores", "riservato agli abbonati")) {
            assertTrue(QualityFlags.paywallNotice("… " + phrase + " …"), phrase);
        }
        assertFalse(QualityFlags.paywallNotice("the council will continue its reading of the budget"));
    }
}
