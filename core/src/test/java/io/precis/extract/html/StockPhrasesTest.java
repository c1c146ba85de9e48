package io.precis.extract.html;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StockPhrasesTest {
    /** As a paragraph's line, not a heading. */
    private static boolean isStock(String line) {
        return StockPhrases.isStock(line, false);
    }

    @Test
    void teasersOpeningOnAStockPrefixAreStock() {
        assertTrue(isStock("See all"));
        assertTrue(isStock("Read more: Why the harbour froze over this winter"));
        assertTrue(isStock("Related: The mayor's new budget, explained"));
        assertTrue(isStock("More on the storm"));
        assertTrue(isStock("Read more reviews in our guide to the best new novels of the season.See all "
                + "12 stories."));
    }

    @Test
    void aLongSentenceThatOnlyOpensOnAStockPrefixIsProse() {
        assertFalse(isStock("See all the trains that leave the station each hour, where each one stops "
                + "and how full it usually is."));
        assertFalse(isStock("Related studies in three other countries found much the same effect on "
                + "children who walked to school."));
    }
}
