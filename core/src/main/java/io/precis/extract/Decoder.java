package io.precis.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bytes to text, honestly: a byte-order mark first (or the NUL pattern of BOM-less UTF-16), then the charset the content declares (HTTP
 * Content-Type, {@code <meta charset>}), then strict UTF-8, then windows-1252 (a superset of
 * ISO-8859-1 that browsers use for it). Text that is not text (NUL bytes, mostly control
 * characters) is rejected rather than mangled.
 */
public final class Decoder {
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_CHARSET = Pattern.compile(
            "charset\\s*=\\s*\"?([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final int SNIFF_BYTES = 4096;
    private static final int MAX_BROKEN_UTF8 = 2;

    private Decoder() {
    }

    /** The decoded text and the charset it was read with. */
    public record Decoded(String text, String charset) {
    }

    public static Decoded decode(byte[] bytes, String contentType) throws UnprocessableException {
        if (bytes.length == 0) throw new UnprocessableException("empty file");
        Decoded decoded = decodeWithBom(bytes);
        if (decoded == null) decoded = decodeUtf16WithoutBom(bytes);
        if (decoded == null) decoded = decodeDeclared(bytes, contentType);
        if (decoded == null) decoded = strict(bytes, StandardCharsets.UTF_8);
        if (decoded == null) decoded = nearlyUtf8(bytes);
        if (decoded == null) decoded = strict(bytes, Charset.forName("windows-1252"));
        if (decoded == null) throw new UnprocessableException("undecodable text: neither UTF-8 nor a declared charset");
        checkIsText(decoded.text());
        return decoded;
    }

    private static Decoded decodeWithBom(byte[] b) throws UnprocessableException {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return require(strict(b, 3, StandardCharsets.UTF_8), "UTF-8");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return require(strict(b, 2, StandardCharsets.UTF_16BE), "UTF-16BE");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return require(strict(b, 2, StandardCharsets.UTF_16LE), "UTF-16LE");
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
        if (oddNul > pairs * 0.6 && evenNul < pairs * 0.05) return strict(b, StandardCharsets.UTF_16LE);
        if (evenNul > pairs * 0.6 && oddNul < pairs * 0.05) return strict(b, StandardCharsets.UTF_16BE);
        return null;
    }

    private static Decoded require(Decoded decoded, String charset) throws UnprocessableException {
        if (decoded == null) throw new UnprocessableException("undecodable text: byte-order mark says " + charset + " but the bytes are not");
        return decoded;
    }

    private static Decoded decodeDeclared(byte[] bytes, String contentType) {
        Charset declared = null;
        if (contentType != null) {
            Matcher m = HEADER_CHARSET.matcher(contentType);
            if (m.find()) declared = charset(m.group(1));
        }
        if (declared == null) {
            String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
            Matcher m = META_CHARSET.matcher(head);
            if (m.find()) declared = charset(m.group(1));
        }
        if (declared == null) return null;
        // Pages often declare ISO-8859-1 but are UTF-8; a strict UTF-8 decode that succeeds wins then.
        if (!declared.equals(StandardCharsets.UTF_8) && !isMultiByteAsciiCompatible(declared)) {
            Decoded utf8 = strict(bytes, StandardCharsets.UTF_8);
            if (utf8 != null && hasNonAscii(bytes)) return utf8;
        }
        Decoded decoded = strict(bytes, declared);
        if (decoded == null && declared.name().equals("ISO-8859-1")) decoded = strict(bytes, Charset.forName("windows-1252"));
        return decoded;
    }

    private static boolean isMultiByteAsciiCompatible(Charset cs) {
        String n = cs.name().toUpperCase(Locale.ROOT);
        return n.contains("JIS") || n.startsWith("EUC") || n.startsWith("GB") || n.startsWith("BIG5");
    }

    private static boolean hasNonAscii(byte[] bytes) {
        for (byte b : bytes) if (b < 0) return true;
        return false;
    }

    private static Charset charset(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        // WHATWG: these labels mean windows-1252 in every browser.
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) n = "windows-1252";
        try {
            return Charset.forName(n);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    /**
     * UTF-8 with a stray broken sequence or two (a CMS cutting a teaser mid-character) decodes as a browser
     * would, with replacement characters; a page in a single-byte charset breaks far more often than that.
     */
    private static Decoded nearlyUtf8(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        int broken = 0, nonAscii = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uFFFD') broken++;
            else if (c > 0x7F) nonAscii++;
        }
        return broken <= MAX_BROKEN_UTF8 && broken * 100 <= nonAscii ? new Decoded(text, "UTF-8") : null;
    }

    private static Decoded strict(byte[] bytes, Charset cs) {
        return strict(bytes, 0, cs);
    }

    private static Decoded strict(byte[] bytes, int offset, Charset cs) {
        if (cs.equals(java.nio.charset.StandardCharsets.UTF_8)) {
            // The String constructor's decoder is much faster (ASCII runs copied at once); it replaces malformed
            // input with U+FFFD, so a text without one is exactly what the strict decoder would have given.
            String text = new String(bytes, offset, bytes.length - offset, cs);
            if (text.indexOf('\uFFFD') < 0) return new Decoded(text, cs.name());
        }
        CharsetDecoder decoder = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
            return new Decoded(text, cs.name());
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
