package io.precis.eval.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import io.precis.article.Article;

import java.nio.file.Path;
import java.util.List;

/**
 * The htmldate set: the publication day of pages in many languages. No answer is a false negative,
 * the gold day a true positive, any other day a false positive; accuracy is TP over all pages.
 */
public final class PublicationDates implements Benchmark {
    private static final String SET = "publication-dates (htmldate)";

    @Override
    public List<Row> run(Path data) throws Exception {
        Path dir = data.resolve("publication-dates");
        int tp = 0, fp = 0, fn = 0;
        for (JsonNode r : GoldRecords.sample(GoldRecords.read(dir.resolve("htmldate.jsonl")))) {
            String gold = GoldRecords.text(r.get("gold"), "published");
            Article a = GoldRecords.extract(dir.resolve(r.get("html").asText()));
            String ours = a == null ? null : a.published();
            if (ours == null) fn++;
            else if (MetadataMatch.sameDay(gold, ours)) tp++;
            else fp++;
            if (!MetadataMatch.sameDay(gold, ours)) GoldRecords.miss(SET, r.get("id").asText(), "published", gold, ours);
        }
        int all = tp + fp + fn;
        double precision = tp + fp == 0 ? 0 : tp / (double) (tp + fp);
        double recall = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
        double f = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return List.of(
                new Row(SET, "date accuracy", all == 0 ? 0 : tp / (double) all, 0.91, "htmldate 1.10.0 0.903"),
                new Row(SET, "date F", f, Double.NaN, "htmldate 1.10.0 0.949"));
    }

    /** Runs this set alone: {@code java ... PublicationDates [DATA]}. */
    public static void main(String[] args) throws Exception {
        Rows.print(new PublicationDates().run(Path.of(args.length > 0 ? args[0] : "../shared/data")));
    }
}
