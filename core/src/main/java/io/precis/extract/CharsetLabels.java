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
    /** WHATWG: these labels mean windows-1252 in every browser, so their C1 bytes are curly quotes and dashes. */
    private static final Map<String, String> BROWSER_MEANING = Map.of(
            "iso-8859-1", "windows-1252", "latin1", "windows-1252", "l1", "windows-1252",
            "us-ascii", "windows-1252", "ascii", "windows-1252", "iso-8859-9", "windows-1254",
            "tis-620", "x-windows-874", "iso-8859-11", "x-windows-874");

    /**
     * Pages labelled with the standard charset are often written by Windows tools that add vendor characters
     * (circled numbers in Shift_JIS, the extra Hangul of code page 949, HKSCS in Big5, GBK beyond GB2312).
     * The standard table is tried first so that its own characters keep their standard mapping.
     */
    private static final Map<String, String> SUPERSET = Map.of(
            "shift_jis", "windows-31j", "euc-kr", "x-windows-949", "gb2312", "GB18030", "gbk", "GB18030",
            "big5", "Big5-HKSCS", "euc-jp", "x-eucJP-Open");

    private CharsetLabels() {
    }

    /** The charset a label names, or null when Java does not know it (an unknown label is no declaration). */
    static Charset forLabel(String label) {
        String name = label.strip().toLowerCase(Locale.ROOT);
        return lookup(BROWSER_MEANING.getOrDefault(name, name));
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
