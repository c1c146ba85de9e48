package io.precis.extract.html;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The word tests behind the boilerplate verdicts. */
class BoilerplateTest {
    private static final Set<String> WORDS = Set.of("share", "read-more", "screen-reader-text");

    @Test
    void headsAreThePartsBeforeTheFirstHyphen() {
        assertEquals(Set.of("read", "screen"), Boilerplate.heads(WORDS));
    }

    @Test
    void tokensJoinIntoHyphenatedWordsOnlyAfterAHead() {
        Set<String> heads = Boilerplate.heads(WORDS);
        assertTrue(Boilerplate.anyWord(List.of("c", "share"), WORDS, heads));
        assertTrue(Boilerplate.anyWord(List.of("c", "read", "more"), WORDS, heads));
        assertTrue(Boilerplate.anyWord(List.of("screen", "reader", "text"), WORDS, heads));
        assertFalse(Boilerplate.anyWord(List.of("more", "read"), WORDS, heads));
        assertFalse(Boilerplate.anyWord(List.of("screen", "reader"), WORDS, heads));
    }
}
