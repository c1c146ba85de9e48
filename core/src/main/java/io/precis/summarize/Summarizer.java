package io.precis.summarize;

import io.precis.article.Summary;
import io.precis.article.SummarySentence;
import io.precis.text.Languages;
import io.precis.text.Sentences;
import io.precis.text.Tokens;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Extractive, news-tuned summarizer. Every sentence gets a score from a small logistic model over position,
 * length, centrality, title and lead overlap ({@link Features}, {@link LinearModel}), trained to predict the
 * sentences of a ROUGE oracle summary as in supervised extractive summarizers (Nallapati et al., "SummaRuNNer",
 * AAAI 2017, with a linear model in place of the network). Sentences are taken best first; one whose word
 * trigrams are largely in the summary already is passed over (a softened trigram blocking: Paulus et al., "A Deep
 * Reinforced Model for Abstractive Summarization", ICLR 2018). The chosen sentences are returned in document order with their index,
 * score and the parts of the score. Deterministic; near-linear in the text's length; safe to share across threads.
 */
public final class Summarizer {
    public static final String METHOD = "precis-linear-v2";
    private static final int KEYPHRASES = 10;
    private static final double REDUNDANT_SHARE = 0.2;
    private final LinearModel model;

    public Summarizer() {
        this(LinearModel.bundled());
    }

    public Summarizer(LinearModel model) {
        this.model = model;
    }

    public Summary summarize(String title, List<String> paragraphs, SummaryLength length) {
        List<String> sentences = new ArrayList<>();
        List<Boolean> opens = new ArrayList<>();
        String language = language(title, paragraphs);
        for (String p : paragraphs) {
            List<String> split = Sentences.split(p, language);
            for (int k = 0; k < split.size(); k++) {
                sentences.add(split.get(k));
                opens.add(k == 0);
            }
        }
        if (sentences.isEmpty()) return Summary.empty(METHOD);
        boolean[] first = new boolean[sentences.size()];
        for (int i = 0; i < first.length; i++) first[i] = opens.get(i);
        double[][] x = Features.of(title, sentences, first);
        List<SummarySentence> scored = new ArrayList<>(x.length);
        for (int i = 0; i < x.length; i++) scored.add(new SummarySentence(i, sentences.get(i), model.logit(x[i]), null));
        // The parts of the score only for the chosen few: a long text has tens of thousands of sentences.
        List<SummarySentence> chosen = new ArrayList<>();
        for (SummarySentence c : choose(scored, length)) {
            chosen.add(new SummarySentence(c.index(), c.text(), c.score(), model.parts(x[c.index()])));
        }
        return new Summary(chosen, Keyphrases.of(title, sentences, KEYPHRASES), METHOD);
    }

    /** The article's language from its first paragraphs (one short paragraph alone is too little to tell). */
    private static String language(String title, List<String> paragraphs) {
        StringBuilder sample = new StringBuilder(title == null ? "" : title);
        for (String p : paragraphs) {
            if (sample.length() > 5_000) break;
            sample.append('\n').append(p);
        }
        String detected = Languages.detect(sample.toString());
        return detected == null ? "en" : detected;
    }

    /** Every sentence with its score (the model's logit) and the parts of that score. */
    public List<SummarySentence> score(String title, List<String> sentences, List<Boolean> opensParagraph) {
        boolean[] first = new boolean[sentences.size()];
        for (int i = 0; i < first.length; i++) first[i] = opensParagraph.get(i);
        double[][] x = Features.of(title, sentences, first);
        List<SummarySentence> out = new ArrayList<>(sentences.size());
        for (int i = 0; i < x.length; i++) {
            out.add(new SummarySentence(i, sentences.get(i), model.logit(x[i]), model.parts(x[i])));
        }
        return out;
    }

    static List<SummarySentence> choose(List<SummarySentence> scored, SummaryLength length) {
        int wanted = length.sentencesFor(scored.size());
        int budget = length instanceof SummaryLength.Words w ? w.budget() : Integer.MAX_VALUE;
        List<SummarySentence> ranked = new ArrayList<>(scored);
        ranked.sort(Comparator.comparingDouble(SummarySentence::score).reversed().thenComparingInt(SummarySentence::index));
        List<SummarySentence> chosen = new ArrayList<>();
        List<SummarySentence> blocked = new ArrayList<>();
        Set<String> trigrams = new HashSet<>();
        int words = 0;
        for (SummarySentence s : ranked) {
            if (chosen.size() >= wanted) break;
            List<String> w = Tokens.words(s.text());
            if (!chosen.isEmpty() && words + w.size() > budget) continue; // too long for what is left of the budget
            Set<String> own = trigrams(w);
            if (isRedundant(own, trigrams)) {
                blocked.add(s);
                continue;
            }
            chosen.add(s);
            trigrams.addAll(own);
            words += w.size();
        }
        // Too few sentences survive the blocking in short or repetitive texts: fill up with the best of the rest.
        for (SummarySentence s : blocked) {
            if (chosen.size() >= wanted) break;
            int size = Tokens.words(s.text()).size();
            if (words + size > budget) continue;
            chosen.add(s);
            words += size;
        }
        chosen.sort(Comparator.comparingInt(SummarySentence::index));
        return chosen;
    }

    /**
     * True when more than {@value #REDUNDANT_SHARE} of a sentence's word trigrams are already in the summary.
     * Blocking on a single shared trigram (as Paulus et al. do for 3-sentence summaries) is too strict for long
     * summaries, where sentences legitimately share phrases ("said the company"); a share works for both.
     */
    private static boolean isRedundant(Set<String> own, Set<String> chosen) {
        if (own.isEmpty()) return false;
        int seen = 0;
        for (String t : own) if (chosen.contains(t)) seen++;
        return seen > 0 && seen / (double) own.size() > REDUNDANT_SHARE;
    }

    private static Set<String> trigrams(List<String> w) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 2 < w.size(); i++) out.add(w.get(i) + ' ' + w.get(i + 1) + ' ' + w.get(i + 2));
        return out;
    }
}
