package io.precis.extract.html;

import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/** Questions about an element's text that can be answered without building the whole text. */
final class ElementText {
    private ElementText() {
    }

    /**
     * Whether {@code e.text()} is longer than {@code limit} characters, found by counting the characters
     * of its text nodes that {@code text()} always keeps and stopping at the limit. It collapses jsoup's
     * white space (no-break spaces too) and drops invisible characters, so only what it keeps may be
     * counted or the count could exceed the text's length. False means "not surely", and the caller
     * measures the text.
     */
    static boolean longerThan(Element e, int limit) {
        int[] count = {0};
        e.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.getWholeText();
                    for (int i = 0; i < s.length(); i++) {
                        char c = s.charAt(i);
                        if (StringUtil.isActuallyWhitespace(c) || StringUtil.isInvisibleChar(c)) continue;
                        if (++count[0] > limit) return FilterResult.STOP;
                    }
                }
                return FilterResult.CONTINUE;
            }
        });
        return count[0] > limit;
    }
}
