package io.precis.cli;

import io.precis.Precis;
import io.precis.article.ArticleRecord;
import io.precis.article.Origin;
import io.precis.json.ArticleJson;
import io.precis.summarize.SummaryLength;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/** {@code precis extract [--format json|jsonl] FILE...}: the article of each file, as the API returns it. */
final class ExtractCommand {
    private final PrintStream out;

    ExtractCommand(PrintStream out) {
        this.out = out;
    }

    int run(Arguments args) throws IOException {
        args.allow("format", "sentences");
        String format = args.option("format", "json");
        if (!format.equals("json") && !format.equals("jsonl")) {
            throw new UsageException("--format must be json or jsonl, got '" + format + "'");
        }
        if (args.positional().isEmpty()) throw new UsageException("extract needs at least one FILE (or - for stdin)");
        SummaryLength length = SummaryLength.sentences(args.intOption("sentences", 3));
        int failures = 0;
        for (String name : args.positional()) {
            byte[] bytes = name.equals("-") ? System.in.readAllBytes() : Files.readAllBytes(Path.of(name));
            Instant modified = name.equals("-") ? Instant.now() : Files.getLastModifiedTime(Path.of(name)).toInstant();
            Origin origin = Origin.file(name.equals("-") ? "stdin" : Path.of(name).getFileName().toString(), bytes.length);
            ArticleRecord record = Precis.process(bytes, origin, null, Map.of(), modified, length, Instant.now());
            if (record.status() != io.precis.article.Status.OK) failures++;
            var json = ArticleJson.toJson(record);
            out.println(format.equals("json") ? json.toPrettyString() : json.toString());
        }
        return failures == 0 ? 0 : 1;
    }
}
