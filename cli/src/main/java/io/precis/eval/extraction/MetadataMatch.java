package io.precis.eval.extraction;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The metadata comparisons of the news-metadata set, as its authors define them: title exact after
 * whitespace and quote normalisation; authors as a set, F1 per article after case and whitespace
 * normalisation; published date exact to the day.
 */
final class MetadataMatch {
    private MetadataMatch() {
    }

    static boolean sameTitle(String gold, String ours) {
        if (gold == null || gold.isBlank()) return ours == null || ours.isBlank();
        return ours != null && normaliseTitle(gold).equals(normaliseTitle(ours));
    }

    static String normaliseTitle(String s) {
        return s.replaceAll("[‘’‚‛′`´]", "'").replaceAll("[“”„‟″«»]", "\"")
                .replaceAll("[\\s\\u00A0]+", " ").strip();
    }

    /** Exact day: the first ten characters of an ISO-8601 date or instant. */
    static boolean sameDay(String gold, String ours) {
        if (gold == null) return ours == null;
        return ours != null && ours.length() >= 10 && ours.substring(0, 10).equals(gold.substring(0, Math.min(10, gold.length())));
    }

    /** Set F1 of author names; two empty sets agree (1.0). */
    static double authorsF1(Collection<String> gold, Collection<String> ours) {
        Set<String> g = normalised(gold);
        Set<String> o = normalised(ours);
        if (g.isEmpty() && o.isEmpty()) return 1.0;
        if (g.isEmpty() || o.isEmpty()) return 0.0;
        Set<String> common = new HashSet<>(g);
        common.retainAll(o);
        if (common.isEmpty()) return 0.0;
        double p = common.size() / (double) o.size();
        double r = common.size() / (double) g.size();
        return 2 * p * r / (p + r);
    }

    private static Set<String> normalised(Collection<String> names) {
        Set<String> out = new HashSet<>();
        for (String n : names) {
            String s = n.toLowerCase(Locale.ROOT).replaceAll("[\\s\\u00A0]+", " ").strip();
            if (!s.isEmpty()) out.add(s);
        }
        return out;
    }

    /** Same string after whitespace normalisation (sources, URLs). */
    static boolean sameText(String gold, String ours) {
        if (gold == null) return ours == null;
        return ours != null && gold.replaceAll("\\s+", " ").strip().equals(ours.replaceAll("\\s+", " ").strip());
    }
}
