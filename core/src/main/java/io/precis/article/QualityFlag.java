package io.precis.article;

/** Warnings about an extracted article that a reader of the record should know. */
public enum QualityFlag {
    TOO_SHORT,
    PROBABLY_TRUNCATED,
    NO_DATE,
    NO_AUTHOR,
    MOSTLY_BOILERPLATE
}
