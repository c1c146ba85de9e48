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
}
