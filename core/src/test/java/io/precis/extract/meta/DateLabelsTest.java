package io.precis.extract.meta;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DateLabelsTest {
    private static final Instant NOW = Instant.parse("2024-03-10T12:00:00Z");

    /** Both readings from one walk are what the two separate walks give. */
    private static void assertReadings(String text, String labelled, String any) {
        DateLabels.Readings r = DateLabels.readings(new Dates.Scanner(text, NOW), text);
        assertEquals(labelled, r.labelled(), "labelled: " + text);
        assertEquals(any, r.any(), "any: " + text);
        assertEquals(labelled, DateLabels.publishedIn(text, NOW, true), "publishedIn labelled: " + text);
        assertEquals(any, DateLabels.publishedIn(text, NOW, false), "publishedIn any: " + text);
    }

    @Test
    void oneWalkGivesBothReadings() {
        assertReadings("Updated Dec. 23, 2023 / Published Dec. 22, 2023", "2023-12-22", "2023-12-22");
        assertReadings("Updated Dec. 23, 2023, first seen Dec. 21, 2023", "2023-12-23", "2023-12-21");
        assertReadings("Menu Dec. 21, 2023 then updated Dec. 23, 2023", "2023-12-23", "2023-12-21");
        assertReadings("Dec. 21, 2023 and Jan. 2, 2024", null, "2023-12-21");
        assertReadings("December 21, 2023", null, "2023-12-21");
        assertReadings("no dates here", null, null);
        assertReadings("3 hours ago", null, "2024-03-10");
    }

    @Test
    void aShortDayFirstDateCountsRightAfterAPublicationLabel() {
        assertReadings("Veröffentlicht am 3.9.23 von Anna", "2023-09-03", "2023-09-03");
        assertReadings("Published: 12.1.24.", "2024-01-12", "2024-01-12");
        assertReadings("Version 3.9.23 veröffentlicht", null, null); // a version number, no label before it
        assertReadings("veröffentlicht am 30.2.23", null, null); // no such day
    }
}
