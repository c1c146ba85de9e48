package io.precis.store;

/**
 * DynamoDB refused a record for what it is (a validation error), not for a passing fault: writing it
 * again would fail the same way, so the caller stores a REJECTED record instead of retrying.
 */
public final class PermanentStoreException extends RuntimeException {
    public PermanentStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
