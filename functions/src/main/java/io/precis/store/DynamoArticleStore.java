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

/**
 * The table: records as gzip JSON in one item per article, plus one item per author, written in one
 * transaction whose condition is the stored sequencer (optimistic concurrency: read the current
 * sequencer and authors, then write only if nobody wrote in between).
 */
public final class DynamoArticleStore implements ArticleStore {
    /** Leaves room under DynamoDB's 400 KB item limit for keys, listing and index attributes. */
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

    @Override
    public WriteOutcome write(ArticleRecord record) {
        String seq = Sequencer.normalize(record.origin().sequencer());
        Map<String, AttributeValue> item = recordItem(record, seq);
        Set<String> authors = authorKeys(record);
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            GetItemResponse current = dynamo.getItem(b -> b.tableName(table).key(key(record.id(), Keys.RECORD_SK))
                    .consistentRead(true).projectionExpression("seq, authorKeys"));
            String currentSeq = current.hasItem() ? current.item().get("seq").s() : null;
            if (currentSeq != null && currentSeq.compareTo(seq) >= 0) return WriteOutcome.STALE;
            try {
                dynamo.transactWriteItems(b -> b.transactItems(transaction(record, item, authors, current, currentSeq)));
                return WriteOutcome.WRITTEN;
            } catch (TransactionCanceledException e) {
                if (!conditionFailed(e)) throw e;
                // Another event for this object was written between our read and write: read again.
            }
        }
        throw new ConcurrentWriteException(record.id(), MAX_ATTEMPTS);
    }

    private List<TransactWriteItem> transaction(ArticleRecord record, Map<String, AttributeValue> item, Set<String> authors,
                                                GetItemResponse current, String currentSeq) {
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(TransactWriteItem.builder().put(p -> {
            p.tableName(table).item(item);
            if (currentSeq == null) {
                p.conditionExpression("attribute_not_exists(pk)");
            } else {
                p.conditionExpression("seq = :current").expressionAttributeValues(Map.of(":current", AttributeValue.fromS(currentSeq)));
            }
        }).build());
        Set<String> previous = current.hasItem() && current.item().containsKey("authorKeys")
                ? new LinkedHashSet<>(current.item().get("authorKeys").ss()) : Set.of();
        for (String gone : previous) {
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

    private static boolean conditionFailed(TransactionCanceledException e) {
        if (!e.hasCancellationReasons()) return false;
        for (CancellationReason r : e.cancellationReasons()) {
            if ("ConditionalCheckFailed".equals(r.code())) return true;
        }
        return false;
    }

    private Map<String, AttributeValue> recordItem(ArticleRecord record, String seq) {
        ObjectNode json = ArticleJson.toJson(record);
        byte[] compressed = Gzip.compress(json.toString());
        Map<String, AttributeValue> item = new HashMap<>(key(record.id(), Keys.RECORD_SK));
        item.put("id", AttributeValue.fromS(record.id()));
        item.put("seq", AttributeValue.fromS(seq));
        item.put("status", AttributeValue.fromS(record.status().name()));
        item.put("objectKey", AttributeValue.fromS(record.origin().key()));
        if (compressed.length <= MAX_INLINE_RECORD_BYTES) {
            item.put("record", AttributeValue.fromB(SdkBytes.fromByteArray(compressed)));
        } else {
            if (content == null) throw new RecordTooLargeException(compressed.length);
            // Keyed by sequencer, so a write that loses the race never overwrites the winner's content.
            String ref = "records/" + record.id() + "/" + seq + ".json.gz";
            content.put(ref, compressed);
            item.put("recordRef", AttributeValue.fromS(ref));
        }
        Set<String> authors = authorKeys(record);
        if (!authors.isEmpty()) item.put("authorKeys", AttributeValue.fromSs(List.copyOf(authors)));
        if (record.status() == Status.OK) addIndexAttributes(record, json, item);
        return item;
    }

    /** Only OK records enter the listings; rejections and tombstones are found by id alone. */
    private static void addIndexAttributes(ArticleRecord record, ObjectNode json, Map<String, AttributeValue> item) {
        ObjectNode listing = json.deepCopy();
        listing.remove("body");
        item.put("listing", AttributeValue.fromS(listing.toString()));
        String dateKey = Keys.dateSortKey(record);
        item.put("gNew", AttributeValue.fromS(Keys.NEWEST_PARTITION));
        item.put("gNewSk", AttributeValue.fromS(dateKey));
        var a = record.article();
        if (a.source() != null) {
            item.put("gSrc", AttributeValue.fromS(Keys.normalize(a.source())));
            item.put("gSrcSk", AttributeValue.fromS(dateKey));
        }
        if (a.language() != null) {
            item.put("gLang", AttributeValue.fromS(Keys.normalize(a.language())));
            item.put("gLangSk", AttributeValue.fromS(dateKey));
        }
        if (a.url() != null && !a.url().isBlank()) {
            item.put("gUrl", AttributeValue.fromS(Keys.normalizeUrl(a.url())));
            item.put("gUrlSk", AttributeValue.fromS(record.ingestedAt() + "#" + record.id()));
        }
    }

    private static Set<String> authorKeys(ArticleRecord record) {
        Set<String> keys = new LinkedHashSet<>();
        if (record.status() != Status.OK) return keys;
        for (Author a : record.article().authors()) {
            if (keys.size() < MAX_AUTHOR_ITEMS) keys.add(Keys.normalize(a.name()));
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
            case BY_URL -> Keys.normalizeUrl(q.value());
            default -> Keys.normalize(q.value());
        };
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":p", AttributeValue.fromS(partition));
        String condition = "#p = :p";
        if (q.from() != null || q.to() != null) {
            condition += " AND #s BETWEEN :from AND :to";
            values.put(":from", AttributeValue.fromS(q.from() == null ? "0000" : q.from()));
            // Sort keys are "date#id": "~" sorts after every character that follows a date.
            values.put(":to", AttributeValue.fromS((q.to() == null ? "9999" : q.to()) + "~"));
        }
        QueryRequest.Builder request = QueryRequest.builder().tableName(table).indexName(index.indexName)
                .keyConditionExpression(condition)
                .expressionAttributeNames(condition.contains("#s")
                        ? Map.of("#p", index.partitionKey, "#s", index.sortKey) : Map.of("#p", index.partitionKey))
                .expressionAttributeValues(values)
                .scanIndexForward(false)
                .limit(q.limit())
                .exclusiveStartKey(Cursors.decode(q, partition));
        QueryResponse response = dynamo.query(request.build());
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
