package io.precis.extract;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 with a few bytes that are not: a page stitched from sources in two charsets (a template in UTF-8,
 * an alt text or a teaser from a Latin-1 database) or a CMS that cut a character in half. A lone invalid
 * byte inside a word ("Mitgef\xFChl") is the Latin-1 letter it would be in windows-1252; anything else
 * (a cut sequence, a byte at a word's edge, as in "papiero\xC5..." ) is a replacement character, as a
 * browser shows it. Only files whose valid non-ASCII characters far outnumber the broken ones qualify:
 * text in a single-byte charset is nearly all broken when read as UTF-8.
 */
final class Utf8Repair {
    /** At least this many valid non-ASCII characters per invalid run. */
    private static final int GOOD_PER_BROKEN = 10;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private Utf8Repair() {
    }

    /** The repaired text, with how many bytes were read as windows-1252 and how many replaced; null when it does not qualify. */
    record Repaired(String text, int readAsWindows1252, int replaced) {
    }

    static Repaired repair(byte[] bytes) {
        // Every valid non-ASCII character takes at least two non-ASCII bytes, so this bounds the good ones: text
        // in a single-byte charset (broken at nearly every non-ASCII byte) is given up on after a few of them.
        int maxGood = countNonAsciiBytes(bytes) / 2;
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // UTF-8 never makes more chars than bytes, so the output never overflows.
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        int latin = 0, replaced = 0;
        while (true) {
            CoderResult result = utf8.decode(in, out, true);
            if (result.isUnderflow()) break;
            int at = in.position(), length = result.length();
            char letter = length == 1 ? wordInternalLetter(bytes, at, out) : 0;
            if (letter != 0) {
                out.put(letter);
                latin++;
            } else {
                out.put('\uFFFD');
                replaced++;
            }
            in.position(at + length);
            if ((latin + replaced) * GOOD_PER_BROKEN > maxGood) return null;
        }
        utf8.flush(out);
        out.flip();
        String text = out.toString();
        int broken = latin + replaced;
        if (broken == 0 || countNonAscii(text) - latin < broken * GOOD_PER_BROKEN) return null;
        return new Repaired(text, latin, replaced);
    }

    /** The windows-1252 letter of the byte at {@code at} when letters stand on both sides of it, else 0. */
    private static char wordInternalLetter(byte[] bytes, int at, CharBuffer decodedSoFar) {
        int before = decodedSoFar.position() - 1;
        if (before < 0 || !Character.isLetter(decodedSoFar.get(before))) return 0;
        if (at + 1 >= bytes.length) return 0;
        int next = bytes[at + 1] & 0xFF;
        if (next < 0x80 && !Character.isLetter(next)) return 0;
        String single = new String(bytes, at, 1, WINDOWS_1252);
        char c = single.charAt(0);
        return Character.isLetter(c) ? c : 0;
    }

    private static int countNonAsciiBytes(byte[] bytes) {
        int n = 0;
        for (byte b : bytes) if (b < 0) n++;
        return n;
    }

    private static int countNonAscii(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) > 0x7F && text.charAt(i) != '\uFFFD') n++;
        return n;
    }
}
