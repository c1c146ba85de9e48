package io.precis.eval.rouge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-document scores written by the official ROUGE-1.5.5 ({@code id R1_R R1_P R1_F R2_R R2_P R2_F RL_R RL_P RL_F}),
 * the yardstick our implementation must reproduce.
 */
public record OfficialScores(Map<String, RougeScores> byId) {

    public static OfficialScores read(Path tsv) throws IOException {
        Map<String, RougeScores> byId = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) continue;
            String[] f = line.split("\t");
            byId.put(f[0], new RougeScores(score(f, 1), score(f, 4), score(f, 7)));
        }
        return new OfficialScores(Map.copyOf(byId));
    }

    private static RougeScore score(String[] f, int at) {
        return new RougeScore(Double.parseDouble(f[at]), Double.parseDouble(f[at + 1]), Double.parseDouble(f[at + 2]));
    }

    /**
     * Mean absolute differences (R1, R2, RL F1; and the largest over R, P and F of all three) between ours and the
     * official scores, over the documents both have.
     */
    public Agreement compare(Map<String, RougeScores> ours) {
        double[] sum = new double[3];
        double max = 0;
        int n = 0;
        for (var e : ours.entrySet()) {
            RougeScores official = byId.get(e.getKey());
            if (official == null) continue;
            RougeScores mine = e.getValue();
            double[] d = {
                    Math.abs(mine.rouge1().f1() - official.rouge1().f1()),
                    Math.abs(mine.rouge2().f1() - official.rouge2().f1()),
                    Math.abs(mine.rougeL().f1() - official.rougeL().f1())};
            for (int i = 0; i < 3; i++) {
                sum[i] += d[i];
                max = Math.max(max, d[i]);
            }
            n++;
        }
        return new Agreement(n, n == 0 ? 0 : sum[0] / n, n == 0 ? 0 : sum[1] / n, n == 0 ? 0 : sum[2] / n, max);
    }

    /** How closely our per-document F1 scores agree with the official ones. */
    public record Agreement(int documents, double rouge1, double rouge2, double rougeL, double maxDiff) {
        public boolean within(double tolerance) {
            return documents > 0 && rouge1 <= tolerance && rouge2 <= tolerance && rougeL <= tolerance;
        }
    }
}
