package io.precis.store;

import java.util.Locale;

/**
 * S3 event sequencers, made comparable as strings. S3 only promises that, for one key, the greater
 * sequencer is the later event once both are left-padded with zeros to the same length; padding to a
 * fixed width lets DynamoDB compare them in a condition expression.
 */
public final class Sequencer {
    static final int WIDTH = 40;

    private Sequencer() {
    }

    /** The sequencer upper-cased and left-padded to {@value #WIDTH} characters; "0..." when absent. */
    public static String normalize(String sequencer) {
        String s = sequencer == null ? "" : sequencer.strip().toUpperCase(Locale.ROOT);
        if (!s.matches("[0-9A-F]*")) throw new IllegalArgumentException("sequencer is not hexadecimal: " + sequencer);
        if (s.length() > WIDTH) throw new IllegalArgumentException("sequencer longer than " + WIDTH + " digits: " + sequencer);
        return "0".repeat(WIDTH - s.length()) + s;
    }
}
