package io.precis.extract.html;

import io.precis.text.Nfc;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts a page into {@link Block}s in one pass over the DOM, without changing it. Text is split wherever a
 * block-level element opens or closes, so every block belongs to exactly one innermost block element.
 * Elements that never hold article text (scripts, styles, forms' controls, media) are skipped whole.
 * Block text is in Unicode's canonical form NFC, the form text is searched and compared in: pages spell
 * the same letters in other code points (an "ä" as "a" and a combining diaeresis, as some editors save it;
 * Bengali "য়" as the one code point NFC splits in two), and would not match the same text typed elsewhere.
 */
final class BlockWalker implements NodeFilter {
    /** Elements whose boundaries end a line of text (HTML's block-level and table elements). */
    static final Set<String> BLOCK_TAGS = Set.of(
            "html", "body", "p", "div", "section", "article", "main", "header", "footer", "nav", "aside",
            "h1", "h2", "h3", "h4", "h5", "h6", "hgroup", "ul", "ol", "li", "dl", "dt", "dd", "menu",
            "blockquote", "pre", "address", "center", "figure", "figcaption", "details", "summary", "dialog",
            "table", "caption", "thead", "tbody", "tfoot", "tr", "td", "th", "form", "fieldset", "legend", "hr");

    private final List<Block> blocks = new ArrayList<>();
    private final List<Element> open = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int linkChars;
    private int linkDepth;

    private BlockWalker() {
    }

    static List<Block> blocks(Element root) {
        BlockWalker w = new BlockWalker();
        w.open.add(root);
        NodeTraversor.filter(w, root);
        w.flush();
        return w.blocks;
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
            append(t.getWholeText());
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element e)) return FilterResult.SKIP_ENTIRELY; // comments, doctype, data
        if (Boilerplate.neverContent(e)) return FilterResult.SKIP_ENTIRELY;
        String tag = e.normalName();
        if (tag.equals("br")) {
            trimTrailingSpace();
            if (!text.isEmpty()) text.append('\n');
        } else if (tag.equals("a")) {
            linkDepth++;
        } else if (depth > 0 && BLOCK_TAGS.contains(tag)) {
            flush();
            open.add(e);
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (!(node instanceof Element e)) return FilterResult.CONTINUE;
        String tag = e.normalName();
        if (tag.equals("a")) {
            linkDepth--;
        } else if (depth > 0 && BLOCK_TAGS.contains(tag)) {
            flush();
            open.remove(open.size() - 1);
        } else if (tag.equals("img") || tag.equals("input")) {
            append(" ");
        }
        return FilterResult.CONTINUE;
    }

    private void append(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b';
            if (space) {
                if (text.isEmpty() || isSpace(text.charAt(text.length() - 1))) continue;
                text.append(' ');
            } else {
                text.append(c);
                if (linkDepth > 0) linkChars++;
            }
        }
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n';
    }

    private void trimTrailingSpace() {
        while (!text.isEmpty() && text.charAt(text.length() - 1) == ' ') text.setLength(text.length() - 1);
    }

    private void flush() {
        trimTrailingSpace();
        while (!text.isEmpty() && text.charAt(text.length() - 1) == '\n') text.setLength(text.length() - 1);
        if (!text.isEmpty()) {
            // The page is composed already; characters written as entities ("e&#769;") are not until here.
            String composed = Nfc.of(text.toString().replace(" \n", "\n"));
            blocks.add(new Block(composed, Math.min(linkChars, composed.length()), open.get(open.size() - 1)));
        }
        text.setLength(0);
        linkChars = 0;
    }
}
