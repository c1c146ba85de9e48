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
