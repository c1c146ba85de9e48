package io.precis.extract;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The charset a file says it is in: the HTTP Content-Type (S3 object metadata) first, then a
 * {@code <meta charset>} or {@code http-equiv} tag, or an XML declaration at the very start. Only the
 * head is searched, as browsers do (the declaration must come early to be honoured).
 */
final class DeclaredCharset {
    private static final Pattern HEADER_CHARSET = Pattern.compile(
            "charset\\s*=\\s*\"?([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "\\A\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9_:.\\-]+)[\"']");
    private static final int HEAD_BYTES = 4096;

    private DeclaredCharset() {
    }

    /**
     * The declared charset, or null when there is none Java knows. A UTF-16 or UTF-32 declaration counts
     * for nothing: the decoder only asks once neither a byte-order mark nor the NUL pattern found those, so
     * the bytes are ASCII-based and the declaration was copied from elsewhere (browsers read it as UTF-8).
     */
    static Charset find(byte[] bytes, String contentType) {
        Charset declared = declaration(bytes, contentType);
        return declared == null || declared.name().startsWith("UTF-16") || declared.name().startsWith("UTF-32") ? null : declared;
    }

    private static Charset declaration(byte[] bytes, String contentType) {
        if (contentType != null) {
            Matcher m = HEADER_CHARSET.matcher(contentType);
            if (m.find()) {
                Charset declared = CharsetLabels.forLabel(m.group(1));
                if (declared != null) return declared;
            }
        }
        // Declarations are ASCII in every charset this is used for, so ISO-8859-1 reads them whatever the rest is.
        String head = new String(bytes, 0, Math.min(bytes.length, HEAD_BYTES), StandardCharsets.ISO_8859_1);
        Matcher xml = XML_ENCODING.matcher(head);
        if (xml.find()) {
            Charset declared = CharsetLabels.forLabel(xml.group(1));
            if (declared != null) return declared;
        }
        Matcher meta = META_CHARSET.matcher(head);
        return meta.find() ? CharsetLabels.forLabel(meta.group(1)) : null;
    }
}
