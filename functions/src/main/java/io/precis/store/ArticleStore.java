package io.precis.store;

import io.precis.article.ArticleRecord;

import java.util.Optional;

/**
 * Where records live. Writes are ordered by the S3 event sequencer of the record's origin: a write
 * whose sequencer is not greater than the stored one changes nothing, so duplicates and late events
 * are harmless, and a DELETED record (a tombstone) keeps a late, older put from resurrecting it.
 */
public interface ArticleStore {

    /** Stores the record unless a record with the same or a greater sequencer is already stored. */
    WriteOutcome write(ArticleRecord record);

    /** The sequencer of the stored record (normalised), without reading the record: the cheap stale check. */
    Optional<String> storedSequencer(String id);

    /** The record with this id, tombstones and rejections included. */
    Optional<ArticleRecord> get(String id);

    /** A page of OK records, newest publication first, each in the record JSON shape without its body. */
    Page list(ListQuery query);
}
