package io.precis.eval.summaries;

import io.precis.text.Sentences;

import java.util.ArrayList;
import java.util.List;

/** A benchmark document split into sentences the way the summarizer splits it, with paragraph openings. */
record PreparedDoc(SummaryDoc doc, List<String> sentences, List<Boolean> opensParagraph) {
    static PreparedDoc of(SummaryDoc doc) {
        List<String> sentences = new ArrayList<>();
        List<Boolean> opens = new ArrayList<>();
        for (String p : doc.paragraphs()) {
            List<String> split = Sentences.split(p);
            for (int k = 0; k < split.size(); k++) {
                sentences.add(split.get(k));
                opens.add(k == 0);
            }
        }
        return new PreparedDoc(doc, List.copyOf(sentences), List.copyOf(opens));
    }
}
