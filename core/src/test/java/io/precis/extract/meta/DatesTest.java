package io.precis.extract.meta;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DatesTest {
    private static final Instant NOW = Instant.parse("2024-03-10T12:00:00Z");

    @Test
    void writtenDatesInManyLanguagesAndConventions() {
        assertEquals("2024-01-29", Dates.parse("Financial Times -Jan 29th2024", NOW));
        assertEquals("2024-01-29", Dates.parse("January 29, 2024", NOW));
        assertEquals("2024-01-29", Dates.parse("29.01.2024", NOW));
        // Dotted dates are day-first, unless the second number cannot be a month.
        assertEquals("2024-01-02", Dates.parse("02.01.2024", NOW));
        assertEquals("2024-01-29", Dates.parse("Posted 01.29.2024", NOW));
        assertEquals("2024-01-29", Dates.parse("29 de enero de 2024", NOW));
        assertEquals("2024-03-03", Dates.parse("3. März 2024", NOW));
        assertEquals("2024-03-03", Dates.parse("le 3 mars 2024", NOW));
        assertEquals("2024-03-03", Dates.parse("3 марта 2024 г.", NOW));
        assertEquals("2024-01-29", Dates.parse("2024年1月29日", NOW));
        assertEquals("2024-01-29", Dates.parse("2024/01/29", NOW));
        assertEquals("2023-12-22", Dates.parse("by Brett Samuels - 12/22/23 11:35 AM ET", NOW));
        assertEquals("2024-01-29", Dates.parse("Mon, 29 Jan 2024 10:15:00 GMT", NOW));
    }

    @Test
    void datesGluedToNeighbouringText() {
        assertEquals("2023-12-20", Dates.parse("By Susana GuerreroDec 20, 2023", NOW));
        assertEquals("2023-12-23", Dates.parse("Dec 23, 202310:30 AM", NOW));
    }

    @Test
    void instantsKeepTheZoneTheyWereWrittenIn() {
        assertEquals("2024-01-29T10:15:00-05:00", Dates.parse("2024-01-29T10:15:00-0500", NOW));
        assertEquals("2024-01-29T10:15:00Z", Dates.parse("2024-01-29T10:15:00.000Z", NOW));
        assertEquals("2024-01-29", Dates.parse("2024-01-29 10:15", NOW), "no zone: only the day is known");
    }

    @Test
    void relativeDatesResolveAgainstReceipt() {
        assertEquals("2024-03-10", Dates.parse("3 hours ago", NOW));
        assertEquals("2024-03-08", Dates.parse("vor 2 Tagen", NOW));
        assertEquals("2024-03-09", Dates.parse("yesterday", NOW));
        assertNull(Dates.parse("USA TODAY", NOW), "a newspaper's name is not a date");
        assertNull(Dates.parseAbsolute("3 hours ago", NOW));
    }

    @Test
    void impossibleAncientAndFutureDatesAreRejected() {
        assertNull(Dates.parse("31.02.2024", NOW));
        assertNull(Dates.parse("2024-13-01", NOW));
        assertNull(Dates.parse("12 May 1990", NOW), "before the web");
        assertNull(Dates.parse("2024-04-01", NOW), "after the document arrived");
        assertEquals("2024-03-10", Dates.parse("2024-03-10T13:00:00Z", NOW),
                "an instant after receipt is not trusted; the day still is (clocks and zones differ)");
        assertNull(Dates.parse("2024-03-12T13:00:00Z", NOW));
        assertNull(Dates.parse("version 1.2.24", NOW));
        assertNull(Dates.parse("version 1.12.24", NOW), "one digit: still a version");
        assertEquals("2024-02-01", Dates.parse("01.02.24", NOW), "day and month padded: the short day-first date");
        assertNull(Dates.parse(null, NOW));
        assertNull(Dates.parse("", NOW));
    }

    @Test
    void labelsPickThePublishedDateOverTheUpdatedOne() {
        assertEquals("2023-12-22", DateLabels.publishedIn("Updated Dec. 23, 2023 4:04AM EST / Published Dec. 22, 2023 12:16PM EST", NOW, false));
        assertEquals("2023-11-01", DateLabels.publishedIn("Letzte Änderung: 31.10.2023 - 14:49:39 Erschienen am: 01.11.2023", NOW, false));
        assertEquals("2022-01-30", DateLabels.publishedIn("01.02.2022 16:28 Erstellt am: 30.01.2022 18:36", NOW, true));
        assertNull(DateLabels.publishedIn("Dec 23, 2023", NOW, true), "unlabelled dates do not count when labels are required");
    }

    @Test
    void yearFirstDatesNeedAMonthAfterTheYear() {
        assertEquals(true, Dates.monthAfterYear("2024 Jan 29", 0));
        assertEquals(true, Dates.monthAfterYear("x 2024. \tMärz 3", 2));
        assertEquals(false, Dates.monthAfterYear("12024 Jan 29", 1)); // a digit before the year
        assertEquals(false, Dates.monthAfterYear("© 2024 | Acme", 2));
        assertEquals(false, Dates.monthAfterYear("2024, 5 May", 0));
        assertEquals(false, Dates.monthAfterYear("2024", 0));
        assertEquals("2024-01-29", Dates.parse("2024 Jan 29", NOW));
    }

    @Test
    void monthFirstDatesNeedADayBeforeTheYear() {
        assertEquals(true, Dates.dayBeforeYear("May 5 2024", 6));
        assertEquals(true, Dates.dayBeforeYear("May 5th, 2024", 9));
        assertEquals(true, Dates.dayBeforeYear("May 25.\n2024", 8));
        assertEquals(false, Dates.dayBeforeYear("May 2024", 4));
        assertEquals(false, Dates.dayBeforeYear("2024", 0));
        assertEquals(false, Dates.dayBeforeYear("© Acme 2024", 7));
        assertEquals("2024-02-05", Dates.parse("Published Feb 5th, 2024 © 2024 Acme", NOW));
    }

    @Test
    void numericDatesAfterManyOtherSeparators() {
        String noise = "a.b-c/d 1.2 3-4 5/6 7.8.9 2024-13-40 12/34/5678 " .repeat(50);
        assertEquals("2024-01-29", Dates.parse(noise + "29.01.2024", NOW));
        assertEquals("2024-01-29", Dates.parse(noise + "2024/01/29", NOW));
        assertEquals("2024-01-29", Dates.parse(noise + "01-29-2024", NOW));
        assertEquals("2024-01-29", Dates.parse(noise + "2024-01-29", NOW));
        Dates.Scanner scanner = new Dates.Scanner(noise + "2024-01-29 and 30.01.2024, 2024/01/31.", NOW);
        Dates.Found first = scanner.find(0);
        assertEquals("2024-01-29", first.iso());
        Dates.Found second = scanner.find(first.end());
        assertEquals("2024-01-30", second.iso());
        assertEquals("2024-01-31", scanner.find(second.end()).iso());
        assertNull(Dates.parse("-/.", NOW));
        assertNull(Dates.parse(noise, NOW));
    }
}
