package io.precis.summarize;

import io.precis.text.StemCache;
import io.precis.text.StopWords;
import io.precis.text.Tokens;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Key phrases of an article in the manner of RAKE (Rose, Engel, Cramer and Cowley, "Automatic keyword extraction
 * from individual documents", Text Mining: Applications and Theory, 2010): candidates are runs of up to three
 * content words between stop words; a word scores its degree over its frequency; a phrase scores the sum of its
 * words, times how often it occurs, with a bonus for appearing in the title. Linear in the text's length.
 */
final class Keyphrases {
    private static final int MAX_WORDS = 3;
    /**
     * A word holding a web or e-mail address. Matched from a word's start only: tried from every position, a
     * long unbroken token (a pasted data URL, a base64 blob) would cost the square of its length.
     */
    private static final Pattern ADDRESS = Pattern.compile("(?<!\\S)\\S*(?:://|www\\.|@)\\S*");
    private static final Pattern PUNCTUATION = Pattern.compile("[,;:.!?()\\[\\]\"“”‘’«»—–]|\\s-\\s|'(?=\\s)|(?<=\\s)'");

    private Keyphrases() {
    }

    static List<String> of(String title, List<String> sentences, int count) {
        StemCache stems = new StemCache();
        Map<String, Integer> frequency = new HashMap<>();
        Map<String, Integer> degree = new HashMap<>();
        Map<String, Integer> occurrences = new HashMap<>();
        Map<String, String> surface = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (String s : sentences) {
            if (!seen.add(s)) continue; // a repeated block (boilerplate pasted twice) counts once
            for (List<String> run : runs(s)) {
                List<String> key = new ArrayList<>();
                for (String w : run) {
                    String st = stems.stem(w);
                    key.add(st);
                    frequency.merge(st, 1, Integer::sum);
                    degree.merge(st, run.size(), Integer::sum);
                }
                String k = String.join(" ", key);
                occurrences.merge(k, 1, Integer::sum);
                surface.putIfAbsent(k, String.join(" ", run));
            }
        }
        Set<String> titleStems = new HashSet<>();
        if (title != null) titleStems.addAll(Tokens.contentStems(Tokens.words(title), stems));
        List<Map.Entry<String, Double>> scored = new ArrayList<>();
        for (var e : occurrences.entrySet()) {
            double score = 0;
            boolean inTitle = false;
            for (String st : e.getKey().split(" ")) {
                score += degree.get(st) / (double) frequency.get(st);
                inTitle |= titleStems.contains(st);
            }
            score *= Math.log(1 + e.getValue()) * (inTitle ? 1.5 : 1.0);
            if (e.getValue() > 1 || inTitle) scored.add(Map.entry(e.getKey(), score));
        }
        scored.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<String> out = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (var e : scored) {
            if (out.size() >= count) break;
            if (!used.add(e.getKey())) continue;
            if (out.stream().anyMatch(p -> p.contains(surface.get(e.getKey())))) continue;
            out.add(surface.get(e.getKey()));
        }
        return out;
    }

    /**
     * Maximal runs of content words (at most {@link #MAX_WORDS}); numbers, stop words and punctuation break a run,
     * and web and e-mail addresses are no phrases at all.
     */
    private static List<List<String>> runs(String sentence) {
        List<List<String>> runs = new ArrayList<>();
        for (String clause : PUNCTUATION.split(ADDRESS.matcher(sentence).replaceAll(","))) runs(Tokens.words(clause), runs);
        return runs;
    }

    private static void runs(List<String> words, List<List<String>> runs) {
        List<String> run = new ArrayList<>();
        for (String w : words) {
            boolean content = w.length() > 2 && !StopWords.contains(w) && !Character.isDigit(w.charAt(0));
            if (content && run.size() < MAX_WORDS) {
                run.add(w);
                continue;
            }
            if (!run.isEmpty()) runs.add(run);
            run = new ArrayList<>();
            if (content) run.add(w);
        }
        if (!run.isEmpty()) runs.add(run);
    }
}
