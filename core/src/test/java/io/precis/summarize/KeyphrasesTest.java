package io.precis.summarize;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeyphrasesTest {
    private static final List<String> SENTENCES = List.of(
            "The harbour board approved the new pier on Monday.",
            "Write to the harbour board at board@harbour.example or see https://harbour.example/pier-plan for the pier plan.",
            "The new pier will open next spring, the harbour board said.",
            "Visit www.harbour.example/news for more on the harbour board.");

    @Test
    void repeatedContentWordsMakeThePhrases() {
        List<String> phrases = Keyphrases.of("Harbour board approves new pier", SENTENCES, 5);
        assertTrue(phrases.stream().anyMatch(p -> p.contains("harbour board")), phrases.toString());
    }

    @Test
    void webAndMailAddressesAreNoPhrases() {
        List<String> phrases = Keyphrases.of("Harbour board approves new pier", SENTENCES, 10);
        assertFalse(phrases.stream().anyMatch(p -> p.contains("example") || p.contains("https") || p.contains("www")),
                phrases.toString());
    }
}
