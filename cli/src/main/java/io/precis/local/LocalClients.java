package io.precis.local;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

import java.net.URI;

/** SDK clients for an emulator endpoint: fixed region, dummy keys (emulators accept any), path-style S3. */
public final class LocalClients {
    public static final Region REGION = Region.US_EAST_1;
    private static final AwsCredentialsProvider DUMMY = StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));

    private LocalClients() {
    }

    public static S3Client s3(URI endpoint) {
        return S3Client.builder().endpointOverride(endpoint).region(REGION).credentialsProvider(DUMMY)
                .forcePathStyle(true).httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }

    public static DynamoDbClient dynamo(URI endpoint) {
        return DynamoDbClient.builder().endpointOverride(endpoint).region(REGION).credentialsProvider(DUMMY)
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }
}
