package io.precis.eval.summaries;

import io.precis.summarize.Summarizer;
import io.precis.summarize.SummaryLength;

import java.util.ArrayList;
import java.util.List;

/** A synthetic 1 MB news text (varied sentences in paragraphs), to measure that cost stays near-linear. */
final class LongText {
    private LongText() {
    }

    static List<String> paragraphs(int bytes) {
        String[] subjects = {"The minister", "Officials in Berlin", "Dr. Smith of the U.S. agency", "Analysts", "The company"};
        String[] verbs = {"said", "warned", "announced", "denied", "confirmed"};
        String[] objects = {"that prices rose 3.5% in Jan. and Feb.", "a plan worth $1.2bn for schools",
                "the report on climate policy", "talks with union leaders", "new rules for banks"};
        List<String> paragraphs = new ArrayList<>();
        StringBuilder p = new StringBuilder();
        int size = 0;
        long k = 0;
        while (size < bytes) {
            String s = subjects[(int) (k % 5)] + " " + verbs[(int) (k / 5 % 5)] + " " + objects[(int) (k / 25 % 5)]
                    + " on day " + k + ". ";
            p.append(s);
            size += s.length();
            if (++k % 6 == 0) {
                paragraphs.add(p.toString().strip());
                p.setLength(0);
            }
        }
        if (!p.isEmpty()) paragraphs.add(p.toString().strip());
        return paragraphs;
    }

    static double millis(Summarizer summarizer) {
        List<String> paragraphs = paragraphs(1 << 20);
        summarizer.summarize("Minister announces plan", paragraphs, SummaryLength.sentences(3)); // warm up
        long t0 = System.nanoTime();
        summarizer.summarize("Minister announces plan", paragraphs, SummaryLength.sentences(3));
        return (System.nanoTime() - t0) / 1e6;
    }
}
