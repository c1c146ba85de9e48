package io.precis.text;

import java.text.Normalizer;

/**
 * Text in Unicode's composed form (NFC), so that a letter a page wrote decomposed ("e" + combining acute,
 * Bengali "ড" + nukta) equals the same letter typed as one character: in a byline rule, a query or another record.
 */
public final class Nfc {
    /** Every character below the first combining mark is composed already and composes with nothing after it. */
    private static final char FIRST_COMBINING = '\u0300';

    private Nfc() {
    }

    public static String of(String s) {
        if (s == null || belowCombining(s) || Normalizer.isNormalized(s, Normalizer.Form.NFC)) return s;
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** The cheap test first: most pages are Latin text, and a scan is far cheaper than the normaliser's check. */
    private static boolean belowCombining(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= FIRST_COMBINING) return false;
        return true;
    }
}
