package io.precis.eval.summaries;

import io.precis.article.Summary;
import io.precis.eval.rouge.MeanRouge;
import io.precis.eval.rouge.Rouge;
import io.precis.eval.rouge.RougeData;
import io.precis.summarize.Summarizer;
import io.precis.summarize.SummaryLength;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * The summary quality table: for each set, LEAD and Precis on the held-out validation fold (never trained on) and
 * on the whole development split, with the published figures and speed. Also times a 1 MB article.
 */
public final class SummaryTable {
    private static final double BBC_RATIO = 0.4;

    private SummaryTable() {
    }

    public static int run(Path data, int limit, PrintStream out) throws Exception {
        Rouge rouge = RougeData.stemmedRouge(data);
        Summarizer summarizer = new Summarizer();
        out.println("ROUGE-1.5.5 F1 (-c 95 -r 1000 -n 2 -m; our implementation, see `precis eval rouge`), mean per document");
        out.printf("%-8s %-26s %6s %-20s %-20s %9s%n", "set", "system", "docs", "validation fold", "whole dev split", "docs/s");
        for (SummarySet set : SummarySet.values()) {
            List<SummaryDoc> docs = set.read(data, limit);
            SummaryLength length = set == SummarySet.CNNDM ? SummaryLength.sentences(3) : SummaryLength.ratio(BBC_RATIO);
            String lengthName = set == SummarySet.CNNDM ? "3 sentences" : "40%";
            MeanRouge leadVal = new MeanRouge();
            MeanRouge leadAll = new MeanRouge();
            MeanRouge oursVal = new MeanRouge();
            MeanRouge oursAll = new MeanRouge();
            long leadNanos = 0;
            long oursNanos = 0;
            for (int d = 0; d < docs.size(); d++) {
                SummaryDoc doc = docs.get(d);
                long t0 = System.nanoTime();
                List<String> all = Baselines.sentences(doc);
                List<String> lead = all.subList(0, length.sentencesFor(all.size()));
                long t1 = System.nanoTime();
                Summary summary = summarizer.summarize(doc.title(), doc.paragraphs(), length);
                long t2 = System.nanoTime();
                leadNanos += t1 - t0;
                oursNanos += t2 - t1;
                var leadScore = rouge.score(doc.reference(), lead);
                var oursScore = rouge.score(doc.reference(), summary.texts());
                leadAll.add(leadScore);
                oursAll.add(oursScore);
                if (Folds.isValidation(d)) {
                    leadVal.add(leadScore);
                    oursVal.add(oursScore);
                }
            }
            out.printf("%-8s %-26s %6d %-20s %-20s %9.0f%n", set.key, "LEAD-" + (set == SummarySet.CNNDM ? "3" : "40%"),
                    docs.size(), leadVal.format(), leadAll.format(), docs.size() / (leadNanos / 1e9));
            out.printf("%-8s %-26s %6d %-20s %-20s %9.0f%n", set.key, "precis (" + lengthName + ")", docs.size(),
                    oursVal.format(), oursAll.format(), docs.size() / (oursNanos / 1e9));
            out.printf("%-8s %-26s %6s %-20s%n", set.key, "published", "", published(set));
        }
        out.printf("1 MB article: %.0f ms to summarize (%d sentences chosen)%n", LongText.millis(summarizer), 3);
        return 0;
    }

    private static String published(SummarySet set) {
        return set == SummarySet.CNNDM
                ? "LEAD-3 40.34/17.70/36.57; PacSum 40.7/17.8/36.9; TextRank 33.2/11.8/29.6; BertSumExt 43.25/20.24/39.63"
                : "LEAD-40% 63.94/51.04/62.66; LEAD-3 44.58/36.27/43.52 (full set)";
    }
}
