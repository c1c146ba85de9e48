package io.precis.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Article ids: one per object, stable across re-uploads of the same key, so every event about an
 * object lands on the same record and the sequencer can order them.
 */
public final class ArticleIds {
    private static final int ID_BYTES = 12;

    private ArticleIds() {
    }

    /** First 96 bits of SHA-256 over {@code bucket/key}, as 24 lower-case hex digits. */
    public static String forOrigin(Origin origin) {
        String name = (origin.bucket() == null ? "" : origin.bucket()) + "/" + origin.key();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, ID_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** True when the text has the shape of an id (so the API can answer 400 rather than look it up). */
    public static boolean isWellFormed(String id) {
        return id != null && id.matches("[0-9a-f]{" + (ID_BYTES * 2) + "}");
    }
}
