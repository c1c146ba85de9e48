package io.precis.eval.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * One page of a benchmark set: a line of the set's jsonl file ({@code id}, {@code html}, {@code url},
 * {@code gold}) and its gzip-compressed HTML beside it.
 *
 * @param set  the set's folder name under the data folder ("article-body")
 * @param id   the page's id within the set
 * @param html path of the {@code .html.gz} file
 * @param url  the page's address, as the set records it
 * @param gold the expected answers
 */
public record Page(String set, String id, Path html, String url, JsonNode gold) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The pages of {@code data/set/file}, in file order, at most {@code limit} of them (0: all). */
    public static List<Page> load(Path data, String set, String file, int limit) throws IOException {
        Path folder = data.resolve(set);
        List<Page> pages = new ArrayList<>();
        for (String line : Files.readAllLines(folder.resolve(file))) {
            if (line.isBlank()) continue;
            JsonNode n = JSON.readTree(line);
            pages.add(new Page(set, n.path("id").asText(), folder.resolve(n.path("html").asText()),
                    n.path("url").asText(null), n.path("gold")));
            if (limit > 0 && pages.size() == limit) break;
        }
        return pages;
    }

    /** The page's bytes as served: gunzipped, not yet decoded. */
    public byte[] bytes() throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(html))) {
            return in.readAllBytes();
        }
    }

    /** A gold field that is a list of strings (empty when absent). */
    public List<String> goldList(String field) {
        List<String> out = new ArrayList<>();
        for (JsonNode v : gold.path(field)) if (v.isTextual()) out.add(v.asText());
        return out;
    }
}
