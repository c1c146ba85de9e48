package io.precis.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to text, honestly, in this order: a byte-order mark (or the NUL pattern of BOM-less UTF-16);
 * the charset the content declares (Content-Type, {@code <meta charset>}, XML declaration), when the
 * bytes fit it; strict UTF-8; UTF-8 with a few broken bytes; the charset a detector finds;
 * windows-1252 as the last guess. Ordinary pages stop at the declaration or at UTF-8, so the detector
 * only runs on the files that need it. Every result says how its charset was chosen, and the ones that
 * may be wrong (characters replaced, a last guess) say so; text that is not text is rejected.
 */
public final class Decoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private Decoder() {
    }

    /**
     * The decoded text and how it was read.
     *
     * @param charset    the charset the text was decoded with
     * @param provenance how that charset was chosen, e.g. "declared:Shift_JIS", "detected:windows-1251"
     * @param uncertain  true when the text may be mis-decoded: characters were replaced, or the charset is
     *                   a last guess that nothing confirmed
     */
    public record Decoded(String text, String charset, String provenance, boolean uncertain) {
    }

    public static Decoded decode(byte[] bytes, String contentType) throws UnprocessableException {
        if (bytes.length == 0) throw new UnprocessableException("empty file");
        Decoded decoded = decodeWithBom(bytes);
        if (decoded == null) decoded = decodeUtf16WithoutBom(bytes);
        Charset declared = decoded == null ? DeclaredCharset.find(bytes, contentType) : null;
        if (declared != null) decoded = decodeDeclared(bytes, declared);
        // A declaration the bytes contradict (declared UTF-8 with invalid sequences, declared EUC-KR but
        // Shift_JIS bytes) is a template's default, not a statement about this file: the bytes decide from
        // here on, and the provenance keeps the declaration that was overruled.
        String overruled = declared != null && decoded == null ? " (declared " + declared.name() + " does not fit the bytes)" : "";
        if (decoded == null && !StandardCharsets.UTF_8.equals(declared)) {
            decoded = strict(bytes, 0, StandardCharsets.UTF_8, "utf-8-valid", overruled);
        }
        // Declared UTF-8 with a few broken bytes is still UTF-8: the declaration stands then.
        if (decoded == null) decoded = repairedUtf8(bytes, StandardCharsets.UTF_8.equals(declared) ? "" : overruled);
        if (decoded == null) decoded = detected(bytes, overruled);
        if (decoded == null) decoded = lastGuess(bytes, overruled);
        if (decoded == null) throw new UnprocessableException("undecodable text: no charset decodes the bytes cleanly");
        checkIsText(decoded.text());
        return decoded;
    }

    private static Decoded decodeWithBom(byte[] b) throws UnprocessableException {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return require(strict(b, 3, StandardCharsets.UTF_8, "bom", ""), "UTF-8");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return require(strict(b, 2, StandardCharsets.UTF_16BE, "bom", ""), "UTF-16BE");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return require(strict(b, 2, StandardCharsets.UTF_16LE, "bom", ""), "UTF-16LE");
        }
        return null;
    }

    /**
     * UTF-16 without a byte-order mark (some Windows tools save it so): ASCII-range text then has a
     * NUL in every other byte, at even offsets for big-endian and odd ones for little-endian.
     */
    private static Decoded decodeUtf16WithoutBom(byte[] b) {
        int sample = Math.min(b.length, 4096) & ~1;
        if (sample < 8) return null;
        int evenNul = 0, oddNul = 0;
        for (int i = 0; i < sample; i += 2) {
            if (b[i] == 0) evenNul++;
            if (b[i + 1] == 0) oddNul++;
        }
        int pairs = sample / 2;
        if (oddNul > pairs * 0.6 && evenNul < pairs * 0.05) return strict(b, 0, StandardCharsets.UTF_16LE, "nul-pattern", "");
        if (evenNul > pairs * 0.6 && oddNul < pairs * 0.05) return strict(b, 0, StandardCharsets.UTF_16BE, "nul-pattern", "");
        return null;
    }

    private static Decoded require(Decoded decoded, String charset) throws UnprocessableException {
        if (decoded == null) throw new UnprocessableException("undecodable text: byte-order mark says " + charset + " but the bytes are not");
        return decoded;
    }

    /** The declared charset when the bytes fit it; null when they contradict it. */
    private static Decoded decodeDeclared(byte[] bytes, Charset declared) {
        // Pages often declare a single-byte charset but are UTF-8 (a template's header, an editor's
        // encoding): valid UTF-8 with non-ASCII bytes is almost never an accident, so it wins then.
        if (!declared.equals(StandardCharsets.UTF_8) && isSingleByte(declared) && hasNonAscii(bytes)) {
            Decoded utf8 = strict(bytes, 0, StandardCharsets.UTF_8, "utf-8-valid", " (declared " + declared.name() + ")");
            if (utf8 != null) return utf8;
        }
        Decoded decoded = strict(bytes, 0, declared, "declared", "");
        Charset wider = decoded == null ? CharsetLabels.superset(declared) : null;
        return wider == null ? decoded : strict(bytes, 0, wider, "declared", " (" + declared.name() + " extended)");
    }

    /** One byte per character: a charset that decodes nearly any byte string, so fitting it proves little. */
    private static boolean isSingleByte(Charset cs) {
        return cs.canEncode() && cs.newEncoder().maxBytesPerChar() <= 1.0f;
    }

    private static boolean hasNonAscii(byte[] bytes) {
        for (byte b : bytes) if (b < 0) return true;
        return false;
    }

    /**
     * Mostly UTF-8 with a few broken bytes ({@link Utf8Repair}): kept as UTF-8, since reading the whole file
     * as another charset would mangle every good character, and marked uncertain, since the broken bytes
     * were guessed or replaced.
     */
    private static Decoded repairedUtf8(byte[] bytes, String overruled) {
        Utf8Repair.Repaired repaired = Utf8Repair.repair(bytes);
        if (repaired == null) return null;
        String how = " (" + repaired.readAsWindows1252() + " bytes read as windows-1252, " + repaired.replaced() + " replaced)";
        return new Decoded(repaired.text(), "UTF-8", "utf-8-repaired:UTF-8" + how + overruled, true);
    }

    private static Decoded detected(byte[] bytes, String overruled) {
        Charset charset = CharsetDetector.detect(bytes);
        if (charset == null) return null;
        Decoded decoded = strict(bytes, 0, charset, "detected", overruled);
        Charset wider = decoded == null ? CharsetLabels.superset(charset) : null;
        return wider == null ? decoded : strict(bytes, 0, wider, "detected", overruled);
    }

    /**
     * windows-1252 decodes all but five byte values, so it is the browsers' default for undeclared
     * non-UTF-8 text; here only after the detector had no answer that fits, and so marked uncertain.
     */
    private static Decoded lastGuess(byte[] bytes, String overruled) {
        Decoded decoded = strict(bytes, 0, WINDOWS_1252, "fallback", overruled);
        return decoded == null ? null : new Decoded(decoded.text(), decoded.charset(), decoded.provenance(), true);
    }

    private static Decoded strict(byte[] bytes, int offset, Charset cs, String how, String note) {
        String text = strictText(bytes, offset, cs);
        return text == null ? null : new Decoded(text, cs.name(), how + ":" + cs.name() + note, false);
    }

    private static String strictText(byte[] bytes, int offset, Charset cs) {
        if (cs.equals(StandardCharsets.UTF_8)) {
            // The String constructor's decoder is much faster (ASCII runs copied at once); it replaces malformed
            // input with U+FFFD, so a text without one is exactly what the strict decoder would have given.
            String text = new String(bytes, offset, bytes.length - offset, cs);
            if (text.indexOf('\uFFFD') < 0) return text;
        }
        CharsetDecoder decoder = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static void checkIsText(String text) throws UnprocessableException {
        int control = 0;
        int sample = Math.min(text.length(), 8192);
        for (int i = 0; i < sample; i++) {
            char c = text.charAt(i);
            if (c == 0) throw new UnprocessableException("binary file: contains NUL bytes");
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') control++;
        }
        if (control > sample / 20) throw new UnprocessableException("binary file: mostly control characters");
        if (text.isBlank()) throw new UnprocessableException("empty file: only whitespace");
    }
}
