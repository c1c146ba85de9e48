package io.precis.local;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the aws-chunked framing that SDKs use to stream uploads (signed chunks, or unsigned chunks
 * with a checksum trailer). S3Proxy only strips it when it verifies signatures, and the local stack
 * accepts any key without verifying, so the framing would otherwise end up in the stored object.
 */
final class AwsChunked {
    private static final Pattern SIGNED_HEADER = Pattern.compile("^[0-9a-fA-F]{1,16};chunk-signature=[0-9a-f]{64}\r\n");
    private static final Pattern UNSIGNED_HEADER = Pattern.compile("^[0-9a-fA-F]{1,16}\r\n");
    private static final Pattern TRAILER_END = Pattern.compile("\r\n0(;chunk-signature=[0-9a-f]{64})?\r\n(x-amz-[a-z0-9-]+:[^\r\n]*\r\n)*(\r\n)?$");

    private AwsChunked() {
    }

    /** True when the bytes are aws-chunked framed (signed always; unsigned only with its zero-length last chunk). */
    static boolean isChunked(byte[] bytes, String contentEncoding) {
        if (contentEncoding != null && contentEncoding.contains("aws-chunked")) return true;
        String head = new String(bytes, 0, Math.min(bytes.length, 100), StandardCharsets.ISO_8859_1);
        if (SIGNED_HEADER.matcher(head).find()) return true;
        if (!UNSIGNED_HEADER.matcher(head).find()) return false;
        String tail = new String(bytes, Math.max(0, bytes.length - 300), Math.min(bytes.length, 300), StandardCharsets.ISO_8859_1);
        return TRAILER_END.matcher(tail).find();
    }

    /** The payload inside the chunks; the bytes unchanged when the framing does not parse. */
    static byte[] decode(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
        int pos = 0;
        while (pos < bytes.length) {
            int lineEnd = indexOfCrLf(bytes, pos);
            if (lineEnd < 0) return bytes;
            String header = new String(bytes, pos, lineEnd - pos, StandardCharsets.ISO_8859_1);
            Matcher m = Pattern.compile("^([0-9a-fA-F]+)").matcher(header);
            if (!m.find()) return bytes;
            int size = Integer.parseInt(m.group(1), 16);
            int start = lineEnd + 2;
            if (size == 0) return out.toByteArray();
            if (start + size > bytes.length) return bytes;
            out.write(bytes, start, size);
            pos = start + size + 2;
        }
        return bytes;
    }

    private static int indexOfCrLf(byte[] b, int from) {
        for (int i = from; i + 1 < b.length; i++) {
            if (b[i] == '\r' && b[i + 1] == '\n') return i;
        }
        return -1;
    }
}
