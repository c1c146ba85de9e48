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
 * bytes fit it and are not UTF-8 in disguise; strict UTF-8; UTF-8 with a few broken bytes; the charset a
 * detector finds; windows-1252 as browsers read it as the last guess. Ordinary pages stop at the
 * declaration or at UTF-8, so the detector only runs on the files that need it. Every result says how its
 * charset was chosen, and the ones that may be wrong (characters replaced or read as control codes, a
 * guess) say so; text that is not text is rejected.
 */
public final class Decoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final char[] BROWSER_WINDOWS_1252 = browserWindows1252Table();

    private Decoder() {
    }

    /**
     * The decoded text and how it was read.
     *
     * @param charset    the charset the text was decoded with
     * @param provenance how that charset was chosen, e.g. "declared:Shift_JIS", "detected:windows-1251"
     * @param uncertain  true when the text may be mis-decoded: characters were replaced or read as control
     *                   codes, or the charset is a guess that nothing confirmed
     */
    public record Decoded(String text, String charset, String provenance, boolean uncertain) {
    }

    public static Decoded decode(byte[] bytes, String contentType) throws UnprocessableException {
        if (bytes.length == 0) throw new UnprocessableException("empty file");
        Decoded decoded = decodeWithBom(bytes);
        if (decoded == null) decoded = decodeUtf16WithoutBom(bytes);
        Charset declared = decoded == null ? DeclaredCharset.find(bytes, contentType) : null;
        // Pages often declare a single-byte charset but are UTF-8 (a template's header, an editor's encoding).
        // Fitting a single-byte charset proves nothing (it decodes nearly any bytes), while valid UTF-8 with
        // non-ASCII bytes is almost never an accident, nor is UTF-8 with a few broken bytes among ten times as
        // many good characters: either wins over such a declaration.
        boolean utf8Tried = false;
        if (declared != null && isSingleByte(declared) && hasNonAscii(bytes)) {
            String note = " (declared " + declared.name() + ")";
            decoded = strict(bytes, 0, StandardCharsets.UTF_8, "utf-8-valid", note);
            if (decoded == null) decoded = repairedUtf8(bytes, note);
            utf8Tried = true;
        }
        if (decoded == null && declared != null) decoded = decodeDeclared(bytes, declared);
        // A declaration the bytes contradict (declared UTF-8 with invalid sequences, declared EUC-KR but
        // Shift_JIS bytes) is a template's default, not a statement about this file: the bytes decide from
        // here on, and the provenance keeps the declaration that was overruled.
        String overruled = declared != null && decoded == null ? " (declared " + declared.name() + " does not fit the bytes)" : "";
        if (decoded == null && !utf8Tried) {
            if (!StandardCharsets.UTF_8.equals(declared)) decoded = strict(bytes, 0, StandardCharsets.UTF_8, "utf-8-valid", overruled);
            // Declared UTF-8 with a few broken bytes is still UTF-8: the declaration stands then.
            if (decoded == null) decoded = repairedUtf8(bytes, StandardCharsets.UTF_8.equals(declared) ? "" : overruled);
        }
        if (decoded == null) decoded = detected(bytes, overruled);
        if (decoded == null) decoded = lastGuess(bytes, overruled);
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

    /**
     * The declared charset when the bytes fit it; null when they contradict it. Declared windows-1252 (or
     * ISO-8859-1, which browsers read as windows-1252) with one of the five bytes it leaves undefined is
     * read as browsers read it, those bytes as C1 control codes, and marked uncertain: such a byte is a
     * stray or hints at another charset (0x8D, 0x8F and 0x9D are letters in windows-1250).
     */
    private static Decoded decodeDeclared(byte[] bytes, Charset declared) {
        Decoded decoded = withSuperset(bytes, declared, "declared", "", " (" + declared.name() + " extended)");
        if (decoded == null && declared.equals(WINDOWS_1252)) decoded = browserWindows1252(bytes, "declared", "");
        return decoded;
    }

    /**
     * Strictly decoded with the charset, or with its wider superset ({@link CharsetLabels#superset}) when the
     * charset rejects a byte or reads one as a C1 control code (ISO-8859-7 and -8 map 0x80-0x9F so, where
     * windows-1253 and -1255 have curly quotes and dashes); the charset's own result when the superset fails too.
     */
    private static Decoded withSuperset(byte[] bytes, Charset charset, String how, String note, String widerNote) {
        Decoded decoded = strict(bytes, 0, charset, how, note);
        Charset wider = CharsetLabels.superset(charset);
        if (wider == null || decoded != null && !hasC1Control(decoded.text())) return decoded;
        Decoded widerDecoded = strict(bytes, 0, wider, how, widerNote);
        return widerDecoded != null ? widerDecoded : decoded;
    }

    private static boolean hasC1Control(String text) {
        for (int i = 0; i < text.length(); i++) if (isC1Control(text.charAt(i))) return true;
        return false;
    }

    /** U+0080..U+009F: no text writes these; a single-byte table that yields them did not fit the bytes. */
    private static boolean isC1Control(char c) {
        return c >= 0x80 && c <= 0x9F;
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

    /**
     * The detector's charset when the whole file decodes with it. Its windows-1252 is marked uncertain: that
     * answer comes from its Latin-1 prober, which has no language model and is what it says for any
     * single-byte text it does not recognise, so undeclared ISO-8859-2 and windows-1250 (Polish, Czech,
     * Hungarian...) get it too and read as mojibake. Nothing confirmed the charset, as in the last guess.
     */
    private static Decoded detected(byte[] bytes, String overruled) {
        Charset charset = CharsetDetector.detect(bytes);
        if (charset == null) return null;
        Decoded decoded = withSuperset(bytes, charset, "detected", overruled, overruled);
        if (decoded == null || !decoded.charset().equals(WINDOWS_1252.name())) return decoded;
        return new Decoded(decoded.text(), decoded.charset(), decoded.provenance(), true);
    }

    /**
     * windows-1252 is the browsers' default for undeclared non-UTF-8 text; here only after the detector had
     * no answer that fits, and so marked uncertain. Decoded as browsers decode it, so it always succeeds:
     * the five bytes windows-1252 leaves undefined are C1 control codes, not a reason to reject the file
     * (binary files are still rejected by their share of control characters).
     */
    private static Decoded lastGuess(byte[] bytes, String overruled) {
        return browserWindows1252(bytes, "fallback", overruled);
    }

    /**
     * windows-1252 as the WHATWG Encoding Standard defines it: Java's table plus 0x81, 0x8D, 0x8F, 0x90 and
     * 0x9D as U+0081, U+008D, ... Marked uncertain; the provenance counts those bytes when there are any.
     */
    private static Decoded browserWindows1252(byte[] bytes, String how, String note) {
        char[] chars = new char[bytes.length];
        int undefined = 0;
        for (int i = 0; i < bytes.length; i++) {
            char c = BROWSER_WINDOWS_1252[bytes[i] & 0xFF];
            if (isC1Control(c)) undefined++;
            chars[i] = c;
        }
        String kept = undefined == 0 ? "" : undefined == 1 ? " (1 undefined byte read as a C1 control)" : " (" + undefined + " undefined bytes read as C1 controls)";
        return new Decoded(new String(chars), WINDOWS_1252.name(), how + ":" + WINDOWS_1252.name() + kept + note, true);
    }

    private static char[] browserWindows1252Table() {
        char[] table = new char[256];
        for (int b = 0; b < 256; b++) {
            char c = new String(new byte[] {(byte) b}, WINDOWS_1252).charAt(0);
            table[b] = c == '\uFFFD' ? (char) b : c;
        }
        return table;
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
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' || isC1Control(c)) control++;
        }
        if (control > sample / 20) throw new UnprocessableException("binary file: mostly control characters");
        if (text.isBlank()) throw new UnprocessableException("empty file: only whitespace");
    }
}
