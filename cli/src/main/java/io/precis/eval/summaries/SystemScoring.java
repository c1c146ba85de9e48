package io.precis.eval.summaries;

import com.fasterxml.jackson.databind.JsonNode;
import io.precis.eval.rouge.MeanRouge;
import io.precis.eval.rouge.Rouge;
import io.precis.eval.rouge.RougeData;
import io.precis.json.ArticleJson;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code precis eval rouge --system F.jsonl --set cnndm|bbc}: scores another system's summaries (lines
 * {@code {"id","summary":[sentences]}}) with our ROUGE-1.5.5, so that every system in a comparison is measured by
 * the same ruler. A document of the set without a line in the file scores zero; only the first {@code limit}
 * documents count when limit is positive. Prints name, set, documents, R-1, R-2, R-L, documents missing, then,
 * R-L on the validation fold alone ({@link Folds}: the documents Precis never trained on), tab-separated.
 */
public final class SystemScoring {
    private SystemScoring() {
    }

    public static int run(Path data, Path systemFile, String set, String name, int limit, PrintStream out)
            throws IOException {
        Map<String, List<String>> system = new HashMap<>();
        for (String line : Files.readAllLines(systemFile, StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            JsonNode n = ArticleJson.MAPPER.readTree(line);
            List<String> sentences = new ArrayList<>();
            n.get("summary").forEach(s -> sentences.add(s.asText()));
            system.put(n.get("id").asText().replace('/', '_'), sentences);
        }
        Rouge rouge = RougeData.stemmedRouge(data);
        MeanRouge mean = new MeanRouge();
        MeanRouge validation = new MeanRouge();
        int missing = 0;
        List<SummaryDoc> docs = SummarySet.of(set).read(data, limit);
        for (int i = 0; i < docs.size(); i++) {
            SummaryDoc d = docs.get(i);
            List<String> summary = system.get(d.id());
            if (summary == null) missing++;
            var score = rouge.score(d.reference(), summary == null ? List.of() : summary);
            mean.add(score);
            if (Folds.isValidation(i)) validation.add(score);
        }
        out.printf("%s\t%s\t%d\t%.2f\t%.2f\t%.2f\t%d\t%.2f\t%.2f\t%.2f%n", name, set, mean.documents(), mean.rouge1(),
                mean.rouge2(), mean.rougeL(), missing, validation.rouge1(), validation.rouge2(), validation.rougeL());
        return 0;
    }
}
