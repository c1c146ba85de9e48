package io.precis.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.precis.article.Summary;
import io.precis.json.ArticleJson;
import io.precis.summarize.Summarizer;
import io.precis.summarize.SummaryLength;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code precis summarize --input F.jsonl [--sentences N | --words N | --ratio R]}: reads lines
 * {@code {"id","text"[,"title"]}} and writes lines {@code {"id","summary":[...]}}.
 */
final class SummarizeCommand {
    private final PrintStream out;

    SummarizeCommand(PrintStream out) {
        this.out = out;
    }

    int run(Arguments args) throws IOException {
        args.allow("input", "sentences", "words", "ratio");
        SummaryLength length = length(args);
        String input = args.option("input", null);
        if (input == null) throw new UsageException("summarize needs --input F.jsonl (or --input - for stdin)");
        Summarizer summarizer = new Summarizer();
        try (BufferedReader reader = input.equals("-")
                ? new BufferedReader(new java.io.InputStreamReader(System.in, StandardCharsets.UTF_8))
                : Files.newBufferedReader(Path.of(input), StandardCharsets.UTF_8)) {
            String line;
            int lineNo = 0;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) continue;
                JsonNode in = parse(line, lineNo);
                if (!in.path("text").isTextual()) throw new IllegalArgumentException("line " + lineNo + ": \"text\" must be a string");
                String title = in.path("title").isTextual() ? in.get("title").asText() : null;
                List<String> paragraphs = List.of(in.get("text").asText().split("\\n\\s*\\n"));
                Summary summary = summarizer.summarize(title, paragraphs, length);
                ObjectNode o = ArticleJson.MAPPER.createObjectNode();
                o.set("id", in.get("id"));
                var sentences = o.putArray("summary");
                summary.texts().forEach(sentences::add);
                out.println(o);
            }
        }
        return 0;
    }

    private static JsonNode parse(String line, int lineNo) {
        try {
            return ArticleJson.MAPPER.readTree(line);
        } catch (IOException e) {
            throw new IllegalArgumentException("line " + lineNo + " is not JSON: " + e.getMessage());
        }
    }

    private static SummaryLength length(Arguments args) {
        int given = (args.has("sentences") ? 1 : 0) + (args.has("words") ? 1 : 0) + (args.has("ratio") ? 1 : 0);
        if (given > 1) throw new UsageException("give at most one of --sentences, --words, --ratio");
        try {
            if (args.has("words")) return SummaryLength.words(args.intOption("words", 0));
            if (args.has("ratio")) return SummaryLength.ratio(args.doubleOption("ratio", 0));
            return SummaryLength.sentences(args.intOption("sentences", 3));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
