package io.precis.text;

import java.util.HashMap;
import java.util.Map;

/**
 * Porter stems remembered for the length of one document: a news text repeats its words, and stemming each
 * occurrence again would make a long text needlessly slow. Not thread-safe; make one per document.
 */
public final class StemCache {
    private final Map<String, String> stems = new HashMap<>();

    public String stem(String word) {
        String s = stems.get(word);
        if (s == null) {
            s = isAscii(word) ? PorterStemmer.stem(word) : word;
            stems.put(word, s);
        }
        return s;
    }

    private static boolean isAscii(String w) {
        for (int i = 0; i < w.length(); i++) if (w.charAt(i) > 127) return false;
        return true;
    }
}
