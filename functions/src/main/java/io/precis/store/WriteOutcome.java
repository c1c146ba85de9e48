package io.precis.store;

/** What a conditional write did. */
public enum WriteOutcome {
    /** The record was written: it is the newest event seen for its object. */
    WRITTEN,
    /** Nothing was written: an event with the same or a greater sequencer was already stored (duplicate or late). */
    STALE
}
