package io.precis.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.precis.article.ArticleRecord;
import io.precis.article.Author;
import io.precis.article.Status;
import io.precis.json.ArticleJson;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The table: records as gzip JSON in one item per article, plus one item per author, written in one
 * transaction whose condition is the stored sequencer (optimistic concurrency: read the current
 * sequencer and authors, then write only if nobody wrote in between). A write that loses a race, to a
 * committed write (its condition fails) or to one still in flight (DynamoDB cancels it as a transaction
 * conflict), reads again and decides anew.
 */
public final class DynamoArticleStore implements ArticleStore {
    /** Leaves room under DynamoDB's 400 KB item limit for keys, the bounded listing and index attributes. */
    static final int MAX_INLINE_RECORD_BYTES = 300 * 1024;
    private static final int MAX_ATTEMPTS = 5;
    private static final int MAX_AUTHOR_ITEMS = 20;

    private final DynamoDbClient dynamo;
    private final String table;
    private final ContentStore content;

    /** @param content where records over the item limit go, or null to refuse them */
    public DynamoArticleStore(DynamoDbClient dynamo, String table, ContentStore content) {
        this.dynamo = dynamo;
        this.table = table;
        this.content = content;
    }

    /** What is stored now: its sequencer, authors and content reference. */
    private record Current(String seq, Set<String> authors, String recordRef) {
    }

    @Override
    public Optional<String> storedSequencer(String id) {
        return current(id).map(Current::seq);
    }

    private Optional<Current> current(String id) {
        GetItemResponse r = dynamo.getItem(b -> b.tableName(table).key(key(id, Keys.RECORD_SK))
                .consistentRead(true).projectionExpression("seq, authorKeys, recordRef"));
        if (!r.hasItem()) return Optional.empty();
        Map<String, AttributeValue> item = r.item();
        return Optional.of(new Current(item.get("seq").s(),
                item.containsKey("authorKeys") ? new LinkedHashSet<>(item.get("authorKeys").ss()) : Set.of(),
                item.containsKey("recordRef") ? item.get("recordRef").s() : null));
    }

