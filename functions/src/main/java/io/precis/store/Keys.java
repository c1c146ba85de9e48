package io.precis.store;

import io.precis.article.ArticleRecord;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How records map to table keys. One item per article ({@code pk = ART#id, sk = RECORD}) and one
 * per author ({@code sk = AUTHOR#name}) so that the by-author index can list an article under each
 * of its authors. Index partition values are normalised so "The Hill" and "the hill" list together.
 */
public final class Keys {
    public static final String PK = "pk";
    public static final String SK = "sk";
    static final String RECORD_SK = "RECORD";
    static final String AUTHOR_SK_PREFIX = "AUTHOR#";
    /** The newest index has one partition: fine for the write rates of an article archive (see README). */
    static final String NEWEST_PARTITION = "ALL";

    private Keys() {
    }

    public static String pk(String id) {
        return "ART#" + id;
    }

    /** Sort key of a record in every date-ordered index: publication (else ingestion) time, then id. */
    static String dateSortKey(ArticleRecord r) {
        String date = r.article() != null && r.article().published() != null ? r.article().published() : r.ingestedAt().toString();
        return date + "#" + r.id();
    }

    /** Index key values stay far below DynamoDB's 2 KB limit: a long value keeps its start plus a hash of the whole. */
    static final int MAX_INDEX_VALUE_CHARS = 400;

    /** The value as an index partition key, or null when it normalises to nothing (no index entry then). */
    static String indexValue(String normalized) {
        if (normalized == null || normalized.isBlank()) return null;
        if (normalized.length() <= MAX_INDEX_VALUE_CHARS) return normalized;
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return normalized.substring(0, MAX_INDEX_VALUE_CHARS) + "#" + java.util.HexFormat.of().formatHex(digest, 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** Case-, accent- and space-insensitive form used for source, author and language partitions. */
    public static String normalize(String value) {
        String s = Normalizer.normalize(value.strip(), Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** URL form used to spot the same article uploaded twice: no scheme, "www.", fragment, trailing slash. */
    public static String normalizeUrl(String url) {
        String u = url.strip().replaceFirst("#.*$", "").replaceFirst("(?i)^https?://", "").replaceFirst("(?i)^www\\.", "");
        int slash = u.indexOf('/');
        String host = (slash < 0 ? u : u.substring(0, slash)).toLowerCase(Locale.ROOT);
        String path = slash < 0 ? "" : u.substring(slash);
        while (path.endsWith("/")) path = path.substring(0, path.length() - 1);
        return host + path;
    }
}
