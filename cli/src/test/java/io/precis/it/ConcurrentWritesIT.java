package io.precis.it;

import io.precis.article.Article;
import io.precis.article.ArticleRecord;
import io.precis.article.Author;
import io.precis.article.Format;
import io.precis.article.Origin;
import io.precis.article.Summary;
import io.precis.article.SummarySentence;
import io.precis.store.ArticleStore;
import io.precis.store.ConcurrentWriteException;
import io.precis.store.DynamoArticleStore;
import io.precis.store.Keys;
import io.precis.store.S3ContentStore;
import io.precis.store.WriteOutcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The store's optimistic-concurrency loop against DynamoDB (read the stored sequencer, write on condition
 * that it is unchanged, read again when it changed): each way a race can end, forced deterministically
 * by a write slipped in between read and write, then real writers racing on one key.
 */
class ConcurrentWritesIT {
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static TestStack stack;
    private static DynamoArticleStore plainStore;

    @BeforeAll
    static void start() throws Exception {
        stack = TestStack.start();
        plainStore = new DynamoArticleStore(stack.dynamo, stack.table, null);
    }

    @AfterAll
    static void stop() throws Exception {
        stack.close();
    }

    private static ArticleRecord record(String key, String sequencer, String title, String... authors) {
        List<Author> credited = Arrays.stream(authors).map(Author::named).toList();
        Article article = new Article(title, null, null, credited, "The Courier", null, "2026-03-01", null, "en",
                List.of(title + ". The council met on Tuesday and approved the bridge."), Map.of(), Set.of());
        Summary summary = new Summary(List.of(new SummarySentence(0, title + ".", 1.0, Map.of())), List.of(), "test");
        return ArticleRecord.ok(new Origin(stack.bucket, key, null, sequencer, 100), Format.TEXT, article, summary, NOW);
    }

    /** A record whose compressed JSON is over the item limit, so the store puts it in the content bucket. */
    private static ArticleRecord largeRecord(String key, String sequencer, String title) {
        Random random = new Random(sequencer.hashCode());
        StringBuilder body = new StringBuilder(title).append('.');
        while (body.length() < 700_000) {
            body.append(' ');
            for (int i = 3 + random.nextInt(8); i > 0; i--) body.append((char) ('a' + random.nextInt(26)));
        }
        ArticleRecord r = record(key, sequencer, title, "Ann Lee");
        Article a = r.article();
        Article large = new Article(a.title(), null, null, a.authors(), a.source(), null, a.published(), null, a.language(),
                List.of(body.toString()), Map.of(), Set.of());
        return ArticleRecord.ok(r.origin(), Format.TEXT, large, r.summary(), NOW);
    }

    private static DynamoArticleStore storeWithContent(DynamoDbClient client) {
        return new DynamoArticleStore(client, stack.table, new S3ContentStore(stack.s3, stack.contentBucket));
    }

    /** The records of this article kept in the content bucket. */
    private static List<String> contentObjects(String id) {
        return stack.s3.listObjectsV2(l -> l.bucket(stack.contentBucket).prefix("records/" + id + "/")).contents()
                .stream().map(S3Object::key).toList();
    }

    /** A store whose every write attempt is preceded by {@code beforeWrite}. */
    private static DynamoArticleStore interleaved(InterleavingDynamoClient client) {
        return new DynamoArticleStore(client, stack.table, null);
    }

