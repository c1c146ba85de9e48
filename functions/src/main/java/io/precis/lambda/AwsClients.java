package io.precis.lambda;

import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * SDK clients, built once per container with the JDK's URL connection (the lightest HTTP client to
 * load). Region, credentials and endpoints come from the environment, so AWS_ENDPOINT_URL_S3 and
 * AWS_ENDPOINT_URL_DYNAMODB point the same code at LocalStack or an emulator.
 */
public final class AwsClients {
    private AwsClients() {
    }

    public static S3Client s3() {
        // Path-style addressing works against AWS and every emulator; virtual-host style needs DNS for each bucket.
        boolean emulated = System.getenv("AWS_ENDPOINT_URL_S3") != null || System.getenv("AWS_ENDPOINT_URL") != null;
        return S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .forcePathStyle(emulated)
                .build();
    }

    public static DynamoDbClient dynamo() {
        return DynamoDbClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }
}
