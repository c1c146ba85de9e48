package io.precis.store;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SequencerTest {
    @Test
    void comparesAfterLeftPaddingSoAShorterSequencerIsOlder() {
        assertTrue(Sequencer.normalize("0065B7D8F1A2B3C4D9").compareTo(Sequencer.normalize("65B7D8F1A2B3C4D5")) > 0);
        assertTrue(Sequencer.normalize("FF").compareTo(Sequencer.normalize("100")) < 0);
        assertEquals(Sequencer.normalize("00ab"), Sequencer.normalize("AB"));
    }

    @Test
    void anAbsentSequencerIsTheOldestPossible() {
        assertEquals("0".repeat(40), Sequencer.normalize(null));
    }

    @Test
    void refusesWhatIsNotHex() {
        assertEquals("sequencer is not hexadecimal: 12G4",
                assertThrows(IllegalArgumentException.class, () -> Sequencer.normalize("12G4")).getMessage());
    }
}
