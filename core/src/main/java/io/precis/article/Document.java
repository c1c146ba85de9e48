package io.precis.article;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Decoded text of an uploaded file and what is known about it before extraction.
 *
 * @param text         the decoded text
 * @param format       the detected format
 * @param charset      the charset the bytes were decoded with (e.g. "UTF-8")
 * @param charsetProvenance how that charset was chosen ("declared:Shift_JIS", "detected:windows-1251", ...),
 *                     null for text that was never bytes
 * @param charsetUncertain true when the text may be mis-decoded (characters replaced or read as control codes, or a guessed charset)
 * @param origin       where the bytes came from
 * @param userMetadata uploader-supplied fields (S3 {@code x-amz-meta-*} without the prefix, lower case);
 *                     they override extracted values
 * @param receivedAt   when the file was uploaded; relative dates ("3 hours ago") resolve against it
 */
public record Document(String text, Format format, String charset, String charsetProvenance, boolean charsetUncertain,
                       Origin origin, Map<String, String> userMetadata, Instant receivedAt) {
    public Document {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(origin, "origin");
        userMetadata = userMetadata == null ? Map.of() : Map.copyOf(userMetadata);
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    /** Text handed over already decoded (tests, callers that decoded it themselves): nothing to report about bytes. */
    public Document(String text, Format format, String charset, Origin origin, Map<String, String> userMetadata,
                    Instant receivedAt) {
        this(text, format, charset, null, false, origin, userMetadata, receivedAt);
    }
}
