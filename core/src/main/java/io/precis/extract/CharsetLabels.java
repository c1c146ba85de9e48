package io.precis.extract;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Map;

/**
 * Charset names as pages and the detector spell them, resolved the way browsers resolve them (WHATWG
 * Encoding): a label that browsers read as another charset maps to it, and a legacy charset has a
 * wider superset to fall back on when its strict table rejects a vendor extension.
 */
final class CharsetLabels {
    /** WHATWG labels that Java does not know, for the charset browsers read them as. */
    private static final Map<String, String> LABELS = Map.of(
            "iso-8859-8-i", "ISO-8859-8", "csiso88598i", "ISO-8859-8", "logical", "ISO-8859-8");

    /**
     * WHATWG: browsers read these charsets, under any of their names (latin1, cp819, ascii, TIS620 as the
     * detector spells it, ...), as the Windows code page that extends them, so ISO-8859-1's C1 bytes are
     * windows-1252's curly quotes and dashes, and Thai text keeps windows-874's quotes and ellipsis.
     */
    private static final Map<String, String> BROWSER_MEANING = Map.of(
            "ISO-8859-1", "windows-1252", "US-ASCII", "windows-1252", "ISO-8859-9", "windows-1254",
            "TIS-620", "x-windows-874", "x-iso-8859-11", "x-windows-874");

    /**
     * Pages labelled with the standard charset are often written by Windows tools that add vendor characters
     * (circled numbers in Shift_JIS, the extra Hangul of code page 949, HKSCS in Big5, GBK beyond GB2312,
     * curly quotes and dashes in Greek and Hebrew text). The standard table is tried first so that its own
     * characters keep their standard mapping; the wider one is used when the standard table rejects a byte
     * or reads it as a C1 control code (ISO-8859-7 and -8 "decode" 0x80-0x9F so, but no text means them).
     */
    private static final Map<String, String> SUPERSET = Map.of(
            "shift_jis", "windows-31j", "euc-kr", "x-windows-949", "gb2312", "GB18030", "gbk", "GB18030",
            "big5", "Big5-HKSCS", "euc-jp", "x-eucJP-Open", "iso-8859-7", "windows-1253", "iso-8859-8", "windows-1255");

    private CharsetLabels() {
    }

    /** The charset a label names, or null when Java does not know it (an unknown label is no declaration). */
    static Charset forLabel(String label) {
        String name = label.strip().toLowerCase(Locale.ROOT);
        Charset charset = lookup(LABELS.getOrDefault(name, name));
        String meant = charset == null ? null : BROWSER_MEANING.get(charset.name());
        return meant == null ? charset : lookup(meant);
    }

    /** A wider charset that decodes everything this one does, or null. */
    static Charset superset(Charset charset) {
        String wider = SUPERSET.get(charset.name().toLowerCase(Locale.ROOT));
        return wider == null ? null : lookup(wider);
    }

    private static Charset lookup(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }
}