    @Override
    public WriteOutcome write(ArticleRecord record) {
        String seq = Sequencer.normalize(record.origin().sequencer());
        Set<String> authors = authorKeys(record);
        Map<String, AttributeValue> built = null;
        try {
            for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
                Optional<Current> current = current(record.id());
                if (current.isPresent() && current.get().seq().compareTo(seq) >= 0) {
                    discardLostUpload(record.id(), current.get().seq(), seq);
                    return WriteOutcome.STALE;
                }
                // Built once, after the first stale check, so a duplicate event never uploads a large record
                // again, and a retry does not upload it twice.
                if (built == null) built = recordItem(record, seq, authors);
                Map<String, AttributeValue> item = built;
                try {
                    dynamo.transactWriteItems(b -> b.transactItems(transaction(record, item, authors, current)));
                } catch (TransactionCanceledException e) {
                    // Another event for this object was written between our read and write: read again.
                    if (hasReason(e, "ConditionalCheckFailed")) continue;
                    if (!hasReason(e, "TransactionConflict")) throw e;
                    // Another writer's transaction on this item is still in flight: let it finish, then read again
                    // (no pause after the last attempt; an interrupted pause gives up, as the last attempt does).
                    if (attempt + 1 < MAX_ATTEMPTS && !pauseAfterConflict(attempt)) break;
                    continue;
                }
                String replaced = current.map(Current::recordRef).orElse(null);
                if (replaced != null && content != null) content.delete(replaced);
                return WriteOutcome.WRITTEN;
            }
        } catch (DynamoDbException e) {
            if (isValidation(e)) throw new PermanentStoreException("DynamoDB refused the record: " + e.awsErrorDetails().errorMessage(), e);
            throw e;
        }
        throw new ConcurrentWriteException(record.id(), MAX_ATTEMPTS);
    }

    /**
     * A large record of this event, uploaded by this call or by an earlier try of the same event that gave up
     * or failed before it could be written, is referenced by nothing once a newer event is stored, so it goes
     * (S3 deletes of absent keys are free and harmless). When the stored record is this very event (a
     * duplicate delivery, or a try that was written after all), the content under its name is that
     * record's, and stays.
     */
    private void discardLostUpload(String id, String storedSeq, String seq) {
        if (content != null && !storedSeq.equals(seq)) content.delete(contentRef(id, seq));
    }

    /** Keyed by sequencer, so a write that loses the race never overwrites the winner's content. */
    private static String contentRef(String id, String seq) {
        return "records/" + id + "/" + seq + ".json.gz";
    }

    /** A 400 that is not throttling or a condition: the request itself is wrong and always will be. */
    private static boolean isValidation(DynamoDbException e) {
        return e.statusCode() == 400 && e.awsErrorDetails() != null
                && "ValidationException".equals(e.awsErrorDetails().errorCode());
    }

    private List<TransactWriteItem> transaction(ArticleRecord record, Map<String, AttributeValue> item, Set<String> authors,
                                                Optional<Current> current) {
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(TransactWriteItem.builder().put(p -> {
            p.tableName(table).item(item);
            if (current.isEmpty()) {
                p.conditionExpression("attribute_not_exists(pk)");
            } else {
                p.conditionExpression("seq = :current").expressionAttributeValues(Map.of(":current", AttributeValue.fromS(current.get().seq())));
            }
        }).build());
        for (String gone : current.map(Current::authors).orElse(Set.of())) {
            if (!authors.contains(gone)) {
                writes.add(TransactWriteItem.builder().delete(d -> d.tableName(table)
                        .key(key(record.id(), Keys.AUTHOR_SK_PREFIX + gone))).build());
            }
        }
        for (String author : authors) {
            Map<String, AttributeValue> a = new HashMap<>(key(record.id(), Keys.AUTHOR_SK_PREFIX + author));
            a.put("gAuth", AttributeValue.fromS(author));
            a.put("gAuthSk", AttributeValue.fromS(Keys.dateSortKey(record)));
            a.put("listing", item.get("listing"));
            writes.add(TransactWriteItem.builder().put(p -> p.tableName(table).item(a)).build());
        }
        return writes;
    }

    private static boolean hasReason(TransactionCanceledException e, String code) {
        if (!e.hasCancellationReasons()) return false;
        for (CancellationReason r : e.cancellationReasons()) {
            if (code.equals(r.code())) return true;
        }
        return false;
    }

    /** Jittered and growing, so two writers that conflicted do not retry in lockstep; false when interrupted. */
    private static boolean pauseAfterConflict(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20) << attempt);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Map<String, AttributeValue> recordItem(ArticleRecord record, String seq, Set<String> authors) {
        ObjectNode json = ArticleJson.toJson(record);
        byte[] compressed = Gzip.compress(json.toString());
        Map<String, AttributeValue> item = new HashMap<>(key(record.id(), Keys.RECORD_SK));
        item.put("id", AttributeValue.fromS(record.id()));
        item.put("seq", AttributeValue.fromS(seq));
        item.put("status", AttributeValue.fromS(record.status().name()));
        if (compressed.length <= MAX_INLINE_RECORD_BYTES) {
            item.put("record", AttributeValue.fromB(SdkBytes.fromByteArray(compressed)));
        } else {
            if (content == null) throw new RecordTooLargeException(compressed.length);
            String ref = contentRef(record.id(), seq);
            content.put(ref, compressed);
            item.put("recordRef", AttributeValue.fromS(ref));
        }
        if (!authors.isEmpty()) item.put("authorKeys", AttributeValue.fromSs(List.copyOf(authors)));
        if (record.status() == Status.OK) addIndexAttributes(record, json, item);
        return item;
    }

    /** Only OK records enter the listings; rejections and tombstones are found by id alone. */
    private static void addIndexAttributes(ArticleRecord record, ObjectNode json, Map<String, AttributeValue> item) {
        item.put("listing", AttributeValue.fromS(Listing.of(record, json)));
        String dateKey = Keys.dateSortKey(record);
        item.put("gNew", AttributeValue.fromS(Keys.NEWEST_PARTITION));
        item.put("gNewSk", AttributeValue.fromS(dateKey));
        var a = record.article();
        putIndex(item, "gSrc", a.source() == null ? null : Keys.normalize(a.source()), dateKey);
        putIndex(item, "gLang", a.language() == null ? null : Keys.normalize(a.language()), dateKey);
        putIndex(item, "gUrl", a.url() == null ? null : Keys.normalizeUrl(a.url()), record.ingestedAt() + "#" + record.id());
    }

    private static void putIndex(Map<String, AttributeValue> item, String partitionKey, String normalized, String sortKey) {
        String value = Keys.indexValue(normalized);
        if (value == null) return;
        item.put(partitionKey, AttributeValue.fromS(value));
        item.put(partitionKey + "Sk", AttributeValue.fromS(sortKey));
    }

    private static Set<String> authorKeys(ArticleRecord record) {
        Set<String> keys = new LinkedHashSet<>();
        if (record.status() != Status.OK) return keys;
        for (Author a : record.article().authors()) {
            String value = Keys.indexValue(Keys.normalize(a.name()));
            if (value != null && keys.size() < MAX_AUTHOR_ITEMS) keys.add(value);
        }
        return keys;
    }

    @Override
    public Optional<ArticleRecord> get(String id) {
        GetItemResponse r = dynamo.getItem(b -> b.tableName(table).key(key(id, Keys.RECORD_SK)));
        if (!r.hasItem()) return Optional.empty();
        Map<String, AttributeValue> item = r.item();
        byte[] compressed = item.containsKey("record")
                ? item.get("record").b().asByteArray()
                : content.get(item.get("recordRef").s());
        return Optional.of(ArticleJson.read(Gzip.decompress(compressed)));
    }

    @Override
    public Page list(ListQuery q) {
        ListQuery.Index index = q.index();
        String partition = switch (index) {
            case NEWEST -> Keys.NEWEST_PARTITION;
            case BY_URL -> Keys.indexValue(Keys.normalizeUrl(q.value()));
            default -> Keys.indexValue(Keys.normalize(q.value()));
        };
        if (partition == null) return new Page(List.of(), null);
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":p", AttributeValue.fromS(partition));
        String condition = "#p = :p";
        if (q.from() != null || q.to() != null) {
            condition += " AND #s BETWEEN :from AND :to";
            values.put(":from", AttributeValue.fromS(q.from() == null ? "0000" : q.from()));
            // Sort keys are "date#id": "~" sorts after every character that follows a date.
            values.put(":to", AttributeValue.fromS((q.to() == null ? "9999" : q.to()) + "~"));
        }
        QueryRequest request = QueryRequest.builder().tableName(table).indexName(index.indexName)
                .keyConditionExpression(condition)
                .expressionAttributeNames(condition.contains("#s")
                        ? Map.of("#p", index.partitionKey, "#s", index.sortKey) : Map.of("#p", index.partitionKey))
                .expressionAttributeValues(values)
                .scanIndexForward(false)
                .limit(q.limit())
                .exclusiveStartKey(Cursors.decode(q, partition))
                .build();
        QueryResponse response;
        try {
            response = dynamo.query(request);
        } catch (DynamoDbException e) {
            // The cursor passed every check and still does not fit this query (e.g. outside its date range).
            if (isValidation(e) && q.cursor() != null) throw new InvalidCursorException("it does not fit this query");
            throw e;
        }
        List<ObjectNode> items = new ArrayList<>();
        for (Map<String, AttributeValue> item : response.items()) {
            try {
                items.add((ObjectNode) ArticleJson.MAPPER.readTree(item.get("listing").s()));
            } catch (Exception e) {
                throw new IllegalStateException("corrupt listing in item " + item.get(Keys.PK).s(), e);
            }
        }
        return new Page(items, Cursors.encode(q, response.hasLastEvaluatedKey() ? response.lastEvaluatedKey() : null));
    }

    private static Map<String, AttributeValue> key(String id, String sk) {
        return Map.of(Keys.PK, AttributeValue.fromS(Keys.pk(id)), Keys.SK, AttributeValue.fromS(sk));
    }
}
