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
 * length, centrality, title and lead overlap ({@link Features}, {@link LinearModel}), plus, for titled articles, a
 * small ensemble of boosted trees over the same features that corrects it where they interact
 * ({@link BoostedTrees}), trained to predict the sentences of a reference or ROUGE oracle summary as in supervised
 * extractive summarizers (Nallapati et al., "SummaRuNNer", AAAI 2017, with these models in place of the network). Sentences are taken best first; one whose word
 * trigrams are largely in the summary already is passed over (a softened trigram blocking: Paulus et al., "A Deep
 * Reinforced Model for Abstractive Summarization", ICLR 2018). The chosen sentences are returned in document order with their index,
 * score and the parts of the score. Deterministic; near-linear in the text's length; safe to share across threads.
 */
public final class Summarizer {
    public static final String METHOD = "precis-boosted-v3";
    private static final int KEYPHRASES = 10;
    /**
     * Redundancy blocking by profile: short summaries of untitled (CNN/DM-like) text skip a sentence that repeats
     * the summary; the long ratio summaries of titled (BBC-like) articles do not block at all, because their
     * extractive references keep sentences that share phrases (blocking there cost 0.3 ROUGE-1 on the training folds).
     */
    private static final double REDUNDANT_SHARE_UNTITLED = 0.2;
    private static final double NO_BLOCKING = 1.0;
    private final LinearModel model;
    private final BoostedTrees trees;

    public Summarizer() {
        this(LinearModel.bundled(), BoostedTrees.bundled());
    }

    public Summarizer(LinearModel model) {
        this(model, BoostedTrees.none());
    }

    public Summarizer(LinearModel model, BoostedTrees trees) {
        this.model = model;
        this.trees = trees;
    }

    /** The sentence's score: the linear logit plus the profile's boosted trees. */
    private double score(double[] x) {
        return model.logit(x) + trees.score(LinearModel.profile(x), x);
    }

    /** The parts of {@link #score}: the linear model's, and the trees' as {@code interactions}. */
    private java.util.Map<String, Double> parts(double[] x) {
        java.util.Map<String, Double> parts = model.parts(x);
        double t = trees.score(LinearModel.profile(x), x);
        if (t != 0) parts.merge("interactions", t, Double::sum);
        return parts;
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
        for (int i = 0; i < x.length; i++) scored.add(new SummarySentence(i, sentences.get(i), score(x[i]), null));
        // The parts of the score only for the chosen few: a long text has tens of thousands of sentences.
        List<SummarySentence> chosen = new ArrayList<>();
        for (SummarySentence c : choose(scored, length, redundantShare(x[0]))) {
            chosen.add(new SummarySentence(c.index(), c.text(), c.score(), parts(x[c.index()])));
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
            out.add(new SummarySentence(i, sentences.get(i), score(x[i]), parts(x[i])));
        }
        return out;
    }

    /** How much of a sentence may repeat the summary before it is passed over, for the profile of vector x. */
    static double redundantShare(double[] x) {
        return LinearModel.profile(x).equals("titled") ? NO_BLOCKING : REDUNDANT_SHARE_UNTITLED;
    }

    static List<SummarySentence> choose(List<SummarySentence> scored, SummaryLength length) {
        return choose(scored, length, REDUNDANT_SHARE_UNTITLED);
    }

    static List<SummarySentence> choose(List<SummarySentence> scored, SummaryLength length, double redundantShare) {
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
            if (isRedundant(own, trigrams, redundantShare)) {
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
     * True when more than {@code share} of a sentence's word trigrams are already in the summary (never when share
     * is 1).
     * Blocking on a single shared trigram (as Paulus et al. do for 3-sentence summaries) is too strict for long
     * summaries, where sentences legitimately share phrases ("said the company"); a share works for both.
     */
    private static boolean isRedundant(Set<String> own, Set<String> chosen, double share) {
        if (own.isEmpty()) return false;
        int seen = 0;
        for (String t : own) if (chosen.contains(t)) seen++;
        return seen > 0 && seen / (double) own.size() > share;
    }

    private static Set<String> trigrams(List<String> w) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 2 < w.size(); i++) out.add(w.get(i) + ' ' + w.get(i + 1) + ' ' + w.get(i + 2));
        return out;
    }
}
