package io.precis.extract.html;

import org.jsoup.nodes.Element;

/**
 * A run of text between two block-level boundaries of the page (boilerpipe's "text block"): the text of a
 * paragraph, a heading, a list item, or the loose text of a div between its child blocks.
 *
 * @param text      the text, whitespace collapsed; a {@code <br>} is kept as a newline
 * @param linkChars how many of its characters sit inside links
 * @param owner     the innermost block-level element holding the text
 */
record Block(String text, int linkChars, Element owner) {

    double linkDensity() {
        return text.isEmpty() ? 0 : linkChars / (double) text.length();
    }

    String tag() {
        return owner.normalName();
    }

    boolean isHeading() {
        String t = tag();
        return t.length() == 2 && t.charAt(0) == 'h' && t.charAt(1) >= '1' && t.charAt(1) <= '6';
    }
}
