package io.precis.summarize;

import io.precis.text.StemCache;
import io.precis.text.Tokens;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The features of every sentence of an article, the inputs of the {@link LinearModel}: where the sentence is,
 * how long it is, how central it is (cosine with the whole article, tf-idf over the article's own sentences, as in
 * the centroid summarizers of Radev et al., "Centroid-based summarization of multiple documents", IPM 40(6), 2004),
 * and its {@link TextRank} score, how much it shares with the title and with the opening sentence, and a few
 * surface cues. Cost is linear in the text's length (TextRank's graph is bounded).
 */
public final class Features {
    /** Feature names, in vector order; the model's weight file names the same features. */
    public static final List<String> NAMES = List.of(
            "bias", "pos0", "pos1", "pos2", "pos3", "pos4", "pos5_6", "pos7_9", "pos10_14", "pos15_plus", "relpos",
            "len_lt8", "len8_14", "len15_24", "len25_34", "len35_49", "len50_plus", "log_length",
            "centrality", "centrality_rel", "textrank", "textrank_rel", "textrank_x_length", "frequency_mean", "frequency_content_mean", "frequency_sum_rel", "title_overlap", "has_title", "lead_similarity", "paragraph_first", "paragraph_last", "paragraph_relpos",
            "quote", "starts_quote", "question", "digits", "short_doc");
    /**
     * Features after {@link #NAMES} in every vector, for the {@link BoostedTrees} only (the linear model reads the
     * first {@code NAMES.size()}): Luhn's frequency once more, on plain lowercased letter words less a classic English
     * stop list (NLTK's), as the mean over the sentence's content words of their count in the article over the
     * largest count, and that score's place in the article (the share of sentences scoring higher); the number of
     * those content words; and the sentence's length in characters. Extractive references made by a word-frequency
     * scorer (BBC News Summary's look like that) pick the top of the article by such a score.
     */
    public static final List<String> TREE_NAMES = List.of(
            "letters_frequency_mean", "letters_frequency_rank", "letters_content_words", "characters");
    /** {@link #NAMES} then {@link #TREE_NAMES}: the full vector. */
    public static final List<String> ALL_NAMES = concat(NAMES, TREE_NAMES);
    private static final java.util.regex.Pattern LETTERS = java.util.regex.Pattern.compile("\\p{L}+");
    private static final Set<String> CLASSIC_STOP_WORDS = Set.of((
            "i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers "
            + "herself it its itself they them their theirs themselves what which who whom this that these those am is "
            + "are was were be been being have has had having do does did doing a an the and but if or because as "
            + "until while of at by for with about against between into through during before after above below to "
            + "from up down in out on off over under again further then once here there when where why how all any "
            + "both each few more most other some such no nor not only own same so than too very s t can will just "
            + "don should now d ll m o re ve y").split(" "));
    /** Which part of the score each feature belongs to, for {@code SummarySentence.parts}. */
    static final Map<String, String> PART = partOfScore();

    private Features() {
    }

