package io.precis.text;

import java.util.List;
import java.util.Set;

/**
 * Function words that carry no topic, for the languages Precis splits (a union: they rarely collide with content
 * words of another language). Used to keep centrality and keyphrases about content.
 */
public final class StopWords {
    private static final Set<String> WORDS = Set.copyOf(List.of(
            // English
            "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as",
            "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could",
            "did", "do", "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has",
            "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in",
            "into", "is", "it", "its", "itself", "just", "me", "more", "most", "my", "myself", "no", "nor", "not",
            "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "out", "over", "own", "said",
            "same", "say", "says", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs",
            "them", "themselves", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under",
            "until", "up", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom",
            "why", "will", "with", "would", "you", "your", "yours", "s", "t", "n't", "mr", "mrs", "ms", "one", "two",
            "new", "year", "years", "may", "like", "told", "get", "got", "us",
            // German
            "der", "die", "das", "und", "ist", "nicht", "mit", "sich", "des", "auf", "für", "ein", "eine", "dem",
            "den", "zu", "von", "im", "auch", "wird", "sie", "er", "es", "wir", "ich", "aber", "oder", "wie", "bei",
            "nach", "aus", "noch", "nur", "so", "am", "um", "hat", "haben", "sind", "war", "wurde", "werden", "dass",
            // French
            "le", "la", "les", "et", "des", "est", "une", "un", "du", "que", "dans", "pour", "qui", "pas", "sur",
            "au", "avec", "il", "ce", "sont", "elle", "ils", "mais", "ou", "par", "plus", "se", "son", "sa", "ses",
            // Spanish, Italian, Portuguese
            "el", "los", "las", "y", "del", "en", "una", "con", "para", "es", "su", "al", "como", "más", "fue",
            "il", "di", "che", "e", "per", "della", "non", "sono", "nel", "gli", "si", "è", "anche", "alla",
            "o", "de", "do", "da", "em", "um", "uma", "não", "os", "no", "na", "dos", "foi", "mais", "ao"));

    private StopWords() {
    }

    public static boolean contains(String lowercaseWord) {
        return WORDS.contains(lowercaseWord);
    }
}
