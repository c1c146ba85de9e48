package io.precis.eval.summaries;

import com.fasterxml.jackson.databind.JsonNode;
import io.precis.eval.rouge.OfficialScores;
import io.precis.eval.rouge.Rouge;
import io.precis.eval.rouge.RougeData;
import io.precis.eval.rouge.RougeScores;
import io.precis.eval.rouge.TestdataCheck;
import io.precis.eval.rouge.WordNetExceptions;
import io.precis.json.ArticleJson;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * {@code precis eval rouge}: shows that our ROUGE is ROUGE-1.5.5. Runs the reference cases, then rescores the
 * official LEAD-3 outputs and prints the mean absolute per-document differences to the official scores
 * (required: at most 0.001 per measure).
 */
public final class RougeVerification {
    static final double TOLERANCE = 0.001;

    private RougeVerification() {
    }

    /** Returns 0 when every check agrees, 1 otherwise. */
    public static int run(Path data, PrintStream out) throws IOException {
        WordNetExceptions exceptions = WordNetExceptions.load(RougeData.exceptionsDir(data));
        int failures = TestdataCheck.run(RougeData.testdataDir(data), exceptions, out);
        Rouge rouge = RougeData.stemmedRouge(data);

        Map<String, List<String>> cnnSystem = readSystem(RougeData.officialDir(data).resolve("cnndm_lead3.system.jsonl.gz"));
        Map<String, RougeScores> cnn = new LinkedHashMap<>();
        for (SummaryDoc d : SummarySet.CNNDM.read(data, 0)) {
            List<String> system = cnnSystem.get(d.id());
            if (system != null) cnn.put(d.id(), rouge.score(d.reference(), system));
        }
        failures += report(out, "CNN/DM LEAD-3 (official texts)", data, "cnndm_lead3.perdoc.tsv", cnn);

        Map<String, RougeScores> bbc = new LinkedHashMap<>();
        for (SummaryDoc d : SummarySet.BBC.read(data, 0)) {
            bbc.put(d.id(), rouge.score(d.reference(), Baselines.lead(d, 3)));
        }
        failures += report(out, "BBC LEAD-3 (our sentence splitter)", data, "bbc_lead3.perdoc.tsv", bbc);
        return failures == 0 ? 0 : 1;
    }

    private static int report(PrintStream out, String name, Path data, String file, Map<String, RougeScores> ours)
            throws IOException {
        OfficialScores.Agreement a = OfficialScores.read(RougeData.officialDir(data).resolve(file)).compare(ours);
        boolean ok = a.within(TOLERANCE);
        out.printf("%-36s %5d docs  mean |ours - official| R-1 %.5f  R-2 %.5f  R-L %.5f  (max %.5f)  %s%n", name,
                a.documents(), a.rouge1(), a.rouge2(), a.rougeL(), a.maxDiff(), ok ? "ok" : "DIFF > " + TOLERANCE);
        return ok ? 0 : 1;
    }

    private static Map<String, List<String>> readSystem(Path file) throws IOException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) continue;
                JsonNode n = ArticleJson.MAPPER.readTree(line);
                List<String> sentences = new ArrayList<>();
                n.get("system").forEach(s -> sentences.add(s.asText()));
                out.put(n.get("id").asText(), sentences);
            }
        }
        return out;
    }
}
