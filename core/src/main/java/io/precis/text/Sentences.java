package io.precis.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits news text into sentences.
 *
 * <p>Rules, in the spirit of Kiss and Strunk's "Unsupervised Multilingual Sentence Boundary Detection"
 * (Computational Linguistics 32(4), 2006) but with hand-kept lists: a sentence ends at {@code . ! ? …} followed by
 * closing quotes or brackets, then white space, then something that can open a sentence. It does not end after a
 * title ({@code Mr.}, {@code Dott.}, {@code z.B.}), an initial, inside a number ({@code 3.5}, {@code $1.2bn}), at an
 * ellipsis inside a quotation or before a lowercase word, or after a German ordinal ({@code 3. Oktober}); an
 * abbreviation such as {@code U.S.} ends one only before a usual sentence opener ("The", "He"). Each line break
 * that follows a complete line (a headline, a list item) is a boundary; a line broken mid-sentence is joined.
 * Lowercased PTB-tokenised text (the CNN/DailyMail release: {@code he said . `` we will ''}) is recognised and split
 * at its stand-alone {@code . ? !} tokens instead.
 */
public final class Sentences {
    private static final String TERMINATORS = ".!?…";
    private static final String CLOSERS = "\"'”’)]»";
    private static final String OPENERS = "\"“‘'([«¿¡";
    private static final Set<String> OPENER_WORDS = Set.of("the", "he", "she", "it", "they", "we", "i", "you", "but",
            "and", "in", "a", "an", "this", "that", "these", "those", "there", "his", "her", "its", "their", "our", "as",
            "at", "on", "for", "if", "when", "while", "after", "before", "however", "so", "yet", "some", "many", "most",
            "der", "die", "das", "er", "sie", "es", "wir", "le", "la", "les", "il", "elle", "ils", "el", "los", "las",
            "lo", "gli", "os", "um", "uma");
    private static final Set<String> MONTHS = Set.of("januar", "jänner", "februar", "märz", "april", "mai", "juni",
            "juli", "august", "september", "oktober", "november", "dezember");

    private Sentences() {
    }

    /** The sentences of a text, in the language it is detected to be in (English when unclear). */
    public static List<String> split(String text) {
        return split(text, null);
    }

    /**
     * The sentences of a text.
     *
     * @param language ISO 639-1 code choosing the abbreviation list ({@code en de fr es it pt nl}); null detects it
     */
    public static List<String> split(String text, String language) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isBlank()) return out;
        if (PtbSentences.looksTokenised(text)) return PtbSentences.split(text);
        String lang = language != null ? language : detect(text);
        for (String line : Lines.logicalLines(text)) splitLine(line, lang, out);
        return out;
    }

    private static String detect(String text) {
        String lang = Languages.detect(text.length() > 20_000 ? text.substring(0, 20_000) : text);
        return lang == null ? "en" : lang;
    }

    private static void splitLine(String p, String lang, List<String> out) {
        int start = 0;
        int quoteDepth = 0;
        boolean straightQuoteOpen = false;
        int i = 0;
        while (i < p.length()) {
            char c = p.charAt(i);
            if (c == '“' || c == '«') quoteDepth++;
            else if ((c == '”' || c == '»') && quoteDepth > 0) quoteDepth--;
            else if (c == '"') straightQuoteOpen = !straightQuoteOpen;
            if (TERMINATORS.indexOf(c) < 0) {
                i++;
                continue;
            }
            int end = i + 1;
            int dots = c == '.' ? 1 : 0;
            boolean ellipsis = c == '…';
            while (end < p.length()) {
                char e = p.charAt(end);
                if (TERMINATORS.indexOf(e) >= 0) {
                    if (e == '.') dots++;
                    if (e == '…') ellipsis = true;
                    end++;
                } else if (e == ' ' && end + 1 < p.length() && p.charAt(end + 1) == '.' && dots > 0) {
                    end += 2; // ". . ." as typeset in newspapers
                    dots++;
                } else {
                    break;
                }
            }
            ellipsis |= dots >= 2;
            while (end < p.length() && CLOSERS.indexOf(p.charAt(end)) >= 0) {
                char q = p.charAt(end);
                if ((q == '”' || q == '»') && quoteDepth > 0) quoteDepth--;
                else if (q == '"') straightQuoteOpen = !straightQuoteOpen;
                end++;
            }
            int next = end;
            while (next < p.length() && Character.isWhitespace(p.charAt(next))) next++;
            boolean boundary = next < p.length() && next > end
                    && isBoundary(p, start, i, next, c, ellipsis, quoteDepth > 0 || straightQuoteOpen, lang);
            if (boundary) {
                out.add(p.substring(start, end).strip());
                start = next;
            }
            i = Math.max(end, i + 1);
        }
        String rest = p.substring(start).strip();
        if (!rest.isEmpty()) out.add(rest);
    }

    private static boolean isBoundary(String p, int start, int stop, int next, char terminator, boolean ellipsis,
                                      boolean inQuote, String lang) {
        char n = p.charAt(next);
        if (!(Character.isUpperCase(n) || Character.isDigit(n) || OPENERS.indexOf(n) >= 0)) return false;
        if (ellipsis) return !inQuote && !Character.isDigit(n);
        if (terminator != '.') return true;
        String word = wordBefore(p, start, stop);
        if (word.isEmpty()) return true;
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) return false; // an initial: "J. K. Rowling"
        String lower = Abbreviations.lower(word);
        String nextWord = Abbreviations.lower(wordAt(p, next));
        if (Abbreviations.isTitle(lower, lang)) return false;
        if (Abbreviations.isAbbreviation(lower, lang)) return OPENER_WORDS.contains(nextWord);
        if (isNumber(word) && (lang.equals("de") && MONTHS.contains(nextWord))) return false; // "am 3. Oktober"
        return true;
    }

    /** The word that ends at {@code dot}, without opening quotes or brackets. */
    private static String wordBefore(String p, int start, int dot) {
        int w = dot;
        while (w > start && !Character.isWhitespace(p.charAt(w - 1))) w--;
        while (w < dot && OPENERS.indexOf(p.charAt(w)) >= 0) w++;
        return p.substring(w, dot);
    }

    private static String wordAt(String p, int from) {
        int a = from;
        while (a < p.length() && !Character.isLetterOrDigit(p.charAt(a))) a++;
        int b = a;
        while (b < p.length() && Character.isLetterOrDigit(p.charAt(b))) b++;
        return p.substring(a, b);
    }

    private static boolean isNumber(String word) {
        if (word.isEmpty()) return false;
        for (int k = 0; k < word.length(); k++) if (!Character.isDigit(word.charAt(k))) return false;
        return true;
    }
}
