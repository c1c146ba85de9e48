package io.precis.ingest;

import io.precis.article.Origin;

import java.time.Instant;

/**
 * One record of an S3 event notification, with the key already URL-decoded.
 *
 * @param eventName e.g. "ObjectCreated:Put", "ObjectRemoved:Delete"
 * @param eventTime when S3 saw the change
 */
public record S3EventRecord(String eventName, Instant eventTime, String bucket, String key, long size,
                            String versionId, String sequencer) {

    public boolean isRemoval() {
        return eventName.startsWith("ObjectRemoved:");
    }

    public boolean isCreation() {
        return eventName.startsWith("ObjectCreated:");
    }

    public Origin origin() {
        return new Origin(bucket, key, versionId, sequencer, size);
    }
}
