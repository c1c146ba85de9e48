package io.precis.local;

import io.precis.api.ArticlesApi;
import io.precis.api.QueryHandler;
import io.precis.config.Config;
import io.precis.ingest.IngestHandler;
import io.precis.ingest.IngestService;
import io.precis.ingest.S3ObjectSource;
import io.precis.lambda.JsonLog;
import io.precis.store.DynamoArticleStore;
import io.precis.store.S3ContentStore;
import io.precis.summarize.SummaryLength;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The whole application on this machine: DynamoDB Local and an S3 endpoint on loopback ports, the
 * bucket and table created, the ingest handler fed with the event S3 would send for every object
 * put into or removed from the bucket, and the query routes served over HTTP. The handlers are the
 * deployed code, wired to the local endpoints.
 */
public final class LocalApplication implements AutoCloseable {
    public static final String BUCKET = "precis-uploads";
    static final String CONTENT_BUCKET = "precis-content";
    static final String TABLE = "precis-articles";

    private final LocalDynamo dynamo;
    private final LocalS3 s3;
    private final ApiServer api;
    private final ExecutorService ingestQueue;
    private final S3Client s3Client;
    private final DynamoDbClient dynamoClient;

    /**
     * @param dataDir folder that keeps the data between runs, or null to keep it in memory
     * @param apiPort port of the HTTP API (0: any free port)
     * @param s3Port  port of the S3 endpoint (0: any free port)
     * @param log     where the functions' JSON logs go
     */
    public static LocalApplication start(Path dataDir, int apiPort, int s3Port, int dynamoPort, PrintStream log) throws Exception {
        checkFree(apiPort, "--port");
        checkFree(s3Port, "--s3-port");
        checkFree(dynamoPort, "--dynamodb-port");
        return new LocalApplication(dataDir, apiPort, s3Port, dynamoPort, log);
    }

    /** Fails before anything starts, naming the option, when a chosen port is taken. */
    private static void checkFree(int port, String option) throws java.io.IOException {
        if (port == 0) return;
        try (var socket = new java.net.ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
        } catch (java.io.IOException e) {
            throw new java.io.IOException("port " + port + " (" + option + ") is in use; choose another with " + option + " N", e);
        }
    }

    private LocalApplication(Path dataDir, int apiPort, int s3Port, int dynamoPort, PrintStream logStream) throws Exception {
        JsonLog log = new JsonLog(logStream);
        ingestQueue = Executors.newSingleThreadExecutor(r -> new Thread(r, "s3-notifications"));
        dynamo = LocalDynamo.start(dynamoPort, dataDir == null ? null : dataDir.resolve("dynamodb"));
        dynamoClient = LocalClients.dynamo(dynamo.endpoint());
        TableSchema.ensure(dynamoClient, TABLE);
        // The S3 client and the ingest handler exist before the S3 endpoint starts, so no notification finds them missing.
        URI s3Endpoint = URI.create("http://127.0.0.1:" + (s3Port == 0 ? Ports.free() : s3Port));
        s3Client = LocalClients.s3(s3Endpoint);
        Config config = Config.from(Map.of("TABLE_NAME", TABLE, "CONTENT_BUCKET", CONTENT_BUCKET));
        DynamoArticleStore store = new DynamoArticleStore(dynamoClient, TABLE, new S3ContentStore(s3Client, CONTENT_BUCKET));
        IngestHandler ingest = new IngestHandler(new IngestService(new S3ObjectSource(s3Client), store, config.maxObjectBytes(),
                SummaryLength.sentences(config.summarySentences()), Clock.systemUTC()), log);
        S3EventFactory events = new S3EventFactory(LocalClients.REGION.id());
        s3 = LocalS3.start(s3Endpoint.getPort(), dataDir == null ? null : dataDir.resolve("s3"), new ObjectListener() {
            @Override
            public void created(String bucket, String key, long size, String etag) {
                if (bucket.equals(BUCKET)) deliver(ingest, events.created(bucket, key, size, etag).toString(), log);
            }

            @Override
            public void removed(String bucket, String key) {
                if (bucket.equals(BUCKET)) deliver(ingest, events.removed(bucket, key).toString(), log);
            }
        });
        for (String bucket : new String[]{BUCKET, CONTENT_BUCKET}) {
            try {
                s3Client.createBucket(b -> b.bucket(bucket));
            } catch (BucketAlreadyOwnedByYouException kept) {
                // Kept from an earlier run.
            }
        }
        api = ApiServer.start(apiPort, new QueryHandler(new ArticlesApi(store, config.defaultPageSize(), config.maxPageSize()), log));
    }

    /** Hands the event to the ingest handler on the notification thread, as S3 invokes Lambda asynchronously. */
    private void deliver(IngestHandler handler, String event, JsonLog log) {
        ingestQueue.submit(() -> {
            try {
                handler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), new ByteArrayOutputStream(), null);
            } catch (Exception e) {
                // In AWS, Lambda would retry and then send the event to the failure queue.
                log.error("ingest invocation failed", "error", e.toString());
            }
        });
    }

    /** Puts an object into the bucket through the S3 endpoint, as any client would. */
    public void upload(String key, InputStream content, long length) {
        s3Client.putObject(b -> b.bucket(BUCKET).key(key), RequestBody.fromInputStream(content, length));
    }

    /** Waits until every notification so far has been ingested. */
    public void awaitIngested() throws Exception {
        ingestQueue.submit(() -> { }).get(60, TimeUnit.SECONDS);
    }

    public URI apiEndpoint() {
        return api.endpoint();
    }

    public URI s3Endpoint() {
        return s3.endpoint();
    }

    public URI dynamoEndpoint() {
        return dynamo.endpoint();
    }

    /** Stops everything, in order, even when one part fails to stop: the DynamoDB child process must never outlive us. */
    @Override
    public void close() throws Exception {
        try (LocalDynamo d = dynamo; DynamoDbClient dc = dynamoClient; LocalS3 s = s3; S3Client sc = s3Client; ApiServer a = api) {
            ingestQueue.shutdown();
            ingestQueue.awaitTermination(30, TimeUnit.SECONDS);
        }
    }
}
