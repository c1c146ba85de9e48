package io.precis.ingest;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Reads the S3 event notification JSON (eventVersion 2.x) that Lambda receives. */
public final class S3Events {
    private S3Events() {
    }

    public static List<S3EventRecord> parse(JsonNode event) {
        JsonNode records = event.path("Records");
        if (!records.isArray()) throw new IllegalArgumentException("not an S3 event: no Records array");
        List<S3EventRecord> out = new ArrayList<>();
        for (JsonNode r : records) {
            if (!"aws:s3".equals(r.path("eventSource").asText())) {
                throw new IllegalArgumentException("not an S3 event record: eventSource=" + r.path("eventSource").asText());
            }
            JsonNode s3 = r.path("s3");
            JsonNode object = s3.path("object");
            out.add(new S3EventRecord(
                    r.path("eventName").asText(),
                    time(r.path("eventTime").asText()),
                    s3.path("bucket").path("name").asText(),
                    decodeKey(object.path("key").asText()),
                    object.path("size").asLong(-1),
                    object.hasNonNull("versionId") && !object.get("versionId").asText().isEmpty() ? object.get("versionId").asText() : null,
                    object.path("sequencer").asText(null)));
        }
        return out;
    }

    /** S3 URL-encodes keys in events, with spaces as '+' (form encoding), so '+' itself arrives as %2B. */
    public static String decodeKey(String encoded) {
        return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
    }

    /** The inverse of {@link #decodeKey}: how S3 writes a key into an event ('/' kept, spaces as '+'). */
    public static String encodeKey(String key) {
        return java.net.URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/");
    }

    private static Instant time(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return Instant.now();
        }
    }
}
