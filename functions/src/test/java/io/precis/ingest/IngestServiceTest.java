package io.precis.ingest;

import io.precis.article.ArticleIds;
import io.precis.article.ArticleRecord;
import io.precis.article.Origin;
import io.precis.article.Status;
import io.precis.store.InMemoryArticleStore;
import io.precis.summarize.SummaryLength;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IngestServiceTest {
    private static final String TEXT = """
            Ferry fares to rise in spring
            The Island Post -Feb 2nd2024
            Sam Hart
            Ferry fares will rise by five per cent in April, the operator said on Friday. It blamed fuel costs. \
            Islanders will keep their discount. The council said it would ask for a review.
            """;
    private final Map<String, byte[]> objects = new HashMap<>();
    private final InMemoryArticleStore store = new InMemoryArticleStore();
    private final ObjectSource source = (bucket, key, versionId, maxBytes) -> {
        byte[] b = objects.get(key);
        if (b == null) return Optional.empty();
        if (b.length > maxBytes) throw new ObjectTooLargeException(b.length, maxBytes);
        return Optional.of(new FetchedObject(b, "text/plain", Map.of("title", "Given by the uploader"), Instant.parse("2024-02-02T12:00:00Z")));
    };
    private final IngestService service = new IngestService(source, store, 1000, SummaryLength.sentences(2),
            Clock.fixed(Instant.parse("2024-02-03T00:00:00Z"), ZoneOffset.UTC));

    private static S3EventRecord put(String key, String seq, long size) {
        return new S3EventRecord("ObjectCreated:Put", Instant.EPOCH, "b", key, size, null, seq);
    }

    private ArticleRecord stored(String key) {
        return store.get(ArticleIds.forOrigin(new Origin("b", key, null, null, -1))).orElseThrow();
    }

    @Test
    void anArticleIsExtractedSummarizedAndStoredWithTheUploadersOverrides() {
        objects.put("a.txt", TEXT.getBytes(StandardCharsets.UTF_8));
        assertEquals(Outcome.STORED, service.ingest(put("a.txt", "01", TEXT.length())));
        ArticleRecord r = stored("a.txt");
        assertEquals(Status.OK, r.status());
        assertEquals("Given by the uploader", r.article().title());
        assertEquals("s3-metadata", r.article().provenance().get("title"));
        assertEquals("The Island Post", r.article().source());
        assertEquals(2, r.summary().sentences().size());
    }

    @Test
    void filesThatCanNeverBeProcessedAreRejectedWithTheirReason() {
        objects.put("empty.txt", new byte[0]);
        objects.put("big.txt", new byte[1001]);
        assertEquals(Outcome.REJECTED, service.ingest(put("empty.txt", "01", 0)));
        assertEquals("empty file", stored("empty.txt").reason());
        assertEquals(Outcome.REJECTED, service.ingest(put("big.txt", "01", 1001)));
        assertEquals("file too large: 1001 bytes, the limit is 1000 (MAX_OBJECT_BYTES)", stored("big.txt").reason());
        assertEquals(Outcome.REJECTED, service.ingest(put("big.txt", "02", 5)));
    }

    @Test
    void anObjectGoneSinceItsEventIsSkipped() {
        assertEquals(Outcome.SKIPPED, service.ingest(put("gone.txt", "01", 10)));
        assertEquals(Optional.empty(), store.get(ArticleIds.forOrigin(new Origin("b", "gone.txt", null, null, -1))));
    }

    @Test
    void aDeleteLeavesATombstoneThatOlderPutsCannotOverwrite() {
        objects.put("a.txt", TEXT.getBytes(StandardCharsets.UTF_8));
        assertEquals(Outcome.STORED, service.ingest(put("a.txt", "10", TEXT.length())));
        assertEquals(Outcome.DELETED, service.ingest(new S3EventRecord("ObjectRemoved:Delete", Instant.EPOCH, "b", "a.txt", -1, null, "20")));
        assertEquals(Outcome.STALE, service.ingest(put("a.txt", "15", TEXT.length())));
        assertEquals(Status.DELETED, stored("a.txt").status());
        assertEquals(Outcome.STORED, service.ingest(put("a.txt", "21", TEXT.length())));
    }
}
