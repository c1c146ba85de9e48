package io.precis.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.precis.lambda.Priming;
import io.precis.store.DynamoArticleStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The query handler on the HTTP API events in events/, over articles ingested through the ingest handler. */
class QueryIT {
    private static final String[][] ARTICLES = {
            // key, source, date, author
            {"q/a.txt", "The Coastal Ledger", "Jan 5th2024", "Ann Lee"},
            {"q/b.txt", "The Coastal Ledger", "Feb 9th2024", "Bo Diaz"},
            {"q/c.txt", "Valley Times", "Mar 1st2024", "Ann Lee"},
            {"q/d.txt", "Valley Times", "Apr 2nd2024", "Cy Ode"},
            {"q/e.txt", "The Coastal Ledger", "May 3rd2024", "Ann Lee and Bo Diaz"},
    };
    private static TestStack stack;
    private static Handlers handlers;

    @BeforeAll
    static void ingestArticles() throws Exception {
        stack = TestStack.start();
        handlers = new Handlers(stack);
        int n = 0;
        for (String[] a : ARTICLES) {
            String text = "Story number " + n + " about the harbour\n" + a[1] + " -" + a[2] + "\n" + a[3] + "\n"
                    + "The harbour board met on Monday to discuss the plan for the new pier. It was the " + n + "th meeting this year. "
                    + "Members said the work would start soon. The mayor did not attend the meeting.\n";
            handlers.put(a[0], text.getBytes(StandardCharsets.UTF_8));
            assertEquals("STORED", handlers.ingestOne("s3-put.json", a[0], "0A" + n, text.length()));
            n++;
        }
    }

    @AfterAll
    static void stop() throws Exception {
        stack.close();
    }

    @Test
    void theSnapStartPrimingReadsGoThroughTheStoreAndFindNothing() {
        DynamoArticleStore store = new DynamoArticleStore(stack.dynamo, stack.table, null);
        assertTrue(store.get(Priming.ABSENT_ID).isEmpty());
        assertTrue(Priming.primeStore(() -> store.get(Priming.ABSENT_ID)));
        assertTrue(Priming.primeStore(() -> store.storedSequencer(Priming.ABSENT_ID)));
    }

    private static JsonNode list(Map<String, String> parameters) throws Exception {
        ObjectNode event = Events.load("api-list-articles.json");
        ObjectNode q = event.putObject("queryStringParameters");
        parameters.forEach(q::put);
        return handlers.invokeQuery(event);
    }

    @Test
    void theListFixtureReturnsTheNewestArticlesFirst() throws Exception {
        JsonNode response = handlers.invokeQuery(Events.load("api-list-articles.json"));
        assertEquals(200, response.path("statusCode").asInt());
        JsonNode body = Handlers.body(response);
        int limit = Events.load("api-list-articles.json").path("queryStringParameters").path("limit").asInt();
        assertEquals(limit, body.path("items").size());
        assertEquals("2024-05-03", body.path("items").get(0).path("published").asText());
        assertFalse(body.path("items").get(0).has("body"), "listings leave the body out");
        assertTrue(body.path("items").get(0).path("origin").has("key"), "every record names its object");
    }

