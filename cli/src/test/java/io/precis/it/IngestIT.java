package io.precis.it;

import com.fasterxml.jackson.databind.JsonNode;
import io.precis.ingest.IngestFailedException;
import io.precis.ingest.ObjectSource;
import io.precis.ingest.S3Events;
import io.precis.ingest.S3ObjectSource;
import io.precis.testing.Seed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The ingest handler on the events in events/ against S3 and DynamoDB (embedded, or from the environment). */
class IngestIT {
    private static TestStack stack;
    private static Handlers handlers;

    @BeforeAll
    static void start() throws Exception {
        stack = TestStack.start();
        handlers = new Handlers(stack);
        System.out.println("IngestIT runs against " + stack.s3Description());
    }

    @AfterAll
    static void stop() throws Exception {
        stack.close();
    }

    private static byte[] sample() throws Exception {
        try (var in = IngestIT.class.getResourceAsStream("/io/precis/local/sample-article.txt")) {
            return in.readAllBytes();
        }
    }

    @Test
    void theSeedArticleUploadedUnderAnEncodedKeyIsStoredAsItsGoldSays() throws Exception {
        assumeTrue(Seed.text() != null, "the shared seed article is not on this machine");
        JsonNode event = Events.inBucket(Events.load("s3-put.json"), stack.bucket);
        String key = S3Events.decodeKey(Events.rawKey(event, 0));
        assertTrue(Events.rawKey(event, 0).contains("+") && Events.rawKey(event, 0).contains("%"), "the fixture key is URL-encoded");
        handlers.put(key, Files.readAllBytes(Seed.text()));

        assertEquals("STORED", handlers.ingest(event).path("records").get(0).path("outcome").asText());

        JsonNode response = handlers.getArticle(handlers.idOf(key));
        assertEquals(200, response.path("statusCode").asInt());
        JsonNode article = Handlers.body(response);
        Seed.assertMatchesGold(article);
        assertEquals(stack.bucket, article.path("origin").path("bucket").asText());
        assertEquals(key, article.path("origin").path("key").asText());
    }

    @Test
    void theSameEventTwiceStoresOneRecord() throws Exception {
        String key = "twice/sample.txt";
        handlers.put(key, sample());
        assertEquals("STORED", handlers.ingestOne("s3-put.json", key, "0065B7D8F1A2B3C4D5", 100));
        JsonNode first = Handlers.body(handlers.getArticle(handlers.idOf(key)));
        assertEquals("STALE", handlers.ingestOne("s3-put.json", key, "0065B7D8F1A2B3C4D5", 100));
        JsonNode second = Handlers.body(handlers.getArticle(handlers.idOf(key)));
        assertEquals(first, second);
    }

    @Test
    void anOlderEventAfterANewerOneLeavesTheNewerRecord() throws Exception {
        String key = "order/sample.txt";
        handlers.put(key, sample());
        assertEquals("STORED", handlers.ingestOne("s3-put.json", key, "0065B7D8F1A2B3C4D9", 100));
        // Sequencers compare after left-padding: this shorter one is the older event.
        assertEquals("STALE", handlers.ingestOne("s3-put.json", key, "65B7D8F1A2B3C4D5", 100));
        JsonNode stored = Handlers.body(handlers.getArticle(handlers.idOf(key)));
        assertEquals("0065B7D8F1A2B3C4D9", stored.path("origin").path("sequencer").asText());
    }

    @Test
    void aDeleteRemovesTheArticleAndALateOlderPutCannotBringItBack() throws Exception {
        String key = "deleted/sample.txt";
        handlers.put(key, sample());
        assertEquals("STORED", handlers.ingestOne("s3-put.json", key, "0070000000000000A0", 100));
        assertEquals(200, handlers.getArticle(handlers.idOf(key)).path("statusCode").asInt());

        assertEquals("DELETED", handlers.ingestOne("s3-delete.json", key, "0070000000000000B0", 0));
        JsonNode gone = handlers.getArticle(handlers.idOf(key));
        assertEquals(410, gone.path("statusCode").asInt());
        assertEquals("application/problem+json", gone.path("headers").path("content-type").asText());

        // A put event older than the delete arrives late; the object is still readable (re-uploaded since).
        assertEquals("STALE", handlers.ingestOne("s3-put.json", key, "0070000000000000A5", 100));
        assertEquals(410, handlers.getArticle(handlers.idOf(key)).path("statusCode").asInt());
        assertTrue(!listedIds().contains(handlers.idOf(key)), "a deleted article is not listed");
    }

    @Test
    void aDeleteMarkerInAVersionedBucketIsADeleteToo() throws Exception {
        String key = "versioned/sample.txt";
        handlers.put(key, sample());
        assertEquals("STORED", handlers.ingestOne("s3-put.json", key, "0071000000000000A0", 100));
        assertEquals("DELETED", handlers.ingestOne("s3-delete-marker.json", key, "0071000000000000B0", 0));
        assertEquals(410, handlers.getArticle(handlers.idOf(key)).path("statusCode").asInt());
    }

