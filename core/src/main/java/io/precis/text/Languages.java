package io.precis.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Language identification: the writing system first (Japanese kana, Korean Hangul, Chinese Han,
 * Arabic, Hebrew, Thai, Greek), then stop-word frequency among the languages written in Latin or
 * Cyrillic letters (profiles of about 20 languages in {@code stopwords.txt}, shipped in the jar).
 * Cheap, deterministic and good on article-length text; n-gram models such as Lingua are more
 * accurate on short strings but weigh tens of megabytes, which the Lambda package cannot afford.
 */
public final class Languages {
    private static final int MAX_WORDS = 2000;
    /** Generous: words average six or seven characters with their space in the languages counted by words. */
    private static final int MAX_CHARS_PER_WORD = 16;

    private Languages() {
    }

    /** ISO 639-1 code of the text's language, or null when the text is too short or unclear. */
    public static String detect(String text) {
        if (text == null || text.isBlank()) return null;
        String byScript = byScript(text);
        if (byScript != null) return byScript;
        int[] hits = new int[Profiles.LANGUAGES.length];
        int words = 0;
        // Only the first MAX_WORDS words count, so only a prefix that surely holds them is lowercased and split.
        String sample = text.length() > MAX_WORDS * MAX_CHARS_PER_WORD ? text.substring(0, MAX_WORDS * MAX_CHARS_PER_WORD) : text;
        String lower = sample.toLowerCase(Locale.ROOT);
        // The words are the runs of letters (what split("[^\\p{L}]+") gives, without its regular expression).
        for (int i = 0, n = lower.length(); i < n; ) {
            int cp = lower.codePointAt(i);
            if (!Character.isLetter(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < n && Character.isLetter(cp = lower.codePointAt(i))) i += Character.charCount(cp);
            if (++words > MAX_WORDS) break;
            int[] langs = Profiles.LANGUAGES_OF.get(lower.substring(start, i));
            if (langs != null) for (int l : langs) hits[l]++;
        }
        String best = null;
        int bestHits = 0;
        for (int l = 0; l < hits.length; l++) {
            if (hits[l] > bestHits) {
                best = Profiles.LANGUAGES[l];
                bestHits = hits[l];
            }
        }
        return bestHits >= Math.max(2, words / 20) ? best : null;
    }

    /** Languages that a script alone identifies, when at least a third of the letters are in it. */
    private static String byScript(String text) {
        int letters = 0, kana = 0, hangul = 0, han = 0, arabic = 0, hebrew = 0, thai = 0, greek = 0;
        int limit = Math.min(text.length(), 20_000);
        for (int i = 0; i < limit; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) continue;
            letters++;
            if (cp < 0x370) continue; // Latin letters, which none of the scripts below has; their script lookup is a search
            switch (Character.UnicodeScript.of(cp)) {
                case HIRAGANA, KATAKANA -> kana++;
                case HANGUL -> hangul++;
                case HAN -> han++;
                case ARABIC -> arabic++;
                case HEBREW -> hebrew++;
                case THAI -> thai++;
                case GREEK -> greek++;
                default -> { }
            }
        }
        if (letters == 0) return null;
        if (kana > letters / 20 && kana + han > letters / 3) return "ja";
        if (hangul > letters / 3) return "ko";
        if (han > letters / 3) return "zh";
        if (arabic > letters / 3) return "ar";
        if (hebrew > letters / 3) return "he";
        if (thai > letters / 3) return "th";
        if (greek > letters / 3) return "el";
        return null;
    }

    /** The stop-word profiles, read once from the jar on first use. */
    private static final class Profiles {
        static final Map<String, Set<String>> STOP_WORDS = load();
        /** The profiles' languages, in file order (which breaks ties). */
        static final String[] LANGUAGES = STOP_WORDS.keySet().toArray(String[]::new);
        /** Each stop word's languages, as indexes into {@link #LANGUAGES}: one look-up per word instead of one per profile. */
        static final Map<String, int[]> LANGUAGES_OF = invert();

        private static Map<String, int[]> invert() {
            Map<String, int[]> of = new HashMap<>();
            for (int l = 0; l < LANGUAGES.length; l++) {
                for (String w : STOP_WORDS.get(LANGUAGES[l])) {
                    int[] old = of.get(w);
                    int[] langs = old == null ? new int[1] : java.util.Arrays.copyOf(old, old.length + 1);
                    langs[langs.length - 1] = l;
                    of.put(w, langs);
                }
            }
            return of;
        }

        private static Map<String, Set<String>> load() {
            Map<String, Set<String>> profiles = new LinkedHashMap<>();
            try (InputStream in = Languages.class.getResourceAsStream("stopwords.txt")) {
                if (in == null) throw new IllegalStateException("stopwords.txt is missing from the jar");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line; (line = r.readLine()) != null; ) {
                    int colon = line.indexOf(':');
                    if (line.startsWith("#") || colon < 0) continue;
                    Set<String> words = new HashSet<>();
                    for (String w : line.substring(colon + 1).strip().split("\\s+")) words.add(w);
                    profiles.put(line.substring(0, colon).strip(), Set.copyOf(words));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return java.util.Collections.unmodifiableMap(profiles); // file order breaks ties
        }
    }
}
