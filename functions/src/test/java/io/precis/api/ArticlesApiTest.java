package io.precis.api;

import io.precis.article.ArticleRecord;
import io.precis.article.Origin;
import io.precis.json.ArticleJson;
import io.precis.lambda.JsonLog;
import io.precis.store.ArticleStore;
import io.precis.store.InMemoryArticleStore;
import io.precis.store.ListQuery;
import io.precis.store.Page;
import io.precis.store.WriteOutcome;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class ArticlesApiTest {
    private final InMemoryArticleStore store = new InMemoryArticleStore();
    private final ArticlesApi api = new ArticlesApi(store, 20, 100);

    private HttpResponse get(String path, Map<String, String> query) {
        return api.handle(new HttpRequest("GET", path, query, "r-1"));
    }

    @Test
    void answersWithProblemsThatSayWhatToFix() {
        assertEquals(400, get("/articles/xyz", Map.of()).status());
        assertEquals("article id must be 24 lower-case hex digits, got 'xyz'", get("/articles/xyz", Map.of()).body().path("detail").asText());
        assertEquals(404, get("/articles/0123456789abcdef01234567", Map.of()).status());
        assertEquals(404, get("/elsewhere", Map.of()).status());
        assertEquals(405, api.handle(new HttpRequest("POST", "/articles", Map.of(), "r")).status());
        assertEquals("give at most one of source, author, language, url",
                get("/articles", Map.of("source", "a", "author", "b")).body().path("detail").asText());
        assertEquals("from (2024-02-01) is after to (2024-01-01)",
                get("/articles", Map.of("from", "2024-02-01", "to", "2024-01-01")).body().path("detail").asText());
        assertEquals("application/problem+json", get("/articles", Map.of("limit", "x")).contentType());
    }

    @Test
    void aRejectedRecordIsServedWithItsReasonAndADeletedOneIsGone() {
        ArticleRecord rejected = ArticleRecord.rejected(new Origin("b", "bad.bin", null, "01", 3), "binary file: contains NUL bytes", Instant.EPOCH);
        ArticleRecord deleted = ArticleRecord.deleted(new Origin("b", "old.txt", null, "02", -1), Instant.EPOCH);
        store.write(rejected);
        store.write(deleted);
        HttpResponse r = get("/articles/" + rejected.id(), Map.of());
        assertEquals(200, r.status());
        assertEquals("binary file: contains NUL bytes", r.body().path("reason").asText());
        assertEquals(410, get("/articles/" + deleted.id(), Map.of()).status());
        assertEquals(0, get("/articles", Map.of()).body().path("items").size());
    }

    @Test
    void aBodyTooLargeForALambdaResponseIsCutAtAParagraphAndSaysSo() {
        var json = ArticleJson.MAPPER.createObjectNode();
        json.put("id", "x");
        String paragraph = "word ".repeat(200).strip();
        json.put("body", String.join("\n\n", java.util.Collections.nCopies(6000, paragraph)));
        var cut = ArticlesApi.withinResponseLimit(json);
        assertEquals(true, cut.path("bodyTruncated").asBoolean());
        assertEquals(true, cut.toString().getBytes(StandardCharsets.UTF_8).length <= ArticlesApi.MAX_RESPONSE_BYTES);
        assertEquals(true, cut.path("body").asText().endsWith(paragraph));
        var small = ArticleJson.MAPPER.createObjectNode().put("body", "short");
        assertFalse(ArticlesApi.withinResponseLimit(small).has("bodyTruncated"));
    }

    @Test
    void aStoreFaultBecomesA500WithoutInternals() throws Exception {
        ArticleStore broken = new ArticleStore() {
            public WriteOutcome write(ArticleRecord record) {
                throw new IllegalStateException("x");
            }

            public Optional<String> storedSequencer(String id) {
                throw new IllegalStateException("x");
            }

            public Optional<ArticleRecord> get(String id) {
                throw new IllegalStateException("table secret-table is throttled");
            }

            public Page list(ListQuery query) {
                throw new IllegalStateException("x");
            }
        };
        ByteArrayOutputStream logs = new ByteArrayOutputStream();
        QueryHandler handler = new QueryHandler(new ArticlesApi(broken, 20, 100), new JsonLog(new PrintStream(logs, true, StandardCharsets.UTF_8)));
        String event = "{\"rawPath\":\"/articles/0123456789abcdef01234567\",\"requestContext\":{\"http\":{\"method\":\"GET\"}}}";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out, null);
        var response = ArticleJson.MAPPER.readTree(out.toByteArray());
        assertEquals(500, response.path("statusCode").asInt());
        assertFalse(response.path("body").asText().contains("secret-table"));
        assertEquals(true, logs.toString(StandardCharsets.UTF_8).contains("secret-table"), "the cause is logged for the operator");
    }
}
