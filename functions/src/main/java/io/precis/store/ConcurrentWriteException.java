package io.precis.store;

/** Writers kept racing for one record; transient, so the invocation fails and Lambda retries it. */
public final class ConcurrentWriteException extends RuntimeException {
    public ConcurrentWriteException(String id, int attempts) {
        super("record " + id + " changed under " + attempts + " write attempts in a row");
    }
}
