package io.precis.it;

import io.precis.local.LocalClients;
import io.precis.local.LocalDynamo;
import io.precis.local.LocalS3;
import io.precis.local.TableSchema;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

import java.net.URI;
import java.util.UUID;

/**
 * S3 and DynamoDB for the integration tests: the endpoints in AWS_ENDPOINT_URL_S3 and
 * AWS_ENDPOINT_URL_DYNAMODB when set (LocalStack, real AWS, another emulator), else the embedded
 * stand-ins started here. Each test class gets its own bucket and table.
 */
final class TestStack implements AutoCloseable {
    final S3Client s3;
    final DynamoDbClient dynamo;
    final String bucket = "precis-it-" + UUID.randomUUID().toString().substring(0, 8);
    final String contentBucket = bucket + "-content";
    final String table = "precis-it-" + UUID.randomUUID().toString().substring(0, 8);
    private final LocalS3 localS3;
    private final LocalDynamo localDynamo;

    private TestStack(LocalS3 localS3, LocalDynamo localDynamo, URI s3Endpoint, URI dynamoEndpoint) {
        this.localS3 = localS3;
        this.localDynamo = localDynamo;
        this.s3 = LocalClients.s3(s3Endpoint);
        this.dynamo = LocalClients.dynamo(dynamoEndpoint);
        s3.createBucket(b -> b.bucket(bucket));
        s3.createBucket(b -> b.bucket(contentBucket));
        TableSchema.ensure(dynamo, table);
    }

    static TestStack start() throws Exception {
        String s3Env = System.getenv("AWS_ENDPOINT_URL_S3");
        String dynamoEnv = System.getenv("AWS_ENDPOINT_URL_DYNAMODB");
        LocalS3 s3 = s3Env == null ? LocalS3.start(0, null, null) : null;
        LocalDynamo dynamo = dynamoEnv == null ? LocalDynamo.start(0, null) : null;
        return new TestStack(s3, dynamo, s3 == null ? URI.create(s3Env) : s3.endpoint(),
                dynamo == null ? URI.create(dynamoEnv) : dynamo.endpoint());
    }

    /** Which S3 the suite runs against, for the test report. */
    String s3Description() {
        return localS3 == null ? System.getenv("AWS_ENDPOINT_URL_S3") : "embedded S3Proxy " + localS3.endpoint();
    }

    @Override
    public void close() throws Exception {
        s3.close();
        dynamo.close();
        if (localS3 != null) localS3.close();
        if (localDynamo != null) localDynamo.close();
    }
}
