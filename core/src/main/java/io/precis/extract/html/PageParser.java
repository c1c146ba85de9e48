package io.precis.extract.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Parses a page for extraction, after cutting out what no extractor reads: scripts (other than JSON-LD),
 * style sheets, inline SVG drawings and comments. On news pages these are most of the bytes, and the
 * parser's time grows with the bytes; cutting them first with plain string scans (no regular expressions)
 * lowers the cost of a page. The cut follows the HTML tokenizer's rules for raw text: a script or style
 * ends at the first {@code </script} or {@code </style}, whatever comes before it (a script holding
 * {@code <!--}, where the tokenizer's escaped states apply, ends the cutting instead).
 */
public final class PageParser {
    private static final String[] RAW_TAGS = {"script", "style", "svg"};

    private PageParser() {
    }

    public static Document parse(String html) {
        return Jsoup.parse(strip(html));
    }

    /** The page without comments, non-JSON-LD scripts, styles and SVG; everything else as it was. */
    static String strip(String s) {
        int n = s.length();
        StringBuilder out = new StringBuilder(n);
        int i = 0;
        while (i < n) {
            int lt = s.indexOf('<', i);
            if (lt < 0 || lt + 1 >= n) {
                out.append(s, i, n);
                break;
            }
            out.append(s, i, lt);
            if (s.startsWith("<!--", lt)) {
                int end = s.indexOf("-->", lt + 4);
                i = end < 0 ? n : end + 3;
                continue;
            }
            String tag = rawTagAt(s, lt + 1);
            if (tag == null) {
                out.append('<');
                i = lt + 1;
                continue;
            }
            int gt = s.indexOf('>', lt);
            if (gt < 0) {
                i = n;
                continue;
            }
            int close = indexOfCloseTag(s, tag, gt + 1);
            if (tag.equals("script") && close >= 0 && contains(s, "<!--", gt, close)) {
                // "<!--" in a script switches the tokenizer to its escaped states, where "</script>" may
                // not end it; rather than mimic them, leave the rest of the page to the parser as it is.
                out.append(s, lt, n);
                break;
            }
            int closeEnd = close < 0 ? -1 : s.indexOf('>', close);
            int end = closeEnd < 0 ? n : closeEnd + 1;
            // JSON-LD stays, copied whole: its strings may hold markup that must not be cut.
            if (tag.equals("script") && contains(s, "ld+json", lt, gt)) out.append(s, lt, end);
            i = end;
        }
        return out.toString();
    }

    private static String rawTagAt(String s, int at) {
        // Every raw tag starts with an s: any other ASCII character rules them all out at once. (Others go the
        // long way: regionMatches folds a few non-ASCII letters, as the long s, to ASCII ones.)
        char first = s.charAt(at);
        if (first < 128 && (first | 0x20) != 's') return null;
        for (String tag : RAW_TAGS) {
            int after = at + tag.length();
            if (after < s.length() && s.regionMatches(true, at, tag, 0, tag.length())) {
                char c = s.charAt(after);
                if (c == '>' || c == '/' || Character.isWhitespace(c)) return tag;
            }
        }
        return null;
    }

    /** Whether {@code what} occurs in {@code s} between {@code from} and {@code to}, looking no further. */
    private static boolean contains(String s, String what, int from, int to) {
        return from < to && s.indexOf(what, from, to) >= 0; // Java 21: a match must end by {@code to}
    }

    private static int indexOfCloseTag(String s, String tag, int from) {
        for (int i = s.indexOf("</", from); i >= 0; i = s.indexOf("</", i + 2)) {
            if (s.regionMatches(true, i + 2, tag, 0, tag.length())) return i;
        }
        return -1;
    }
}
