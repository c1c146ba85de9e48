package io.precis.ingest;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.precis.config.Config;
import io.precis.json.ArticleJson;
import io.precis.lambda.AwsClients;
import io.precis.lambda.JsonLog;
import io.precis.lambda.Priming;
import io.precis.store.DynamoArticleStore;
import io.precis.store.S3ContentStore;
import io.precis.summarize.SummaryLength;
import software.amazon.awssdk.services.s3.S3Client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The S3-triggered function. Each record succeeds or fails on its own; transient faults are collected
 * and, once every record was tried, fail the invocation so Lambda retries the event.
 */
public final class IngestHandler implements RequestStreamHandler {
    private final IngestService service;
    private final JsonLog log;
    /** Held so that a CRaC context keeping its resources weakly cannot lose the hook before the snapshot. */
    private Priming priming;

    /** Used by Lambda: everything built once, from the environment, at init. */
    public IngestHandler() {
        this(Config.fromEnvironment(), AwsClients.s3());
    }

    private IngestHandler(Config config, S3Client s3) {
        this(config, s3, new DynamoArticleStore(AwsClients.dynamo(), config.tableName(),
                config.contentBucket() == null ? null : new S3ContentStore(s3, config.contentBucket())));
    }

    private IngestHandler(Config config, S3Client s3, DynamoArticleStore store) {
        this(new IngestService(new S3ObjectSource(s3), store, config.maxObjectBytes(),
                SummaryLength.sentences(config.summarySentences()), Clock.systemUTC()), JsonLog.stdout());
        this.priming = Priming.register(() -> store.storedSequencer(Priming.ABSENT_ID));
    }

    public IngestHandler(IngestService service, JsonLog log) {
        this.service = service;
        this.log = log;
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        String requestId = context == null ? null : context.getAwsRequestId();
        List<S3EventRecord> records = S3Events.parse(ArticleJson.MAPPER.readTree(input));
        List<String> failures = new ArrayList<>();
        ObjectNode result = ArticleJson.MAPPER.createObjectNode();
        var outcomes = result.putArray("records");
        for (S3EventRecord r : records) {
            long start = System.nanoTime();
            try {
                Outcome outcome = service.ingest(r);
                outcomes.addObject().put("key", r.key()).put("outcome", outcome.name());
                log.info("ingested", "requestId", requestId, "bucket", r.bucket(), "key", r.key(), "event", r.eventName(),
                        "sequencer", r.sequencer(), "outcome", outcome, "millis", (System.nanoTime() - start) / 1_000_000);
            } catch (RuntimeException e) {
                failures.add(r.key() + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
                outcomes.addObject().put("key", r.key()).put("outcome", "FAILED");
                log.error("ingest failed, will be retried", "requestId", requestId, "bucket", r.bucket(), "key", r.key(),
                        "event", r.eventName(), "sequencer", r.sequencer(), "outcome", "FAILED", "error", e.toString());
            }
        }
        if (!failures.isEmpty()) throw new IngestFailedException(failures, records.size());
        output.write(result.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
