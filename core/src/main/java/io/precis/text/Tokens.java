package io.precis.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Words of a text: lowercase runs of letters and digits (an apostrophe inside a word splits it). */
public final class Tokens {
    private Tokens() {
    }

    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean in = i < lower.length() && Character.isLetterOrDigit(lower.charAt(i));
            if (in && start < 0) start = i;
            else if (!in && start >= 0) {
                out.add(lower.substring(start, i));
                start = -1;
            }
        }
        return out;
    }

    /** Content words, stemmed: what two sentences must share to be about the same thing. */
    public static List<String> contentStems(List<String> words, StemCache stems) {
        List<String> out = new ArrayList<>();
        for (String w : words) if (!StopWords.contains(w) && (w.length() > 1 || Character.isDigit(w.charAt(0)))) out.add(stems.stem(w));
        return out;
    }
}
