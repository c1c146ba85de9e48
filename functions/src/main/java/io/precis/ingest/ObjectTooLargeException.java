package io.precis.ingest;

/** An upload over the configured size limit. */
public final class ObjectTooLargeException extends Exception {
    public ObjectTooLargeException(long size, long limit) {
        super("file too large: " + (size < 0 ? "more than " + limit : String.valueOf(size)) + " bytes, the limit is " + limit
                + " (MAX_OBJECT_BYTES)");
    }
}
