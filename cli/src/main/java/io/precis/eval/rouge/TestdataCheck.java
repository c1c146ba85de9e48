package io.precis.eval.rouge;

import com.fasterxml.jackson.databind.JsonNode;
import io.precis.json.ArticleJson;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Runs the ROUGE-1.5.5 reference cases of {@code rouge/testdata/google-research} (values from manual runs of the
 * Perl script) and prints each with ours beside it. Read from {@code --data}, never copied.
 */
public final class TestdataCheck {
    private static final double TOLERANCE = 0.00051;

    private TestdataCheck() {
    }

    /** Prints one line per case; returns the number of cases that disagree. */
    public static int run(Path dir, WordNetExceptions exceptions, PrintStream out) throws IOException {
        JsonNode expected = ArticleJson.MAPPER.readTree(dir.resolve("expected_rouge155.json").toFile());
        Rouge stemmed = new Rouge(new RougeTokenizer(exceptions, true));
        Rouge plain = new Rouge(new RougeTokenizer(exceptions, false));
        List<String> targets = Files.readAllLines(dir.resolve("target.txt"), StandardCharsets.UTF_8);
        List<String> predictions = Files.readAllLines(dir.resolve("prediction.txt"), StandardCharsets.UTF_8);
        int failures = 0;
        int cases = 0;
        for (int i = 0; i < 2; i++) {
            JsonNode e = expected.get("pair" + i + "_line" + i);
            RougeScores s = stemmed.score(List.of(targets.get(i)), List.of(predictions.get(i)));
            RougeScores p = plain.score(List.of(targets.get(i)), List.of(predictions.get(i)));
            failures += check(out, "pair" + i + " rouge1 stem", e.at("/rouge1/stem"), s.rouge1());
            failures += check(out, "pair" + i + " rouge1 no_stem", e.at("/rouge1/no_stem"), p.rouge1());
            failures += check(out, "pair" + i + " rouge2 stem", e.at("/rouge2/stem"), s.rouge2());
            failures += check(out, "pair" + i + " rouge2 no_stem", e.at("/rouge2/no_stem"), p.rouge2());
            failures += check(out, "pair" + i + " rougeL no_stem", e.at("/rougeL/no_stem"), p.rougeL());
            cases += 5;
        }
        List<String> multiTarget = Files.readAllLines(dir.resolve("target_multi.0.txt"), StandardCharsets.UTF_8);
        List<String> multiPrediction = Files.readAllLines(dir.resolve("prediction_multi.0.txt"), StandardCharsets.UTF_8);
        failures += check(out, "multi0 rougeLsum stem", expected.get("multi0_rougeLsum_stem"),
                stemmed.score(multiTarget, multiPrediction).rougeL());
        cases++;
        for (JsonNode toy : expected.get("toy_cases_exact")) {
            RougeScores s = plain.score(lines(toy.get("ref").asText()), lines(toy.get("cand").asText()));
            String name = "toy '" + toy.get("cand").asText().replace("\n", "|") + "'";
            if (toy.has("rouge1")) failures += check(out, name + " rouge1", toy.get("rouge1"), s.rouge1());
            if (toy.has("rouge2")) failures += check(out, name + " rouge2", toy.get("rouge2"), s.rouge2());
            if (toy.has("rougeL")) failures += check(out, name + " rougeL", toy.get("rougeL"), s.rougeL());
            if (toy.has("rougeLsum")) failures += check(out, name + " rougeLsum", toy.get("rougeLsum"), s.rougeL());
            cases++;
        }
        out.printf("testdata: %d checks, %d disagree%n", cases, failures);
        return failures;
    }

    private static List<String> lines(String text) {
        return Arrays.asList(text.split("\n"));
    }

    private static int check(PrintStream out, String name, JsonNode expected, RougeScore ours) {
        double r = expected.get("R").asDouble();
        double p = expected.get("P").asDouble();
        double f = expected.get("F").asDouble();
        boolean ok = Math.abs(r - ours.recall()) < TOLERANCE && Math.abs(p - ours.precision()) < TOLERANCE
                && Math.abs(f - ours.f1()) < TOLERANCE;
        out.printf("  %-4s %-40s official R %.5f P %.5f F %.5f | ours R %.5f P %.5f F %.5f%n", ok ? "ok" : "DIFF", name,
                r, p, f, ours.recall(), ours.precision(), ours.f1());
        return ok ? 0 : 1;
    }
}
