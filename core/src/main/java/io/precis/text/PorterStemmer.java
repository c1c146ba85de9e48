package io.precis.text;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Porter stemmer: M. F. Porter, "An algorithm for suffix stripping", Program 14(3), 1980.
 *
 * <p>This is the variant of Porter's own reference Perl implementation, the one ROUGE-1.5.5 embeds
 * (it differs from NLTK's default mode, e.g. {@code "generously"} and the {@code logi} rule), so
 * that the summarizer and the ROUGE evaluation see the same stems. Expects a lowercase word; words
 * shorter than 3 characters are returned unchanged. Stateless and thread-safe.
 */
public final class PorterStemmer {
    private static final String C1 = "[^aeiou]";
    private static final String V1 = "[aeiouy]";
    private static final String CS = C1 + "[^aeiouy]*";
    private static final String VS = V1 + "[aeiou]*";
    private static final Pattern M_GT_0 = Pattern.compile("^(" + CS + ")?" + VS + CS);
    private static final Pattern M_EQ_1 = Pattern.compile("^(" + CS + ")?" + VS + CS + "(" + VS + ")?$");
    private static final Pattern M_GT_1 = Pattern.compile("^(" + CS + ")?" + VS + CS + VS + CS);
    private static final Pattern HAS_VOWEL = Pattern.compile("^(" + CS + ")?" + V1);
    private static final Pattern CVC_END = Pattern.compile("^" + CS + V1 + "[^aeiouwxy]$");

    private static final Pattern STEP1A_SSES_IES = Pattern.compile("(ss|i)es$");
    private static final Pattern STEP1A_S = Pattern.compile("([^s])s$");
    private static final Pattern STEP1B_EED = Pattern.compile("eed$");
    private static final Pattern STEP1B_ED_ING = Pattern.compile("(ed|ing)$");
    private static final Pattern AT_BL_IZ = Pattern.compile("(at|bl|iz)$");
    private static final Pattern DOUBLE_CONSONANT = Pattern.compile("([^aeiouylsz])\\1$");
    private static final Pattern STEP1C_Y = Pattern.compile("y$");
    private static final Pattern STEP2 = Pattern.compile(
            "(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$");
    private static final Pattern STEP3 = Pattern.compile("(icate|ative|alize|iciti|ical|ful|ness)$");
    private static final Pattern STEP4 = Pattern.compile(
            "(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)$");
    private static final Pattern STEP4_ION = Pattern.compile("(s|t)(ion)$");
    private static final Pattern STEP5_E = Pattern.compile("e$");

    private static final Map<String, String> STEP2_SUFFIXES = Map.ofEntries(
            Map.entry("ational", "ate"), Map.entry("tional", "tion"), Map.entry("enci", "ence"),
            Map.entry("anci", "ance"), Map.entry("izer", "ize"), Map.entry("bli", "ble"), Map.entry("alli", "al"),
            Map.entry("entli", "ent"), Map.entry("eli", "e"), Map.entry("ousli", "ous"), Map.entry("ization", "ize"),
            Map.entry("ation", "ate"), Map.entry("ator", "ate"), Map.entry("alism", "al"), Map.entry("iveness", "ive"),
            Map.entry("fulness", "ful"), Map.entry("ousness", "ous"), Map.entry("aliti", "al"),
            Map.entry("iviti", "ive"), Map.entry("biliti", "ble"), Map.entry("logi", "log"));
    private static final Map<String, String> STEP3_SUFFIXES = Map.of(
            "icate", "ic", "ative", "", "alize", "al", "iciti", "ic", "ical", "ic", "ful", "", "ness", "");

    private PorterStemmer() {
    }

    /** The stem of a lowercase word. */
    public static String stem(String word) {
        if (word.length() < 3) return word;
        String w = word;
        boolean initialY = w.charAt(0) == 'y';
        // An initial y is a consonant: uppercase it so that the vowel classes never match it.
        if (initialY) w = 'Y' + w.substring(1);

        Matcher m;
        if ((m = STEP1A_SSES_IES.matcher(w)).find()) w = w.substring(0, m.start()) + m.group(1);
        else if ((m = STEP1A_S.matcher(w)).find()) w = w.substring(0, m.start()) + m.group(1);

        if ((m = STEP1B_EED.matcher(w)).find()) {
            if (M_GT_0.matcher(w.substring(0, m.start())).find()) w = w.substring(0, w.length() - 1);
        } else if ((m = STEP1B_ED_ING.matcher(w)).find()) {
            String stem = w.substring(0, m.start());
            if (HAS_VOWEL.matcher(stem).find()) {
                w = stem;
                if (AT_BL_IZ.matcher(w).find()) w = w + "e";
                else if (DOUBLE_CONSONANT.matcher(w).find()) w = w.substring(0, w.length() - 1);
                else if (CVC_END.matcher(w).find()) w = w + "e";
            }
        }

        if ((m = STEP1C_Y.matcher(w)).find()) {
            String stem = w.substring(0, m.start());
            if (HAS_VOWEL.matcher(stem).find()) w = stem + "i";
        }

        if ((m = STEP2.matcher(w)).find()) {
            String stem = w.substring(0, m.start());
            if (M_GT_0.matcher(stem).find()) w = stem + STEP2_SUFFIXES.get(m.group(1));
        }

        if ((m = STEP3.matcher(w)).find()) {
            String stem = w.substring(0, m.start());
            if (M_GT_0.matcher(stem).find()) w = stem + STEP3_SUFFIXES.get(m.group(1));
        }

        if ((m = STEP4.matcher(w)).find()) {
            String stem = w.substring(0, m.start());
            if (M_GT_1.matcher(stem).find()) w = stem;
        } else if ((m = STEP4_ION.matcher(w)).find()) {
            String stem = w.substring(0, m.start()) + m.group(1);
            if (M_GT_1.matcher(stem).find()) w = stem;
        }

        if ((m = STEP5_E.matcher(w)).find()) {
            String stem = w.substring(0, m.start());
            if (M_GT_1.matcher(stem).find() || (M_EQ_1.matcher(stem).find() && !CVC_END.matcher(stem).find())) w = stem;
        }
        if (w.endsWith("ll") && M_GT_1.matcher(w).find()) w = w.substring(0, w.length() - 1);

        if (initialY) w = 'y' + w.substring(1);
        return w;
    }
}
