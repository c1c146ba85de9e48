package io.precis.summarize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The tab-separated resource format of the model files: one record a line, blank lines and {@code #} comments skipped. */
final class ModelFiles {
    private ModelFiles() {
    }

    /** Every record, each with exactly {@code columns} fields; otherwise "bad KIND line: ...". */
    static List<String[]> read(InputStream in, int columns, String kind) throws IOException {
        List<String[]> records = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                if (f.length != columns) throw new IOException("bad " + kind + " line: " + line);
                records.add(f);
            }
        }
        return records;
    }
}
