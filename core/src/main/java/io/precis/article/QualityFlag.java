package io.precis.article;

/** Warnings about an extracted article that a reader of the record should know. */
public enum QualityFlag {
    TOO_SHORT,
    PROBABLY_TRUNCATED,
    NO_DATE,
    NO_AUTHOR,
    MOSTLY_BOILERPLATE,
    /** The text may be mis-decoded: some bytes fit no charset and were replaced or read as control codes, or the charset is a guess. */
    CHARSET_UNCERTAIN
}
