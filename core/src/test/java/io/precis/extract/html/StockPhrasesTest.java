package io.precis.extract.html;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StockPhrasesTest {
    @Test
    void teasersOpeningOnAStockPrefixAreStock() {
        assertTrue(StockPhrases.isStock("See all"));
        assertTrue(StockPhrases.isStock("Read more: Why the harbour froze over this winter"));
        assertTrue(StockPhrases.isStock("Related: The mayor's new budget, explained"));
        assertTrue(StockPhrases.isStock("More on the storm"));
        assertTrue(StockPhrases.isStock("Read more reviews in our guide to the best new novels of the season.See all "
                + "12 stories."));
    }

    @Test
    void aLongSentenceThatOnlyOpensOnAStockPrefixIsProse() {
        assertFalse(StockPhrases.isStock("See all the trains that leave the station each hour, where each one stops "
                + "and how full it usually is."));
        assertFalse(StockPhrases.isStock("Related studies in three other countries found much the same effect on "
                + "children who walked to school."));
    }
}
