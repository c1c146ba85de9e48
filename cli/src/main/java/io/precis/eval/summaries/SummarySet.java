package io.precis.eval.summaries;

import com.fasterxml.jackson.databind.JsonNode;
import io.precis.json.ArticleJson;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** The two summarization sets of {@code ../shared/data/summaries}, read as {@link SummaryDoc}s. */
public enum SummarySet {
    /** CNN/DailyMail (See et al. 2017): lowercased, PTB-tokenised, one paragraph, highlights as reference. */
    CNNDM("cnndm", "summaries/cnndm.jsonl.gz"),
    /** BBC News Summary: first line is the headline, paragraphs split by blank lines; extractive reference. */
    BBC("bbc", "summaries/bbc.jsonl");

    public final String key;
    private final String file;

    SummarySet(String key, String file) {
        this.key = key;
        this.file = file;
    }

    public static SummarySet of(String key) {
        for (SummarySet s : values()) if (s.key.equals(key)) return s;
        throw new IllegalArgumentException("unknown set '" + key + "' (cnndm or bbc)");
    }

    /** The first {@code limit} documents (all when limit is 0 or less), in file order. */
    public List<SummaryDoc> read(Path data, int limit) throws IOException {
        Path path = data.resolve(file);
        List<SummaryDoc> docs = new ArrayList<>();
        try (InputStream raw = Files.newInputStream(path);
             InputStream in = file.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null && (limit <= 0 || docs.size() < limit)) {
                if (line.isBlank()) continue;
                docs.add(parse(ArticleJson.MAPPER.readTree(line)));
            }
        }
        return docs;
    }

    private SummaryDoc parse(JsonNode n) {
        String id = n.get("id").asText().replace('/', '_');
        if (this == CNNDM) {
            return new SummaryDoc(id, null, List.of(n.get("article").asText()), strings(n.get("highlights")));
        }
        String text = n.get("text").asText().strip();
        List<String> blocks = new ArrayList<>(Arrays.asList(text.split("\\n\\s*\\n")));
        String title = blocks.remove(0).strip();
        return new SummaryDoc(id, title, blocks.stream().map(String::strip).filter(s -> !s.isEmpty()).toList(),
                strings(n.get("reference")));
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(e -> out.add(e.asText()));
        return out;
    }
}
