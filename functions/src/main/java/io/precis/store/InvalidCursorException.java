package io.precis.store;

/** A cursor that this store did not issue for this listing (tampered, truncated or from another query). */
public final class InvalidCursorException extends IllegalArgumentException {
    public InvalidCursorException(String detail) {
        super("invalid cursor: " + detail);
    }
}
