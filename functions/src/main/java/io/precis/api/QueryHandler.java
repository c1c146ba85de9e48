package io.precis.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import io.precis.config.Config;
import io.precis.json.ArticleJson;
import io.precis.lambda.AwsClients;
import io.precis.lambda.JsonLog;
import io.precis.lambda.Priming;
import io.precis.store.DynamoArticleStore;
import io.precis.store.S3ContentStore;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** The HTTP API function: API Gateway event in, response out; never a stack trace to the caller. */
public final class QueryHandler implements RequestStreamHandler {
    private final ArticlesApi api;
    private final JsonLog log;
    /** Held so that a CRaC context keeping its resources weakly cannot lose the hook before the snapshot. */
    private Priming priming;

    /** Used by Lambda: everything built once, from the environment, at init. */
    public QueryHandler() {
        this(Config.fromEnvironment());
    }

    private QueryHandler(Config config) {
        this(config, new DynamoArticleStore(AwsClients.dynamo(), config.tableName(),
                config.contentBucket() == null ? null : new S3ContentStore(AwsClients.s3(), config.contentBucket())));
    }

    private QueryHandler(Config config, DynamoArticleStore store) {
        this(new ArticlesApi(store, config.defaultPageSize(), config.maxPageSize()), JsonLog.stdout());
        this.priming = Priming.register(() -> store.get(Priming.ABSENT_ID));
    }

    public QueryHandler(ArticlesApi api, JsonLog log) {
        this.api = api;
        this.log = log;
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        HttpResponse response;
        HttpRequest request = null;
        try {
            JsonNode event = ArticleJson.MAPPER.readTree(input);
            request = HttpRequest.fromEvent(event);
            response = api.handle(request);
        } catch (RuntimeException | IOException e) {
            log.error("request failed", "requestId", context == null ? null : context.getAwsRequestId(),
                    "path", request == null ? null : request.path(), "error", e.toString());
            response = HttpResponse.problem(500, "Internal Server Error",
                    "the request could not be completed; it was logged and can be retried", request == null ? null : request.path());
        }
        log.info("request", "requestId", context == null ? null : context.getAwsRequestId(),
                "method", request == null ? null : request.method(), "path", request == null ? null : request.path(),
                "status", response.status());
        output.write(response.toEvent().toString().getBytes(StandardCharsets.UTF_8));
    }
}