    @Test
    void removingAnOldVersionOfAnObjectThatStillExistsKeepsTheArticle() throws Exception {
        String key = "versioned/still-here.txt";
        handlers.put(key, sample());
        assertEquals("STORED", handlers.ingestOne("s3-put.json", key, "0072000000000000A0", 100));
        // "ObjectRemoved:Delete" with a version id: one version went, the current one is still there.
        JsonNode event = Events.record("s3-delete.json", stack.bucket, key, "0072000000000000B0", 0);
        ((com.fasterxml.jackson.databind.node.ObjectNode) event.path("Records").get(0).path("s3").path("object")).put("versionId", "old-version");
        assertEquals("STORED", handlers.ingest(event).path("records").get(0).path("outcome").asText());
        assertEquals(200, handlers.getArticle(handlers.idOf(key)).path("statusCode").asInt());
    }

    @Test
    void valuesDynamoDbCannotIndexAreLeftOutOfTheIndexesNotRetriedForever() throws Exception {
        String key = "odd/long-values.txt";
        String longUrl = "https://example.com/" + "x".repeat(3000);
        // Index keys stop at 2 KB in DynamoDB: a 3 KB canonical URL in the file itself.
        String text = new String(sample(), StandardCharsets.UTF_8).replace("https://www.example.com/news/2024/03/14/tidal-array-opens", longUrl);
        stack.s3.putObject(b -> b.bucket(stack.bucket).key(key).metadata(Map.of("source", "  ")),
                software.amazon.awssdk.core.sync.RequestBody.fromString(text));
        assertEquals("STORED", handlers.ingestOne("s3-put.json", key, "01", 100));
        JsonNode article = Handlers.body(handlers.getArticle(handlers.idOf(key)));
        assertEquals(longUrl, article.path("url").asText());
        assertTrue(listedIds().contains(handlers.idOf(key)), "listed, with a shortened listing");

        String emptyUrlKey = "odd/empty-url.txt";
        stack.s3.putObject(b -> b.bucket(stack.bucket).key(emptyUrlKey).metadata(Map.of("source-url", "https://")),
                software.amazon.awssdk.core.sync.RequestBody.fromBytes(sample()));
        assertEquals("STORED", handlers.ingestOne("s3-put.json", emptyUrlKey, "01", 100));
    }

    @Test
    void keysArriveUrlEncodedAndAreDecodedBeforeReading() throws Exception {
        String key = "encoded/a+b & c – ü.txt";
        handlers.put(key, sample());
        String raw = S3Events.encodeKey(key);
        assertEquals("encoded/a%2Bb+%26+c+%E2%80%93+%C3%BC.txt", raw);
        assertEquals("STORED", handlers.ingestOne("s3-put.json", key, "0065B7D8F1A2B3C4D5", 100));
        assertEquals(key, Handlers.body(handlers.getArticle(handlers.idOf(key))).path("origin").path("key").asText());
    }

    @Test
    void aMultiRecordEventWithOneBadFileStoresTheOthersAndRejectsIt() throws Exception {
        JsonNode event = Events.inBucket(Events.load("s3-multi.json"), stack.bucket);
        // The fixture's sizes are of other files; S3 would announce the sizes of these.
        assertEquals(3, event.path("Records").size());
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 3; i++) keys.add(S3Events.decodeKey(Events.rawKey(event, i)));
        handlers.put(keys.get(0), sample());
        handlers.put(keys.get(1), ("<!doctype html><html lang=\"en\"><head><title>Bridge reopens</title></head><body><article>"
                + "<h1>Bridge reopens after repairs</h1><p>The old bridge reopened to traffic on Friday after eight months of repairs. "
                + "Drivers had used a detour that added twenty minutes to the trip.</p><p>The city said the work came in under budget. "
                + "Cyclists get a separate lane for the first time.</p></article></body></html>").getBytes(StandardCharsets.UTF_8));
        handlers.put(keys.get(2), new byte[]{0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0, 1, 2, 3});
        for (int i = 0; i < 3; i++) {
            int index = i;
            long size = stack.s3.headObject(b -> b.bucket(stack.bucket).key(keys.get(index))).contentLength();
            ((com.fasterxml.jackson.databind.node.ObjectNode) event.path("Records").get(i).path("s3").path("object")).put("size", size);
        }

