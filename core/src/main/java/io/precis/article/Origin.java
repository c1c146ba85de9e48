package io.precis.article;

import java.util.Objects;

/**
 * Where a document came from: the object in a bucket (or a local file, with bucket null).
 *
 * @param bucket    bucket name, or null for a local file or standard input
 * @param key       object key (decoded) or file name
 * @param versionId object version, or null when the bucket is not versioned
 * @param sequencer the S3 event sequencer that announced this object, or null outside S3
 * @param size      size in bytes as announced, or -1 when unknown
 */
public record Origin(String bucket, String key, String versionId, String sequencer, long size) {
    public Origin {
        Objects.requireNonNull(key, "key");
    }

    /** The id of the record this object makes. */
    public String id() {
        return ArticleIds.forOrigin(this);
    }

    public static Origin file(String name, long size) {
        return new Origin(null, name, null, null, size);
    }
}
