package io.precis.article;

/** Lifecycle of a stored record. */
public enum Status {
    /** Extracted and summarized. */
    OK,
    /** The file can never be processed (empty, binary, too large, undecodable); see the reason. */
    REJECTED,
    /** The object was deleted; the record is a tombstone kept so late, older events cannot resurrect it. */
    DELETED
}
