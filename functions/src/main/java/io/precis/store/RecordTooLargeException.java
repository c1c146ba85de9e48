package io.precis.store;

/** A record too large for an item, and no content bucket is configured to hold it. */
public final class RecordTooLargeException extends RuntimeException {
    public RecordTooLargeException(int bytes) {
        super("record too large to store: " + bytes + " bytes compressed, and no CONTENT_BUCKET is configured");
    }
}
