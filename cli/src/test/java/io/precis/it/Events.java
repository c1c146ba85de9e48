package io.precis.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.precis.ingest.S3Events;
import io.precis.json.ArticleJson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The event JSON in the repository's events/ folder, and variants of it for one test's bucket and keys. */
final class Events {
    static final Path FOLDER = locate();

    private Events() {
    }

    private static Path locate() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("events")) && Files.exists(p.resolve("template.yaml"))) return p.resolve("events");
        }
        throw new IllegalStateException("events/ not found above " + Path.of("").toAbsolutePath());
    }

    static ObjectNode load(String name) {
        try {
            return (ObjectNode) ArticleJson.MAPPER.readTree(Files.readString(FOLDER.resolve(name)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The event with every record moved to {@code bucket}. */
    static ObjectNode inBucket(ObjectNode event, String bucket) {
        for (JsonNode r : event.path("Records")) {
            ((ObjectNode) r.path("s3").path("bucket")).put("name", bucket).put("arn", "arn:aws:s3:::" + bucket);
        }
        return event;
    }

    /** A one-record S3 event built from the put (or delete) fixture, for this key and sequencer. */
    static ObjectNode record(String fixture, String bucket, String key, String sequencer, long size) {
        ObjectNode event = inBucket(load(fixture), bucket);
        ArrayNode records = (ArrayNode) event.get("Records");
        while (records.size() > 1) records.remove(records.size() - 1);
        ObjectNode object = (ObjectNode) records.get(0).path("s3").path("object");
        object.put("key", S3Events.encodeKey(key));
        object.put("sequencer", sequencer);
        if (object.has("size")) object.put("size", size);
        return event;
    }

    /** The raw (URL-encoded) key of the first record, as the fixture holds it. */
    static String rawKey(JsonNode event, int index) {
        return event.path("Records").get(index).path("s3").path("object").path("key").asText();
    }
}
