package io.precis.eval.rouge;

import io.precis.text.PorterStemmer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Tokens as ROUGE-1.5.5 sees them with {@code -m}: lowercase, every character outside {@code [a-z0-9]}
 * becomes a space, and a token longer than 3 characters is replaced by its WordNet base form when the
 * exception lists know it, else by its Porter stem.
 */
public final class RougeTokenizer {
    private final WordNetExceptions exceptions;
    private final boolean stem;

    public RougeTokenizer(WordNetExceptions exceptions, boolean stem) {
        this.exceptions = exceptions;
        this.stem = stem;
    }

    public List<String> tokens(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder cleaned = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            cleaned.append((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ? c : ' ');
        }
        List<String> out = new ArrayList<>();
        for (String t : cleaned.toString().split(" +")) {
            if (t.isEmpty()) continue;
            out.add(stem && t.length() > 3 ? stemOf(t) : t);
        }
        return out;
    }

    private String stemOf(String token) {
        String base = exceptions.baseOf(token);
        return base != null ? base : PorterStemmer.stem(token);
    }
}
