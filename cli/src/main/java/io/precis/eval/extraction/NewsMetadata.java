package io.precis.eval.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import io.precis.article.Article;
import io.precis.article.Author;

import java.nio.file.Path;
import java.util.List;

/**
 * The news-metadata set (NAEB): English news pages; title exact after whitespace and quote
 * normalisation, authors set-F1, published day; each the fraction (or mean) over articles.
 */
public final class NewsMetadata implements Benchmark {
    private static final String SET = "news-metadata (NAEB)";

    @Override
    public List<Row> run(Path data) throws Exception {
        Path dir = data.resolve("news-metadata");
        double title = 0, authors = 0, date = 0;
        int n = 0;
        for (JsonNode r : GoldRecords.sample(GoldRecords.read(dir.resolve("naeb.jsonl")))) {
            JsonNode gold = r.get("gold");
            String id = r.get("id").asText();
            Article a = GoldRecords.extract(dir.resolve(r.get("html").asText()));
            n++;
            if (a == null) continue;
            List<String> ourAuthors = a.authors().stream().map(Author::name).toList();
            if (MetadataMatch.sameTitle(GoldRecords.text(gold, "title"), a.title())) title++;
            else GoldRecords.miss(SET, id, "title", GoldRecords.text(gold, "title"), a.title());
            double f1 = MetadataMatch.authorsF1(GoldRecords.strings(gold, "authors"), ourAuthors);
            authors += f1;
            if (f1 < 1) GoldRecords.miss(SET, id, "authors", GoldRecords.strings(gold, "authors"), ourAuthors);
            if (MetadataMatch.sameDay(GoldRecords.text(gold, "published"), a.published())) date++;
            else GoldRecords.miss(SET, id, "published", GoldRecords.text(gold, "published"), a.published());
        }
        return List.of(
                new Row(SET, "title exact", title / n, 0.95, ""),
                new Row(SET, "authors F1", authors / n, 0.90, ""),
                new Row(SET, "date exact", date / n, 0.95, ""));
    }

    /** Runs this set alone: {@code java ... NewsMetadata [DATA]}. */
    public static void main(String[] args) throws Exception {
        Rows.print(new NewsMetadata().run(Path.of(args.length > 0 ? args[0] : "../shared/data")));
    }
}
