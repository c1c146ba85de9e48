package io.precis.extract;

import org.mozilla.universalchardet.UniversalDetector;

import java.nio.charset.Charset;

/**
 * Guesses the charset of undeclared bytes that are not UTF-8, with Mozilla's universal charset detector
 * (juniversalchardet): byte-sequence models for the CJK multi-byte charsets, letter-frequency models for
 * Cyrillic, Greek, Hebrew, Thai and Turkish single-byte charsets, and windows-1252 for Western text. It
 * does not tell ISO-8859-2 from windows-1252, so undeclared Central European text still reads as the latter.
 */
final class CharsetDetector {
    /** Enough for the statistics to settle; a whole multi-megabyte file would only cost time. */
    private static final int SAMPLE_BYTES = 64 * 1024;

    private CharsetDetector() {
    }

    /** The detected charset, or null when the detector has no answer or Java lacks the charset it names. */
    static Charset detect(byte[] bytes) {
        // A detector keeps per-file state, so each call has its own.
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, Math.min(bytes.length, SAMPLE_BYTES));
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        return name == null ? null : CharsetLabels.forLabel(name);
    }
}
