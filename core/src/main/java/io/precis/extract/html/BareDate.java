package io.precis.extract.html;

import io.precis.extract.meta.Dates;

/** A text that is a date written alone, with no markup to say so ("December 11, 2023"). */
final class BareDate {
    /** Longer than any date written alone ("Wednesday, September 27, 2023 10:45 AM"): a sentence that holds a date. */
    private static final int LONGEST = 45;

    private BareDate() {
    }

    static boolean is(String text) {
        return !text.isEmpty() && text.length() <= LONGEST && Dates.parseAbsolute(text, null) != null;
    }
}
