package io.precis.local;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.precis.ingest.S3Events;
import io.precis.json.ArticleJson;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builds the S3 event notification JSON (eventVersion 2.1) that S3 would send to Lambda, with keys
 * URL-encoded and sequencers that grow with every event, as S3's do for one key.
 */
public final class S3EventFactory {
    private final AtomicLong lastSequence = new AtomicLong();
    private final String region;

    public S3EventFactory(String region) {
        this.region = region;
    }

    public ObjectNode created(String bucket, String key, long size, String etag) {
        ObjectNode event = event("ObjectCreated:Put", bucket, key);
        ObjectNode object = (ObjectNode) event.path("Records").get(0).path("s3").path("object");
        object.put("size", size);
        object.put("eTag", etag == null ? "" : etag.replace("\"", ""));
        return event;
    }

    public ObjectNode removed(String bucket, String key) {
        return event("ObjectRemoved:Delete", bucket, key);
    }

    private ObjectNode event(String name, String bucket, String key) {
        ObjectNode root = ArticleJson.MAPPER.createObjectNode();
        ObjectNode r = root.putArray("Records").addObject();
        r.put("eventVersion", "2.1");
        r.put("eventSource", "aws:s3");
        r.put("awsRegion", region);
        r.put("eventTime", Instant.now().toString());
        r.put("eventName", name);
        r.putObject("userIdentity").put("principalId", "LOCAL");
        r.putObject("requestParameters").put("sourceIPAddress", "127.0.0.1");
        r.putObject("responseElements").put("x-amz-request-id", UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase())
                .put("x-amz-id-2", UUID.randomUUID().toString());
        ObjectNode s3 = r.putObject("s3");
        s3.put("s3SchemaVersion", "1.0");
        s3.put("configurationId", "precis-local");
        s3.putObject("bucket").put("name", bucket).put("arn", "arn:aws:s3:::" + bucket)
                .putObject("ownerIdentity").put("principalId", "LOCAL");
        s3.putObject("object").put("key", S3Events.encodeKey(key)).put("sequencer", nextSequencer());
        return root;
    }

    /** Hex of a strictly increasing number derived from the clock, 18 digits like S3's. */
    private String nextSequencer() {
        long now = System.currentTimeMillis() * 1_000_000L;
        long seq = lastSequence.updateAndGet(prev -> Math.max(prev + 1, now));
        return String.format("%018X", seq);
    }
}
