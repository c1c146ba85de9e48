package io.precis.eval.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import io.precis.article.Article;
import io.precis.article.Author;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The copied-text set: the news-metadata articles as plain text a person saves or pastes, in two
 * layouts. Aggregator exports are scored on every field; text-browser (lynx) dumps on title, date and
 * body. Fields as in {@link NewsMetadata}; body F1 as the news-metadata body ({@link ShingleF1#NEWSPAPER4K}).
 */
public final class CopiedText implements Benchmark {

    @Override
    public List<Row> run(Path data) throws Exception {
        Path dir = data.resolve("copied-text");
        Score aggregator = new Score(), lynx = new Score();
        for (JsonNode r : GoldRecords.sample(GoldRecords.read(dir.resolve("copied.jsonl")))) {
            Score s = r.get("style").asText().equals("lynx") ? lynx : aggregator;
            s.add(r.get("id").asText(), r.get("gold"), GoldRecords.extract(dir.resolve(r.get("text").asText())));
        }
        List<Row> rows = new ArrayList<>();
        String set = "copied-text aggregator";
        rows.add(new Row(set, "title exact", aggregator.title / aggregator.n, 0.99, ""));
        rows.add(new Row(set, "source exact", aggregator.source / aggregator.n, 0.99, ""));
        rows.add(new Row(set, "date exact", aggregator.date / aggregator.n, 0.99, ""));
        rows.add(new Row(set, "authors F1", aggregator.authors / aggregator.n, 0.99, ""));
        rows.add(new Row(set, "url exact", aggregator.url / aggregator.n, 0.99, ""));
        rows.add(new Row(set, "body F1", ShingleF1.NEWSPAPER4K.score(aggregator.body).f1(), 0.99, ""));
        set = "copied-text lynx";
        rows.add(new Row(set, "title exact", lynx.title / lynx.n, 0.90, ""));
        rows.add(new Row(set, "date exact", lynx.date / lynx.n, 0.80, ""));
        rows.add(new Row(set, "body F1", ShingleF1.NEWSPAPER4K.score(lynx.body).f1(), 0.85, ""));
        return rows;
    }

    /** Running totals for one layout. */
    private static final class Score {
        double title, source, date, authors, url;
        int n;
        final List<ShingleF1.Counts> body = new ArrayList<>();

        void add(String id, JsonNode gold, Article a) {
            n++;
            String set = "copied-text";
            body.add(ShingleF1.NEWSPAPER4K.counts(GoldRecords.text(gold, "body"), a == null ? "" : a.body()));
            if (a == null) return;
            if (MetadataMatch.sameTitle(GoldRecords.text(gold, "title"), a.title())) title++;
            else GoldRecords.miss(set, id, "title", GoldRecords.text(gold, "title"), a.title());
            if (MetadataMatch.sameText(GoldRecords.text(gold, "source"), a.source())) source++;
            else GoldRecords.miss(set, id, "source", GoldRecords.text(gold, "source"), a.source());
            if (MetadataMatch.sameDay(GoldRecords.text(gold, "published"), a.published())) date++;
            else GoldRecords.miss(set, id, "published", GoldRecords.text(gold, "published"), a.published());
            List<String> ours = a.authors().stream().map(Author::name).toList();
            double f1 = MetadataMatch.authorsF1(GoldRecords.strings(gold, "authors"), ours);
            authors += f1;
            if (f1 < 1) GoldRecords.miss(set, id, "authors", GoldRecords.strings(gold, "authors"), ours);
            if (MetadataMatch.sameText(GoldRecords.text(gold, "url"), a.url())) url++;
            else GoldRecords.miss(set, id, "url", GoldRecords.text(gold, "url"), a.url());
        }
    }

    /** Runs this set alone: {@code java ... CopiedText [DATA]}. */
    public static void main(String[] args) throws Exception {
        Rows.print(new CopiedText().run(Path.of(args.length > 0 ? args[0] : "../shared/data")));
    }
}
