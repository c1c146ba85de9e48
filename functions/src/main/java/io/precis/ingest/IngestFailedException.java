package io.precis.ingest;

import java.util.List;

/**
 * Some records of an event hit a transient fault. Thrown after the other records finished, so Lambda
 * retries the whole event; the records already written are no-ops the second time (same sequencer).
 */
public final class IngestFailedException extends RuntimeException {
    public IngestFailedException(List<String> failures, int total) {
        super(failures.size() + " of " + total + " records failed and will be retried: " + String.join("; ", failures));
    }
}
