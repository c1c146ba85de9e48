package io.precis.article;

import java.time.Instant;
import java.util.Objects;

/**
 * The unit stored and served: one per S3 object, whatever happened to it.
 *
 * @param id         stable id derived from bucket and key ({@link ArticleIds})
 * @param status     OK, REJECTED or DELETED
 * @param reason     why a record is REJECTED, else null
 * @param origin     the object it came from
 * @param format     detected format, null when rejected before detection
 * @param article    extraction result, null unless OK
 * @param summary    summary, null unless OK
 * @param ingestedAt when this record was written
 */
public record ArticleRecord(String id, Status status, String reason, Origin origin, Format format,
                            Article article, Summary summary, Instant ingestedAt) {
    public ArticleRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(ingestedAt, "ingestedAt");
        if (status == Status.OK && (article == null || summary == null)) {
            throw new IllegalArgumentException("an OK record needs an article and a summary");
        }
        if (status == Status.REJECTED && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("a REJECTED record needs a reason");
        }
    }

    public static ArticleRecord ok(Origin origin, Format format, Article article, Summary summary, Instant now) {
        return new ArticleRecord(ArticleIds.forOrigin(origin), Status.OK, null, origin, format, article, summary, now);
    }

    public static ArticleRecord rejected(Origin origin, String reason, Instant now) {
        return new ArticleRecord(ArticleIds.forOrigin(origin), Status.REJECTED, reason, origin, null, null, null, now);
    }

    public static ArticleRecord deleted(Origin origin, Instant now) {
        return new ArticleRecord(ArticleIds.forOrigin(origin), Status.DELETED, null, origin, null, null, null, now);
    }
}