    /** One vector per sentence; {@code paragraphFirst[i]} tells whether sentence i opens a paragraph. */
    public static double[][] of(String title, List<String> sentences, boolean[] paragraphFirst) {
        int n = sentences.size();
        StemCache stems = new StemCache();
        List<List<String>> words = new ArrayList<>(n);
        List<List<String>> content = new ArrayList<>(n);
        List<Map<String, Double>> vectors = new ArrayList<>(n);
        Map<String, Integer> sentenceFrequency = new HashMap<>();
        for (String s : sentences) {
            List<String> w = Tokens.words(s);
            words.add(w);
            Map<String, Double> tf = new HashMap<>();
            List<String> c = Tokens.contentStems(w, stems);
            content.add(c);
            for (String t : c) tf.merge(t, 1.0, Double::sum);
            vectors.add(tf);
            for (String t : tf.keySet()) sentenceFrequency.merge(t, 1, Integer::sum);
        }
        Map<String, Double> article = new HashMap<>();
        for (Map<String, Double> tf : vectors) {
            for (var e : tf.entrySet()) {
                double weight = (1 + Math.log(e.getValue())) * Math.log(1.0 + n / (double) sentenceFrequency.get(e.getKey()));
                e.setValue(weight);
                article.merge(e.getKey(), weight, Double::sum);
            }
        }
        double articleNorm = norm(article);
        Set<String> titleStems = title == null ? Set.of() : new HashSet<>(Tokens.contentStems(Tokens.words(title), stems));
        double[] centrality = new double[n];
        double maxCentrality = 1e-9;
        for (int i = 0; i < n; i++) {
            centrality[i] = dot(vectors.get(i), article) / (norm(vectors.get(i)) * articleNorm + 1e-9);
            maxCentrality = Math.max(maxCentrality, centrality[i]);
        }
        double[] textRank = TextRank.scores(content);
        // Luhn's significance by frequency (H. P. Luhn, "The automatic creation of literature abstracts", 1958):
        // how often the sentence's content words occur in the whole article.
        Map<String, Integer> counts = new HashMap<>();
        for (List<String> c : content) for (String t : c) counts.merge(t, 1, Integer::sum);
        double maxCount = 1;
        for (int c : counts.values()) maxCount = Math.max(maxCount, c);
        double[] frequencyMean = new double[n];
        double[] frequencyContentMean = new double[n];
        double[] frequencySum = new double[n];
        double maxFrequencySum = 1e-9;
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (String t : content.get(i)) sum += counts.get(t) / maxCount;
            frequencySum[i] = sum;
            frequencyMean[i] = sum / (1 + words.get(i).size());
            frequencyContentMean[i] = content.get(i).isEmpty() ? 0 : sum / content.get(i).size();
            maxFrequencySum = Math.max(maxFrequencySum, sum);
        }
        double maxTextRank = 1e-9;
        for (double r : textRank) maxTextRank = Math.max(maxTextRank, r);
        int[] paragraph = new int[n];
        int paragraphs = 0;
        for (int i = 0; i < n; i++) {
            if (paragraphFirst[i] && i > 0) paragraphs++;
            paragraph[i] = paragraphs;
        }
        double[] letterWords = new double[n];
        double[] letters = lettersFrequencyMean(sentences, letterWords);
        double[] lettersRank = shareAbove(letters);
        double[][] x = new double[n][];
        for (int i = 0; i < n; i++) {
            double[] f = new double[ALL_NAMES.size()];
            int k = 0;
            f[k++] = 1;
            f[k++] = i == 0 ? 1 : 0;
            f[k++] = i == 1 ? 1 : 0;
            f[k++] = i == 2 ? 1 : 0;
            f[k++] = i == 3 ? 1 : 0;
            f[k++] = i == 4 ? 1 : 0;
            f[k++] = i >= 5 && i <= 6 ? 1 : 0;
            f[k++] = i >= 7 && i <= 9 ? 1 : 0;
            f[k++] = i >= 10 && i <= 14 ? 1 : 0;
            f[k++] = i >= 15 ? 1 : 0;
            f[k++] = n <= 1 ? 0 : i / (double) (n - 1);
            int len = words.get(i).size();
            f[k++] = len < 8 ? 1 : 0;
            f[k++] = len >= 8 && len < 15 ? 1 : 0;
            f[k++] = len >= 15 && len < 25 ? 1 : 0;
            f[k++] = len >= 25 && len < 35 ? 1 : 0;
            f[k++] = len >= 35 && len < 50 ? 1 : 0;
            f[k++] = len >= 50 ? 1 : 0;
            double logLength = Math.log(1 + len) / 4;
            f[k++] = logLength;
            f[k++] = centrality[i];
            f[k++] = centrality[i] / maxCentrality;
            f[k++] = textRank[i];
            f[k++] = textRank[i] / maxTextRank;
            f[k++] = textRank[i] / maxTextRank * logLength;
            f[k++] = frequencyMean[i];
            f[k++] = frequencyContentMean[i];
            f[k++] = frequencySum[i] / maxFrequencySum;
            f[k++] = titleOverlap(vectors.get(i).keySet(), titleStems);
            f[k++] = titleStems.isEmpty() ? 0 : 1;
            f[k++] = i == 0 ? 0 : cosine(vectors.get(i), vectors.get(0));
            f[k++] = paragraphFirst[i] && i > 0 ? 1 : 0;
            f[k++] = paragraphs > 0 && (i == n - 1 || paragraphFirst[i + 1]) ? 1 : 0;
            f[k++] = paragraphs == 0 ? 0 : paragraph[i] / (double) paragraphs;
            String s = sentences.get(i);
            f[k++] = hasQuote(s) ? 1 : 0;
            f[k++] = startsWithQuote(s) ? 1 : 0;
            f[k++] = s.contains("?") ? 1 : 0;
            f[k++] = digitShare(words.get(i));
            f[k++] = n <= 5 ? 1 : 0;
            f[k++] = letters[i];
            f[k++] = lettersRank[i];
            f[k++] = letterWords[i];
            f[k++] = s.length();
            x[i] = f;
        }
        return x;
    }

    private static List<String> contentLetterWords(String sentence) {
        List<String> out = new ArrayList<>();
        var m = LETTERS.matcher(sentence.toLowerCase(java.util.Locale.ROOT));
        while (m.find()) if (!CLASSIC_STOP_WORDS.contains(m.group())) out.add(m.group());
        return out;
    }

    /**
     * Per sentence: the mean over its content letter words of their count in the article over the largest count;
     * {@code wordCounts[i]} gets the number of those words.
     */
    static double[] lettersFrequencyMean(List<String> sentences, double[] wordCounts) {
        List<List<String>> words = new ArrayList<>(sentences.size());
        Map<String, Integer> counts = new HashMap<>();
        for (String s : sentences) {
            List<String> w = contentLetterWords(s);
            words.add(w);
            for (String t : w) counts.merge(t, 1, Integer::sum);
        }
        double max = 1;
        for (int c : counts.values()) max = Math.max(max, c);
        double[] out = new double[sentences.size()];
        for (int i = 0; i < out.length; i++) {
            double sum = 0;
            for (String t : words.get(i)) sum += counts.get(t) / max;
            out[i] = words.get(i).isEmpty() ? 0 : sum / words.get(i).size();
            wordCounts[i] = words.get(i).size();
        }
        return out;
    }

    /** Per value: the share of the values strictly greater than it (0 for the largest); O(n log n). */
    static double[] shareAbove(double[] v) {
        double[] sorted = v.clone();
        java.util.Arrays.sort(sorted);
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            // the first index holding a value greater than v[i]
            int lo = 0;
            int hi = sorted.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (sorted[mid] <= v[i]) lo = mid + 1;
                else hi = mid;
            }
            out[i] = (sorted.length - lo) / (double) v.length;
        }
        return out;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return List.copyOf(out);
    }

    private static double titleOverlap(Set<String> sentence, Set<String> title) {
        if (title.isEmpty()) return 0;
        int shared = 0;
        for (String t : title) if (sentence.contains(t)) shared++;
        return shared / (double) title.size();
    }

    private static boolean hasQuote(String s) {
        return s.indexOf('"') >= 0 || s.indexOf('“') >= 0 || s.indexOf('”') >= 0 || s.contains("``") || s.contains("''");
    }

    private static boolean startsWithQuote(String s) {
        return s.startsWith("\"") || s.startsWith("“") || s.startsWith("``") || s.startsWith("'") || s.startsWith("‘");
    }

    private static double digitShare(List<String> words) {
        if (words.isEmpty()) return 0;
        int digits = 0;
        for (String w : words) if (Character.isDigit(w.charAt(0))) digits++;
        return digits / (double) words.size();
    }

    static double cosine(Map<String, Double> a, Map<String, Double> b) {
        double na = norm(a);
        double nb = norm(b);
        return na == 0 || nb == 0 ? 0 : dot(a, b) / (na * nb);
    }

    private static double dot(Map<String, Double> a, Map<String, Double> b) {
        if (a.size() > b.size()) return dot(b, a);
        double sum = 0;
        for (var e : a.entrySet()) {
            Double w = b.get(e.getKey());
            if (w != null) sum += e.getValue() * w;
        }
        return sum;
    }

    private static double norm(Map<String, Double> v) {
        double sum = 0;
        for (double w : v.values()) sum += w * w;
        return Math.sqrt(sum);
    }

    private static Map<String, String> partOfScore() {
        Map<String, String> part = new HashMap<>();
        for (String name : NAMES) {
            String p;
            if (name.startsWith("pos") || name.equals("relpos") || name.startsWith("paragraph_")) p = "position";
            else if (name.startsWith("len") || name.equals("log_length")) p = "length";
            else if (name.startsWith("centrality") || name.startsWith("textrank") || name.startsWith("frequency")) p = "centrality";
            else if (name.contains("title")) p = "title";
            else if (name.equals("lead_similarity")) p = "lead";
            else p = "other";
            part.put(name, p);
        }
        return Map.copyOf(part);
    }
}