    /** The author items stored for an article, as their normalised names. */
    private static Set<String> authorItems(String id) {
        List<Map<String, AttributeValue>> items = stack.dynamo.query(q -> q.tableName(stack.table)
                .keyConditionExpression("pk = :pk AND begins_with(sk, :author)")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(Keys.pk(id)), ":author", AttributeValue.fromS("AUTHOR#")))
                .consistentRead(true)).items();
        Set<String> names = new HashSet<>();
        for (Map<String, AttributeValue> item : items) names.add(item.get("gAuth").s());
        return names;
    }

    private static Set<String> normalized(String... names) {
        Set<String> set = new HashSet<>();
        for (String n : names) set.add(Keys.normalize(n));
        return set;
    }

    private static String storedTitle(String id) {
        return plainStore.get(id).orElseThrow().article().title();
    }

    @Test
    void aWriterThatLosesToANewerEventEndsStaleAndLeavesTheWinnerWhole() {
        String key = "race/newer-wins.txt";
        plainStore.write(record(key, "0001", "First", "Ann Lee"));
        var client = new InterleavingDynamoClient(stack.dynamo, attempt -> {
            if (attempt == 1) plainStore.write(record(key, "0005", "Newest", "Bo Diaz"));
        });
        ArticleRecord late = record(key, "0003", "Middle", "Cleo Park");

        assertEquals(WriteOutcome.STALE, interleaved(client).write(late));

        assertEquals(1, client.attempts(), "the second read saw the newer record and wrote nothing");
        assertEquals("Newest", storedTitle(late.id()));
        assertEquals(normalized("Bo Diaz"), authorItems(late.id()), "no author item of the loser, none of the replaced record");
    }

    @Test
    void aFirstWriteThatLosesToAnotherFirstWriteRereadsInsteadOfOverwriting() {
        String key = "race/both-new.txt";
        var client = new InterleavingDynamoClient(stack.dynamo, attempt -> {
            if (attempt == 1) plainStore.write(record(key, "0007", "Newest", "Bo Diaz"));
        });
        ArticleRecord older = record(key, "0004", "Older", "Ann Lee");

        assertEquals(WriteOutcome.STALE, interleaved(client).write(older));

        assertEquals("Newest", storedTitle(older.id()));
        assertEquals(normalized("Bo Diaz"), authorItems(older.id()));
    }

    @Test
    void aWriterThatLosesToAnOlderEventRetriesAndReplacesIt() {
        String key = "race/retry-wins.txt";
        plainStore.write(record(key, "0001", "First", "Ann Lee"));
        var client = new InterleavingDynamoClient(stack.dynamo, attempt -> {
            if (attempt == 1) plainStore.write(record(key, "0005", "Middle", "Bo Diaz", "Dana Roe"));
        });
        ArticleRecord newest = record(key, "0009", "Newest", "Cleo Park", "Dana Roe");

        assertEquals(WriteOutcome.WRITTEN, interleaved(client).write(newest));

        assertEquals(2, client.attempts());
        assertEquals(newest, plainStore.get(newest.id()).orElseThrow());
        assertEquals(normalized("Cleo Park", "Dana Roe"), authorItems(newest.id()),
                "the retry removed the author items of the record that slipped in, not those of the one first read");
    }

    @Test
    void aTransactionConflictWithAnotherWriterIsRetriedLikeALostCondition() {
        // DynamoDB cancels a transaction that overlaps another one on the same item with the reason
        // TransactionConflict (DynamoDB Local serialises transactions, so the answer is simulated here).
        String key = "race/conflict.txt";
        plainStore.write(record(key, "0001", "First", "Ann Lee"));
        var client = new InterleavingDynamoClient(stack.dynamo, attempt -> {
            if (attempt == 1) {
                plainStore.write(record(key, "0004", "Concurrent", "Bo Diaz"));
                throw TransactionCanceledException.builder().message("Transaction cancelled")
                        .cancellationReasons(CancellationReason.builder().code("TransactionConflict").build(),
                                CancellationReason.builder().code("None").build())
                        .build();
            }
        });
        ArticleRecord newest = record(key, "0009", "Newest", "Cleo Park");

        assertEquals(WriteOutcome.WRITTEN, interleaved(client).write(newest));

        assertEquals(newest, plainStore.get(newest.id()).orElseThrow());
        assertEquals(normalized("Cleo Park"), authorItems(newest.id()));
    }

    @Test
    void aRaceLostOnEveryAttemptIsReportedSoTheEventIsRetried() {
        String key = "race/always-loses.txt";
        plainStore.write(record(key, "0001", "First", "Ann Lee"));
        var client = new InterleavingDynamoClient(stack.dynamo, attempt ->
                plainStore.write(record(key, String.format("%04d", 10 + attempt), "Interloper " + attempt, "Bo Diaz")));
        ArticleRecord newest = record(key, "0099", "Newest", "Cleo Park");

        assertThrows(ConcurrentWriteException.class, () -> interleaved(client).write(newest));

        assertTrue(client.attempts() > 1, "it retried before giving up");
        assertEquals("Interloper " + client.attempts(), storedTitle(newest.id()), "the last interloper's record is intact");
        assertEquals(normalized("Bo Diaz"), authorItems(newest.id()));
        assertEquals(WriteOutcome.WRITTEN, plainStore.write(newest), "the retried event then goes through");
    }

    @Test
    void aLargeRecordThatLosesTheRaceLeavesNoContentBehind() {
        String key = "race/large-loses.txt";
        DynamoArticleStore store = storeWithContent(stack.dynamo);
        store.write(record(key, "0001", "First", "Ann Lee"));
        var client = new InterleavingDynamoClient(stack.dynamo, attempt -> {
            if (attempt == 1) store.write(record(key, "0005", "Newest", "Bo Diaz"));
        });
        ArticleRecord late = largeRecord(key, "0003", "Middle");

        assertEquals(WriteOutcome.STALE, storeWithContent(client).write(late));

        assertEquals("Newest", storedTitle(late.id()));
        assertEquals(List.of(), contentObjects(late.id()), "the loser's upload is not left in the bucket");
    }

    @Test
    void aLargeRecordLeftByATryThatGaveUpGoesWhenItsRetryFindsANewerRecord() {
        String key = "race/large-gave-up.txt";
        DynamoArticleStore store = storeWithContent(stack.dynamo);
        store.write(record(key, "0001", "First", "Ann Lee"));
        var client = new InterleavingDynamoClient(stack.dynamo, attempt ->
                store.write(record(key, String.format("%04d", 10 + attempt), "Interloper " + attempt, "Bo Diaz")));
        ArticleRecord large = largeRecord(key, "0090", "Large");

        assertThrows(ConcurrentWriteException.class, () -> storeWithContent(client).write(large));
        assertEquals(1, contentObjects(large.id()).size(), "the try that gave up left its upload behind");
        store.write(record(key, "0099", "Newest", "Cleo Park"));

        assertEquals(WriteOutcome.STALE, store.write(large), "Lambda's retry of the event");
        assertEquals(List.of(), contentObjects(large.id()), "and the retry removed the upload nothing refers to");
        assertEquals("Newest", storedTitle(large.id()));
    }

    @Test
    void theSameLargeEventWrittenTwiceAtOnceKeepsItsContent() {
        // S3 delivers events at least once: two invocations can write the same event at the same moment.
        String key = "race/large-duplicate.txt";
        ArticleRecord large = largeRecord(key, "0007", "Large");
        DynamoArticleStore store = storeWithContent(stack.dynamo);
        var client = new InterleavingDynamoClient(stack.dynamo, attempt -> {
            if (attempt == 1) assertEquals(WriteOutcome.WRITTEN, store.write(large));
        });

        assertEquals(WriteOutcome.STALE, storeWithContent(client).write(large));

        assertEquals(large, storeWithContent(stack.dynamo).get(large.id()).orElseThrow(), "the winner's content is still there");
        assertEquals(1, contentObjects(large.id()).size());
    }

    @Test
    void twoWritersRacingOnOneKeyAlwaysLeaveTheNewestRecord() throws Exception {
        int rounds = 40;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<String> failures = new ArrayList<>();
            int racesLost = 0;
            for (int round = 0; round < rounds; round++) {
                String key = "race/threads-" + round + ".txt";
                plainStore.write(record(key, "0001", "First", "Ann Lee"));
                // Which writer carries the newer event alternates, so both orders of arrival are covered.
                ArticleRecord a = record(key, round % 2 == 0 ? "0003" : "0004", "Writer A", "Bo Diaz", "Eve Moss");
                ArticleRecord b = record(key, round % 2 == 0 ? "0004" : "0003", "Writer B", "Cleo Park");
                ArticleRecord newest = round % 2 == 0 ? b : a;
                CyclicBarrier start = new CyclicBarrier(2);
                var clientA = new InterleavingDynamoClient(stack.dynamo, attempt -> { });
                var clientB = new InterleavingDynamoClient(stack.dynamo, attempt -> { });
                Future<WriteOutcome> fa = pool.submit(() -> writeAfter(start, clientA, a));
                Future<WriteOutcome> fb = pool.submit(() -> writeAfter(start, clientB, b));
                WriteOutcome oa = fa.get(30, TimeUnit.SECONDS), ob = fb.get(30, TimeUnit.SECONDS);
                // Every attempt but the one that wrote lost a race and went round the loop again.
                racesLost += clientA.attempts() - (oa == WriteOutcome.WRITTEN ? 1 : 0)
                        + clientB.attempts() - (ob == WriteOutcome.WRITTEN ? 1 : 0);

                ArticleRecord stored = plainStore.get(a.id()).orElseThrow();
                if (!stored.equals(newest)) failures.add(round + ": stored " + stored.article().title());
                Set<String> expectedAuthors = newest == a ? normalized("Bo Diaz", "Eve Moss") : normalized("Cleo Park");
                if (!authorItems(a.id()).equals(expectedAuthors)) failures.add(round + ": author items " + authorItems(a.id()));
                WriteOutcome newestOutcome = newest == a ? oa : ob;
                if (newestOutcome != WriteOutcome.WRITTEN) failures.add(round + ": the newest event was " + newestOutcome);
            }
            assertEquals(List.of(), failures);
            assertTrue(racesLost > 0, "the writers never overlapped, so the retry loop was not exercised");
            System.out.println("ConcurrentWritesIT: " + racesLost + " races lost and retried in " + rounds + " rounds");
        } finally {
            pool.shutdownNow();
        }
    }

    private static WriteOutcome writeAfter(CyclicBarrier start, InterleavingDynamoClient client, ArticleRecord record) throws Exception {
        ArticleStore store = interleaved(client);
        start.await(10, TimeUnit.SECONDS);
        return store.write(record);
    }
}
