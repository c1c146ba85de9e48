package io.precis.summarize;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SummaryLengthTest {
    @Test
    void aRatioRoundsUpAsTheBbcReferencesDo() {
        SummaryLength forty = SummaryLength.ratio(0.4);
        assertEquals(6, forty.sentencesFor(15), "15 x 0.4 is 6.000000000000001 in floating point");
        assertEquals(5, forty.sentencesFor(11));
        assertEquals(5, forty.sentencesFor(12));
        assertEquals(4, forty.sentencesFor(10));
        assertEquals(1, forty.sentencesFor(1));
        assertEquals(0, forty.sentencesFor(0));
        assertEquals(7, SummaryLength.ratio(1).sentencesFor(7));
    }

    @Test
    void badLengthsFailWhereTheyAreMade() {
        assertThrows(IllegalArgumentException.class, () -> SummaryLength.ratio(0));
        assertThrows(IllegalArgumentException.class, () -> SummaryLength.ratio(1.5));
        assertThrows(IllegalArgumentException.class, () -> SummaryLength.sentences(0));
        assertEquals(3, SummaryLength.sentences(3).sentencesFor(10));
    }
}
