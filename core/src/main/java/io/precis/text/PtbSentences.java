package io.precis.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Sentences of Penn-Treebank-tokenised text, where every punctuation mark is a token of its own
 * ({@code he said . `` we will ''}), as in the CNN/DailyMail release of See et al. (2017). A sentence ends at a
 * stand-alone {@code .}, {@code ?} or {@code !}, together with the closing quotes or brackets that follow it.
 */
final class PtbSentences {
    private static final Set<String> ENDS = Set.of(".", "?", "!");
    private static final Set<String> CLOSING = Set.of("''", "'", ")", "-rrb-", "”", "’", "\"", "]");

    private PtbSentences() {
    }

    /**
     * True when commas and full stops stand alone as tokens and commas are hardly ever attached to words: the
     * text was tokenised before we saw it. (Attached full stops do not count: "u.s." and "dr." keep theirs; nor do the dots of a typeset ". . .".)
     */
    static boolean looksTokenised(String text) {
        int standalone = 0;
        int attached = 0;
        int scanned = Math.min(text.length(), 20_000);
        for (int i = 0; i < scanned; i++) {
            char c = text.charAt(i);
            if (c != ',' && c != '.') continue;
            boolean spaceBefore = i > 0 && text.charAt(i - 1) == ' ';
            boolean spaceAfter = i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1));
            boolean spacedEllipsis = c == '.' && ((i >= 2 && text.charAt(i - 2) == '.')
                    || (i + 2 < text.length() && text.charAt(i + 2) == '.'));
            if (spaceBefore && spaceAfter && !spacedEllipsis) standalone++;
            else if (c == ',' && !spaceBefore && spaceAfter) attached++;
        }
        return standalone >= 2 && attached * 4 < standalone;
    }

    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        String[] tokens = text.strip().split("\\s+");
        StringBuilder sentence = new StringBuilder();
        for (int k = 0; k < tokens.length; k++) {
            if (!sentence.isEmpty()) sentence.append(' ');
            sentence.append(tokens[k]);
            if (!ENDS.contains(tokens[k])) continue;
            while (k + 1 < tokens.length && CLOSING.contains(tokens[k + 1])) sentence.append(' ').append(tokens[++k]);
            out.add(sentence.toString());
            sentence.setLength(0);
        }
        if (!sentence.isEmpty()) out.add(sentence.toString());
        return out;
    }
}