        JsonNode result = handlers.ingest(event);
        Map<String, String> outcomes = new java.util.HashMap<>();
        result.path("records").forEach(r -> outcomes.put(r.path("key").asText(), r.path("outcome").asText()));
        assertEquals(Map.of(keys.get(0), "STORED", keys.get(1), "STORED", keys.get(2), "REJECTED"), outcomes);
        JsonNode rejected = Handlers.body(handlers.getArticle(handlers.idOf(keys.get(2))));
        assertEquals("REJECTED", rejected.path("status").asText());
        assertTrue(rejected.path("reason").asText().startsWith("binary file"), rejected.path("reason").asText());
    }

    @Test
    void emptyBinaryAndOversizeFilesAreRejectedWithAReason() throws Exception {
        handlers.put("bad/empty.txt", new byte[0]);
        handlers.put("bad/binary.txt", new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D});
        byte[] big = new byte[(int) Handlers.MAX_OBJECT_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        handlers.put("bad/oversize.txt", big);

        assertEquals("REJECTED", handlers.ingestOne("s3-put.json", "bad/empty.txt", "01", 0));
        assertEquals("REJECTED", handlers.ingestOne("s3-put.json", "bad/binary.txt", "01", 12));
        // The event's size is over the limit: rejected without reading the object.
        assertEquals("REJECTED", handlers.ingestOne("s3-put.json", "bad/oversize.txt", "01", big.length));
        // The event understates the size (it can't, but the read must still stop at the limit).
        assertEquals("REJECTED", handlers.ingestOne("s3-put.json", "bad/oversize.txt", "02", 10));

        assertEquals("empty file", reason("bad/empty.txt"));
        assertTrue(reason("bad/binary.txt").startsWith("binary file"), reason("bad/binary.txt"));
        assertTrue(reason("bad/oversize.txt").startsWith("file too large"), reason("bad/oversize.txt"));
    }

    @Test
    void aTransientFaultOnOneRecordLetsTheOthersFinishThenFailsTheInvocation() throws Exception {
        ObjectSource real = new S3ObjectSource(stack.s3);
        ObjectSource flaky = (bucket, key, versionId, maxBytes) -> {
            if (key.endsWith("throttled.txt")) {
                throw AwsServiceException.builder().statusCode(503)
                        .awsErrorDetails(AwsErrorDetails.builder().errorCode("SlowDown").errorMessage("Please reduce your request rate.").build()).build();
            }
            return real.fetch(bucket, key, versionId, maxBytes);
        };
        Handlers withFault = new Handlers(stack, flaky);
        JsonNode event = Events.inBucket(Events.load("s3-multi.json"), stack.bucket);
        String okKey = "fault/ok.txt";
        String failingKey = "fault/throttled.txt";
        ((com.fasterxml.jackson.databind.node.ObjectNode) event.path("Records").get(0).path("s3").path("object")).put("key", failingKey);
        ((com.fasterxml.jackson.databind.node.ObjectNode) event.path("Records").get(1).path("s3").path("object")).put("key", okKey);
        ((com.fasterxml.jackson.databind.node.ArrayNode) event.path("Records")).remove(2);
        handlers.put(okKey, sample());
        handlers.put(failingKey, sample());

        IngestFailedException e = assertThrows(IngestFailedException.class, () -> withFault.ingest(event));
        assertTrue(e.getMessage().contains(failingKey), e.getMessage());
        assertTrue(!e.getMessage().contains(okKey), e.getMessage());
        assertEquals(200, handlers.getArticle(handlers.idOf(okKey)).path("statusCode").asInt(), "the other record was stored");
        assertEquals(404, handlers.getArticle(handlers.idOf(failingKey)).path("statusCode").asInt());

        // Lambda's retry: the stored record is a no-op, the failed one goes through.
        JsonNode retried = handlers.ingest(event);
        assertEquals("STORED", retried.path("records").get(0).path("outcome").asText());
        assertEquals("STALE", retried.path("records").get(1).path("outcome").asText());
    }

    @Test
    void aRecordTooLargeForAnItemIsKeptWholeInTheContentBucket() throws Exception {
        Random random = new Random(7);
        StringBuilder text = new StringBuilder("A very long report\n\n");
        String[] words = {"river", "council", "budget", "rain", "harbour", "school", "market", "train", "winter", "energy"};
        while (text.length() < 1_500_000) {
            for (int w = 0; w < 12; w++) text.append(words[random.nextInt(words.length)]).append(random.nextInt(100000)).append(' ');
            text.append("ends.\n\n");
        }
        String key = "large/report.txt";
        handlers.put(key, text.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals("STORED", handlers.ingestOne("s3-put.json", key, "01", text.length()));
        JsonNode article = Handlers.body(handlers.getArticle(handlers.idOf(key)));
        assertEquals("OK", article.path("status").asText());
        assertTrue(article.path("body").asText().length() > 1_400_000, "the whole body is served");
        assertTrue(stack.s3.listObjectsV2(b -> b.bucket(stack.contentBucket).prefix("records/")).keyCount() >= 1);
    }

    private static String reason(String key) throws Exception {
        return Handlers.body(handlers.getArticle(handlers.idOf(key))).path("reason").asText();
    }

    private static List<String> listedIds() throws Exception {
        List<String> ids = new ArrayList<>();
        JsonNode event = Events.load("api-list-articles.json");
        ((com.fasterxml.jackson.databind.node.ObjectNode) event).putObject("queryStringParameters").put("limit", "100");
        for (JsonNode item : Handlers.body(handlers.invokeQuery(event)).path("items")) ids.add(item.path("id").asText());
        return ids;
    }

}
