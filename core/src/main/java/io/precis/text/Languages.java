package io.precis.text;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Language identification by stop-word frequency: cheap, deterministic and good on article-length
 * text. (n-gram models such as Lingua are more accurate on short strings but weigh tens of
 * megabytes, which the Lambda package cannot afford.)
 */
public final class Languages {
    private static final Map<String, Set<String>> STOP_WORDS = Map.of(
            "en", Set.of("the", "and", "of", "to", "in", "is", "that", "for", "it", "was", "on", "with", "he", "as", "said", "by", "at", "are", "this", "from"),
            "de", Set.of("der", "die", "und", "das", "ist", "nicht", "mit", "sich", "des", "auf", "für", "ein", "eine", "dem", "den", "zu", "von", "im", "auch", "wird"),
            "fr", Set.of("le", "la", "les", "et", "des", "est", "une", "un", "du", "que", "dans", "pour", "qui", "pas", "sur", "au", "avec", "il", "ce", "sont"),
            "es", Set.of("el", "la", "los", "las", "y", "que", "del", "en", "un", "una", "por", "con", "para", "es", "se", "su", "al", "como", "más", "fue"),
            "it", Set.of("il", "di", "che", "la", "e", "per", "un", "una", "del", "della", "non", "sono", "con", "nel", "gli", "le", "si", "è", "anche", "alla"),
            "pt", Set.of("o", "de", "que", "do", "da", "em", "um", "uma", "para", "com", "não", "os", "no", "na", "se", "por", "mais", "as", "dos", "foi"),
            "nl", Set.of("de", "het", "een", "en", "van", "is", "dat", "niet", "op", "te", "zijn", "voor", "met", "die", "ook", "aan", "er", "maar", "om", "werd"));

    private Languages() {
    }

    /** ISO 639-1 code of the text's language, or null when the text is too short or unclear. */
    public static String detect(String text) {
        if (text == null || text.isBlank()) return null;
        Map<String, Integer> hits = new HashMap<>();
        int words = 0;
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.isEmpty()) continue;
            if (++words > 2000) break;
            for (var e : STOP_WORDS.entrySet()) if (e.getValue().contains(w)) hits.merge(e.getKey(), 1, Integer::sum);
        }
        String best = null;
        int bestHits = 0;
        for (String lang : List.copyOf(hits.keySet())) {
            int h = hits.get(lang);
            if (h > bestHits || (h == bestHits && lang.compareTo(best) < 0)) {
                best = lang;
                bestHits = h;
            }
        }
        return bestHits >= Math.max(2, words / 20) ? best : null;
    }
}
