package io.precis.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.precis.api.ArticlesApi;
import io.precis.api.QueryHandler;
import io.precis.article.ArticleIds;
import io.precis.article.Origin;
import io.precis.ingest.IngestHandler;
import io.precis.ingest.IngestService;
import io.precis.ingest.ObjectSource;
import io.precis.ingest.S3ObjectSource;
import io.precis.json.ArticleJson;
import io.precis.lambda.JsonLog;
import io.precis.store.DynamoArticleStore;
import io.precis.store.S3ContentStore;
import io.precis.summarize.SummaryLength;
import software.amazon.awssdk.core.sync.RequestBody;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/** The two handlers wired to a test stack, invoked the way Lambda invokes them: JSON in, JSON out. */
final class Handlers {
    static final long MAX_OBJECT_BYTES = 2_000_000;

    final TestStack stack;
    final ByteArrayOutputStream logs = new ByteArrayOutputStream();
    final IngestHandler ingest;
    final QueryHandler query;

    Handlers(TestStack stack) {
        this(stack, new S3ObjectSource(stack.s3));
    }

    Handlers(TestStack stack, ObjectSource objects) {
        this.stack = stack;
        JsonLog log = new JsonLog(new PrintStream(logs, true, StandardCharsets.UTF_8));
        DynamoArticleStore store = new DynamoArticleStore(stack.dynamo, stack.table, new S3ContentStore(stack.s3, stack.contentBucket));
        ingest = new IngestHandler(new IngestService(objects, store, MAX_OBJECT_BYTES, SummaryLength.sentences(3), Clock.systemUTC()), log);
        query = new QueryHandler(new ArticlesApi(store, 20, 100), log);
    }

    void put(String key, byte[] bytes) {
        stack.s3.putObject(b -> b.bucket(stack.bucket).key(key), RequestBody.fromBytes(bytes));
    }

    JsonNode ingest(JsonNode event) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ingest.handleRequest(new ByteArrayInputStream(event.toString().getBytes(StandardCharsets.UTF_8)), out, null);
        return ArticleJson.MAPPER.readTree(out.toByteArray());
    }

    /** The outcome of the only record of a one-record event. */
    String ingestOne(String fixture, String key, String sequencer, long size) throws Exception {
        return ingest(Events.record(fixture, stack.bucket, key, sequencer, size)).path("records").get(0).path("outcome").asText();
    }

    /** API Gateway's response event for GET /articles/{id}, built from the fixture. */
    JsonNode getArticle(String id) throws Exception {
        ObjectNode event = Events.load("api-get-article.json");
        event.put("rawPath", "/articles/" + id);
        ((ObjectNode) event.path("pathParameters")).put("id", id);
        ((ObjectNode) event.path("requestContext").path("http")).put("path", "/articles/" + id);
        return invokeQuery(event);
    }

    JsonNode invokeQuery(JsonNode event) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        query.handleRequest(new ByteArrayInputStream(event.toString().getBytes(StandardCharsets.UTF_8)), out, null);
        return ArticleJson.MAPPER.readTree(out.toByteArray());
    }

    static JsonNode body(JsonNode response) throws Exception {
        return ArticleJson.MAPPER.readTree(response.path("body").asText());
    }

    String idOf(String key) {
        return ArticleIds.forOrigin(new Origin(stack.bucket, key, null, null, -1));
    }
}
