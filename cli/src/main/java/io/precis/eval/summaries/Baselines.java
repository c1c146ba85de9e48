package io.precis.eval.summaries;

import io.precis.text.Sentences;

import java.util.ArrayList;
import java.util.List;

/** The LEAD baselines: the article's first sentences. */
public final class Baselines {
    private Baselines() {
    }

    public static List<String> sentences(SummaryDoc doc) {
        List<String> all = new ArrayList<>();
        for (String p : doc.paragraphs()) all.addAll(Sentences.split(p));
        return all;
    }

    /** LEAD-n. */
    public static List<String> lead(SummaryDoc doc, int n) {
        List<String> all = sentences(doc);
        return List.copyOf(all.subList(0, Math.min(n, all.size())));
    }
}
