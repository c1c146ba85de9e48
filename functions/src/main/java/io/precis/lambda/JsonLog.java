package io.precis.lambda;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.precis.json.ArticleJson;

import java.io.PrintStream;
import java.time.Instant;

/**
 * Structured logs: one JSON object per line on standard output, which Lambda ships to CloudWatch
 * where Logs Insights can filter on any field. No logging framework: nothing to load at cold start.
 */
public final class JsonLog {
    private final PrintStream out;

    public JsonLog(PrintStream out) {
        this.out = out;
    }

    public static JsonLog stdout() {
        return new JsonLog(System.out);
    }

    /** @param fields alternating names and values */
    public void info(String message, Object... fields) {
        write("INFO", message, fields);
    }

    public void warn(String message, Object... fields) {
        write("WARN", message, fields);
    }

    public void error(String message, Object... fields) {
        write("ERROR", message, fields);
    }

    private void write(String level, String message, Object... fields) {
        ObjectNode n = ArticleJson.MAPPER.createObjectNode();
        n.put("timestamp", Instant.now().toString());
        n.put("level", level);
        n.put("message", message);
        for (int i = 0; i + 1 < fields.length; i += 2) {
            Object v = fields[i + 1];
            if (v instanceof Number num) n.put(String.valueOf(fields[i]), num.longValue());
            else n.put(String.valueOf(fields[i]), v == null ? null : String.valueOf(v));
        }
        synchronized (out) {
            out.println(n);
        }
    }
}
