package io.precis.it;

import com.fasterxml.jackson.databind.JsonNode;
import io.precis.json.ArticleJson;
import io.precis.local.LocalApplication;
import io.precis.local.LocalClients;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code precis local}: an upload through the S3 endpoint by an ordinary S3 client shows up in the API. */
class LocalApplicationIT {
    private static final String TEXT = """
            Night trains return to the northern line
            The Valley Times -Jun 7th2024
            Priya Nair
            The operator will run a sleeper service three nights a week from September, the first since 2009. \
            Tickets go on sale next month. A return trip will cost about the same as a flight.
            """;

    @Test
    void anUploadIsIngestedAndListedThenADeleteRemovesIt() throws Exception {
        try (LocalApplication app = LocalApplication.start(null, 0, 0, 0, new PrintStream(new ByteArrayOutputStream()));
             S3Client client = LocalClients.s3(app.s3Endpoint())) {
            client.putObject(b -> b.bucket(LocalApplication.BUCKET).key("uploads/night trains.txt"), RequestBody.fromString(TEXT));
            JsonNode item = awaitListed(app.apiEndpoint(), 1);
            assertEquals("Night trains return to the northern line", item.path("title").asText());
            assertEquals("uploads/night trains.txt", item.path("origin").path("key").asText());
            assertEquals(LocalApplication.BUCKET, item.path("origin").path("bucket").asText());

            HttpResponse<String> one = get(app.apiEndpoint().resolve("/articles/" + item.path("id").asText()));
            assertEquals(200, one.statusCode());
            assertTrue(one.body().contains("sleeper service"));
            assertEquals(404, get(app.apiEndpoint().resolve("/nowhere")).statusCode());

            // A multipart upload (what the aws cli and boto3 do for large files) is one object, one event.
            String upload = client.createMultipartUpload(b -> b.bucket(LocalApplication.BUCKET).key("uploads/multi.txt")).uploadId();
            String etag = client.uploadPart(b -> b.bucket(LocalApplication.BUCKET).key("uploads/multi.txt").uploadId(upload).partNumber(1),
                    RequestBody.fromString(TEXT.replace("Night trains", "Day trains"))).eTag();
            client.completeMultipartUpload(b -> b.bucket(LocalApplication.BUCKET).key("uploads/multi.txt").uploadId(upload)
                    .multipartUpload(m -> m.parts(p -> p.partNumber(1).eTag(etag))));
            awaitListed(app.apiEndpoint(), 2);
            JsonNode all = ArticleJson.MAPPER.readTree(get(app.apiEndpoint().resolve("/articles")).body()).path("items");
            java.util.Set<String> keys = new java.util.HashSet<>();
            all.forEach(i -> keys.add(i.path("origin").path("key").asText()));
            assertEquals(java.util.Set.of("uploads/night trains.txt", "uploads/multi.txt"), keys);
            client.deleteObject(b -> b.bucket(LocalApplication.BUCKET).key("uploads/multi.txt"));

            client.deleteObject(b -> b.bucket(LocalApplication.BUCKET).key("uploads/night trains.txt"));
            awaitListed(app.apiEndpoint(), 0);
            assertEquals(410, get(app.apiEndpoint().resolve("/articles/" + item.path("id").asText())).statusCode());
        }
    }

    /** Polls GET /articles until it lists {@code count} articles (ingestion is asynchronous, as in AWS). */
    private static JsonNode awaitListed(URI api, int count) throws Exception {
        long deadline = System.currentTimeMillis() + 15_000;
        while (true) {
            JsonNode items = ArticleJson.MAPPER.readTree(get(api.resolve("/articles")).body()).path("items");
            if (items.size() == count) return items.get(0);
            if (System.currentTimeMillis() > deadline) throw new AssertionError("expected " + count + " articles, listed: " + items);
            Thread.sleep(100);
        }
    }

    private static HttpResponse<String> get(URI uri) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
