package io.precis.extract.html;

/**
 * Microdata's {@code itemprop} holds a list of property names separated by spaces: {@code itemprop="author name"}
 * gives an element both properties, and an exact {@code [itemprop=author]} selector would miss it.
 */
final class Microdata {
    private Microdata() {
    }

    /** A selector for elements whose itemprop lists this property, in any case. */
    static String itemprop(String property) {
        return "[itemprop~=(?i)(?:^|\\s)" + property + "(?:\\s|$)]";
    }
}
