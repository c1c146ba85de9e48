package io.precis.extract;

import io.precis.article.Article;
import io.precis.article.QualityFlag;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The warnings a reader of an extracted article should see; each rule says what it looks for. */
final class QualityFlags {
    /** Below this, a "summary" is most of the text (a news brief is about 150 words). */
    static final int TOO_SHORT_WORDS = 80;
    private static final Pattern PAYWALL = Pattern.compile(
            "subscribe (now )?to (continue|read|keep reading|unlock)|to continue reading|continue reading with|"
                    + "already a subscriber|this (article|content|story) is (only )?(available )?(for|to) (subscribers|members)|"
                    + "sign in to (continue|read)|log in to (continue|read)|create a free account to (continue|read)|"
                    + "you have reached your (free )?(article )?limit|become a (member|subscriber) to|unlock this article|"
                    + "weiterlesen mit|jetzt abonnieren|abonnieren sie|réservé aux abonnés|la suite est réservée|"
                    + "contenido exclusivo para suscriptores|solo para suscriptores|riservato agli abbonati");
    /**
     * Words, one of which is in every phrase {@link #PAYWALL} matches ("subscri" in subscribe, subscriber(s);
     * "member" in member(s); "réservé" in réservée): text with none of them cannot match, and looking for them
     * is much cheaper than trying the pattern's alternatives at every position of a long paragraph.
     */
    private static final String[] PAYWALL_WORDS = {"subscri", "member", "continue reading", "sign in to", "log in to",
            "free account", "reached your", "unlock this", "weiterlesen", "abonnieren", "réservé", "suscriptores",
            "abbonati"};
    private static final Pattern ENDS_A_SENTENCE = Pattern.compile("[.!?…:;)\\]\"'”’»。！？]\\s*$");

    private static final String SENTENCE_ENDS = ".!?…:;)]\"'”’»。！？";

    private QualityFlags() {
    }

    /**
     * {@code ENDS_A_SENTENCE.matcher(text).find()} without trying the pattern at every position: the mark must be
     * the last character before trailing white space (\s: ASCII only), where "$" matches at the end of the text or
     * before a final line terminator (which \s does not cover for U+0085, U+2028 and U+2029).
     */
    static boolean endsASentence(String text) {
        int end = text.length();
        if (endsWithMark(text, end)) return true;
        if (end > 0) {
            char last = text.charAt(end - 1);
            if (last == '\u0085' || last == '\u2028' || last == '\u2029') return endsWithMark(text, end - 1);
        }
        return false;
    }

    private static boolean endsWithMark(String text, int end) {
        int j = end;
        while (j > 0 && isSpace(text.charAt(j - 1))) j--;
        return j > 0 && SENTENCE_ENDS.indexOf(text.charAt(j - 1)) >= 0;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    static Set<QualityFlag> of(Article a) {
        Set<QualityFlag> flags = EnumSet.noneOf(QualityFlag.class);
        flags.addAll(a.flags());
        if (a.wordCount() < TOO_SHORT_WORDS) flags.add(QualityFlag.TOO_SHORT);
        if (a.published() == null) flags.add(QualityFlag.NO_DATE);
        if (a.authors().isEmpty()) flags.add(QualityFlag.NO_AUTHOR);
        if (probablyTruncated(a.paragraphs())) flags.add(QualityFlag.PROBABLY_TRUNCATED);
        if (mostlyBoilerplate(a.paragraphs())) flags.add(QualityFlag.MOSTLY_BOILERPLATE);
        return flags;
    }

    /** A paywall notice near the end, or a last paragraph that stops mid-sentence. */
    static boolean probablyTruncated(List<String> paragraphs) {
        if (paragraphs.isEmpty()) return false;
        for (int i = Math.max(0, paragraphs.size() - 3); i < paragraphs.size(); i++) {
            // lowercased once rather than matched with (?iu), whose per-character case folding is slow
            if (paywallNotice(paragraphs.get(i).toLowerCase(Locale.ROOT))) return true;
        }
        String last = paragraphs.get(paragraphs.size() - 1).strip();
        if (last.endsWith("...") || last.endsWith("…") || last.endsWith("[…]")) return true;
        // a long last paragraph without a sentence end was cut; a short one may be a sign-off or credit
        return hasWords(last, 12) && !endsASentence(last);
    }

    /** {@code PAYWALL.matcher(lower).find()}, tried only on lower-case text holding one of {@link #PAYWALL_WORDS}. */
    static boolean paywallNotice(String lower) {
        for (String w : PAYWALL_WORDS) if (lower.contains(w)) return PAYWALL.matcher(lower).find();
        return false;
    }

    /** Most of the "paragraphs" are short fragments (menu items, captions, link text), not prose. */
    static boolean mostlyBoilerplate(List<String> paragraphs) {
        if (paragraphs.size() < 6) return false;
        int fragments = 0;
        for (String p : paragraphs) {
            if (!hasWords(p, 8) && !endsASentence(p)) fragments++;
        }
        return fragments * 2 > paragraphs.size();
    }

    /**
     * Whether the text has at least {@code n} white-space separated words (as {@code split("\\s+")} counts
     * them on stripped text), counting only that far: paragraphs can be thousands of words long.
     */
    static boolean hasWords(String text, int n) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord && ++words >= n) return true;
            inWord = !space;
        }
        return false;
    }
}