    @Test
    void aCursorWalksEveryArticleOncePageByPage() throws Exception {
        List<String> dates = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            Map<String, String> p = cursor == null ? Map.of("limit", "2") : Map.of("limit", "2", "cursor", cursor);
            JsonNode body = Handlers.body(list(p));
            for (JsonNode item : body.path("items")) {
                dates.add(item.path("published").asText());
                assertTrue(ids.add(item.path("id").asText()), "no article twice");
            }
            cursor = body.path("nextCursor").isNull() ? null : body.path("nextCursor").asText();
            pages++;
        } while (cursor != null && pages < 10);
        assertEquals(List.of("2024-05-03", "2024-04-02", "2024-03-01", "2024-02-09", "2024-01-05"), dates);
    }

    @Test
    void theCursorFixtureIsRefusedAsAProblemBecauseThisApiDidNotIssueIt() throws Exception {
        JsonNode response = handlers.invokeQuery(Events.load("api-list-articles-cursor.json"));
        assertEquals(400, response.path("statusCode").asInt());
        assertEquals("application/problem+json", response.path("headers").path("content-type").asText());
        assertTrue(Handlers.body(response).path("detail").asText().startsWith("invalid cursor"));
    }

    @Test
    void aCursorFromAnotherListingIsRefused() throws Exception {
        String cursor = Handlers.body(list(Map.of("limit", "1"))).path("nextCursor").asText();
        JsonNode response = list(Map.of("limit", "1", "source", "Valley Times", "cursor", cursor));
        assertEquals(400, response.path("statusCode").asInt());
    }

    @Test
    void aCursorReusedWithAnotherDateRangeIsRefused() throws Exception {
        String cursor = Handlers.body(list(Map.of("limit", "1", "source", "The Coastal Ledger", "from", "2024-01-01")))
                .path("nextCursor").asText();
        assertEquals(200, list(Map.of("limit", "1", "source", "The Coastal Ledger", "from", "2024-01-01", "cursor", cursor))
                .path("statusCode").asInt());
        JsonNode moved = list(Map.of("limit", "1", "source", "The Coastal Ledger", "from", "2024-04-01", "cursor", cursor));
        assertEquals(400, moved.path("statusCode").asInt());
        assertEquals("invalid cursor: it belongs to another date range", Handlers.body(moved).path("detail").asText());
    }

    @Test
    void listsBySourceWithinDatesByAuthorAndByLanguage() throws Exception {
        JsonNode bySource = Handlers.body(list(Map.of("source", "the coastal ledger", "from", "2024-02-01", "to", "2024-12-31")));
        assertEquals(List.of("2024-05-03", "2024-02-09"), published(bySource));
        JsonNode byAuthor = Handlers.body(list(Map.of("author", "Ann Lee")));
        assertEquals(List.of("2024-05-03", "2024-03-01", "2024-01-05"), published(byAuthor));
        JsonNode byLanguage = Handlers.body(list(Map.of("language", "en", "limit", "100")));
        assertEquals(5, byLanguage.path("items").size());
    }

    @Test
    void unknownAndMalformedIdsAndBadParametersAreProblems() throws Exception {
        assertEquals(404, handlers.getArticle("0123456789abcdef01234567").path("statusCode").asInt());
        assertEquals(400, handlers.getArticle("not-an-id").path("statusCode").asInt());
        JsonNode badLimit = list(Map.of("limit", "0"));
        assertEquals(400, badLimit.path("statusCode").asInt());
        assertEquals("limit must be a whole number from 1 to 100, got '0'", Handlers.body(badLimit).path("detail").asText());
        assertEquals(400, list(Map.of("from", "yesterday")).path("statusCode").asInt());
        assertEquals(400, list(Map.of("colour", "blue")).path("statusCode").asInt());
    }

    @Test
    void theGetFixtureAnswersWithTheRecordOrA404() throws Exception {
        JsonNode response = handlers.invokeQuery(Events.load("api-get-article.json"));
        int status = response.path("statusCode").asInt();
        assertEquals(404, status, "the fixture's id names an object of another bucket");
        assertNull(Handlers.body(response).get("stack"));
        String id = handlers.idOf("q/c.txt");
        JsonNode found = Handlers.body(handlers.getArticle(id));
        assertEquals(id, found.path("id").asText());
        assertEquals("q/c.txt", found.path("origin").path("key").asText());
        assertEquals("Valley Times", found.path("source").asText());
    }

    private static List<String> published(JsonNode body) {
        List<String> dates = new ArrayList<>();
        body.path("items").forEach(i -> dates.add(i.path("published").asText()));
        return dates;
    }
}
