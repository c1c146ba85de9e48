package io.precis.summarize;

import io.precis.article.SummarySentence;
import io.precis.article.Summary;
import io.precis.text.Sentences;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Extractive summarizer: scores each sentence by position and by overlap with the title and the
 * article's frequent words, takes the best ones and returns them in document order.
 */
public final class Summarizer {
    public static final String METHOD = "precis-v1";

    public Summary summarize(String title, List<String> paragraphs, SummaryLength length) {
        List<String> sentences = new ArrayList<>();
        for (String p : paragraphs) sentences.addAll(Sentences.split(p));
        if (sentences.isEmpty()) return Summary.empty(METHOD);
        Map<String, Integer> freq = new HashMap<>();
        List<Set<String>> words = new ArrayList<>();
        for (String s : sentences) {
            Set<String> w = words(s);
            words.add(w);
            for (String t : w) freq.merge(t, 1, Integer::sum);
        }
        Set<String> titleWords = title == null ? Set.of() : words(title);
        List<SummarySentence> scored = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            double position = 1.0 / (1 + i);
            double centrality = 0;
            for (String t : words.get(i)) centrality += freq.get(t) - 1;
            centrality = words.get(i).isEmpty() ? 0 : centrality / words.get(i).size() / sentences.size();
            double overlap = 0;
            for (String t : words.get(i)) if (titleWords.contains(t)) overlap++;
            overlap = titleWords.isEmpty() ? 0 : overlap / titleWords.size();
            double score = position + centrality + 0.5 * overlap;
            scored.add(new SummarySentence(i, sentences.get(i), score,
                    Map.of("position", position, "centrality", centrality, "title", overlap)));
        }
        int n = length.sentencesFor(sentences.size());
        List<SummarySentence> ranked = new ArrayList<>(scored);
        ranked.sort(Comparator.comparingDouble(SummarySentence::score).reversed().thenComparingInt(SummarySentence::index));
        List<SummarySentence> chosen = new ArrayList<>();
        int wordsUsed = 0;
        for (SummarySentence s : ranked) {
            if (chosen.size() >= n) break;
            if (length instanceof SummaryLength.Words w && wordsUsed >= w.budget()) break;
            chosen.add(s);
            wordsUsed += s.text().split("\\s+").length;
        }
        chosen.sort(Comparator.comparingInt(SummarySentence::index));
        return new Summary(chosen, List.of(), METHOD);
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) if (w.length() > 3) out.add(w);
        return out;
    }
}
