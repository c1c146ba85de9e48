package io.precis.ingest;

import java.time.Instant;
import java.util.Map;

/**
 * An object's bytes and what S3 knows about it.
 *
 * @param userMetadata {@code x-amz-meta-*} values, keys lower case without the prefix
 */
public record FetchedObject(byte[] bytes, String contentType, Map<String, String> userMetadata, Instant lastModified) {
    public FetchedObject {
        userMetadata = Map.copyOf(userMetadata);
    }
}
