package io.precis.ingest;

/** What ingesting one event record did. */
public enum Outcome {
    /** Extracted, summarized and stored. */
    STORED,
    /** Stored as REJECTED with a reason: the file can never be processed. */
    REJECTED,
    /** A tombstone was stored for a deleted object. */
    DELETED,
    /** Nothing changed: the same or a newer event for this object was already stored. */
    STALE,
    /** Nothing to do: the object is already gone (its delete event follows) or the event type is not handled. */
    SKIPPED
}
