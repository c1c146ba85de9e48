package io.precis.store;

import java.util.Objects;

/**
 * A listing request: which index, which partition of it, an optional date range, the page size and
 * where to continue.
 *
 * @param index  which listing
 * @param value  the partition value: source, author, language or URL; null for {@link Index#NEWEST}
 * @param from   first day (inclusive, "YYYY-MM-DD") or null
 * @param to     last day (inclusive) or null
 * @param limit  page size
 * @param cursor the cursor of the previous page, or null for the first
 */
public record ListQuery(Index index, String value, String from, String to, int limit, String cursor) {

    /** The listings the table serves, one global secondary index each. */
    public enum Index {
        NEWEST("newest", "gNew", "gNewSk"),
        BY_SOURCE("by-source", "gSrc", "gSrcSk"),
        BY_AUTHOR("by-author", "gAuth", "gAuthSk"),
        BY_URL("by-url", "gUrl", "gUrlSk"),
        BY_LANGUAGE("by-language", "gLang", "gLangSk");

        public final String indexName;
        public final String partitionKey;
        public final String sortKey;

        Index(String indexName, String partitionKey, String sortKey) {
            this.indexName = indexName;
            this.partitionKey = partitionKey;
            this.sortKey = sortKey;
        }
    }

    public ListQuery {
        Objects.requireNonNull(index, "index");
        if (index != Index.NEWEST && (value == null || value.isBlank())) {
            throw new IllegalArgumentException(index.indexName + " needs a value");
        }
        if (limit < 1) throw new IllegalArgumentException("limit must be at least 1");
    }

    public static ListQuery newest(int limit, String cursor) {
        return new ListQuery(Index.NEWEST, null, null, null, limit, cursor);
    }
}
