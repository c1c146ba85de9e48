package io.precis.extract;

import org.mozilla.universalchardet.UniversalDetector;

import java.nio.charset.Charset;
import java.util.Arrays;

/**
 * Guesses the charset of undeclared bytes that are not UTF-8, with Mozilla's universal charset detector
 * (juniversalchardet): byte-sequence models for the CJK multi-byte charsets, letter-frequency models for
 * Cyrillic, Greek, Hebrew and Thai single-byte charsets, and windows-1252 for the rest. That last answer
 * comes from its Latin-1 prober, which has no language model: it is what the detector says for any
 * single-byte text it does not recognise (ISO-8859-2 and windows-1250 among them), so the decoder treats
 * it as a guess.
 */
final class CharsetDetector {
    /** Bytes fed to the detector at most: enough for the statistics to settle; more would only cost time. */
    private static final int SAMPLE_BYTES = 64 * 1024;
    /** ASCII kept on each side of a run of non-ASCII bytes; the middle of a longer ASCII run is left out. */
    private static final int ASCII_CONTEXT = 256;

    private CharsetDetector() {
    }

    /**
     * The detected charset, or null when the detector has no answer or Java lacks the charset it names.
     * Only called on bytes that are not valid UTF-8, so they hold non-ASCII bytes: an "ASCII" answer (given
     * when it saw only printable ASCII) would mean the sample missed them, and is no answer, not windows-1252.
     */
    static Charset detect(byte[] bytes) {
        byte[] sample = sample(bytes);
        // A detector keeps per-file state, so each call has its own.
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(sample, 0, sample.length);
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        return name == null || name.equalsIgnoreCase("US-ASCII") ? null : CharsetLabels.forLabel(name);
    }

    /**
     * Up to {@link #SAMPLE_BYTES} of the file with every long ASCII run (a style sheet, a script, markup)
     * cut to the {@link #ASCII_CONTEXT} bytes at each of its ends. The detector's statistics only count the
     * non-ASCII bytes and their neighbours, and a sample of the file's first bytes can hold none of them: a
     * page with 80 KB of inline CSS before its Cyrillic body read as ASCII. The cuts fall inside ASCII, so
     * no multi-byte character is split; the sample starts at the file's start or with ASCII (so it never
     * looks like a byte-order mark to the detector).
     */
    static byte[] sample(byte[] bytes) {
        byte[] out = new byte[Math.min(bytes.length, SAMPLE_BYTES)];
        int n = 0, i = 0;
        while (i < bytes.length && n < out.length) {
            int asciiEnd = i;
            while (asciiEnd < bytes.length && bytes[asciiEnd] >= 0) asciiEnd++;
            // Nothing precedes the file's first byte and nothing follows its last, so no context to keep there.
            int head = i == 0 ? 0 : ASCII_CONTEXT;
            int tail = asciiEnd == bytes.length ? 0 : ASCII_CONTEXT;
            if (asciiEnd - i > head + tail) {
                n = copy(bytes, i, head, out, n);
                n = copy(bytes, asciiEnd - tail, tail, out, n);
            } else {
                n = copy(bytes, i, asciiEnd - i, out, n);
            }
            int highEnd = asciiEnd;
            while (highEnd < bytes.length && bytes[highEnd] < 0) highEnd++;
            n = copy(bytes, asciiEnd, highEnd - asciiEnd, out, n);
            i = highEnd;
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    private static int copy(byte[] from, int at, int length, byte[] to, int n) {
        int k = Math.min(length, to.length - n);
        System.arraycopy(from, at, to, n, k);
        return n + k;
    }
}
