package io.precis.extract.html;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * The block that holds a page's headline with its byline and dateline: the h1's grandparent, or its
 * parent when the grandparent is the page body. An h1 standing directly in the body has no such
 * block, as the body's other children are the site's masthead, menus and footer; then only the
 * elements just after the headline are its neighbours.
 */
final class HeadlineBlock {
    /** Elements after a lone headline that may still be its byline: the standfirst and dateline, not the story. */
    private static final int AFTER = 40;

    private HeadlineBlock() {
    }

    /**
     * The page's headline element, of its {@code <h1>}s in page order: the first {@code <h1>} outside the site's navigation, else the first
     * {@code <h1>}, or null. Menus carry headings of their own ("Navigation", "Sections"), often hidden
     * for screen readers, and the headline's byline and dateline are not beside those.
     */
    static Element headline(List<Element> h1s) {
        Element first = null;
        for (Element h1 : h1s) {
            if (first == null) first = h1;
            if (!inNavigation(h1)) return h1;
        }
        return first;
    }

    /** Whether the element lies inside the site's navigation ({@code <nav>} or {@code role=navigation}). */
    static boolean inNavigation(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p.tagName().equals("nav") || p.attr("role").equalsIgnoreCase("navigation")) return true;
        }
        return false;
    }

    /** The headline's block, or null when the h1 stands directly in the page body. */
    static Element of(Element h1) {
        Element parent = h1.parent();
        if (parent == null || isPage(parent)) return null;
        Element grandparent = parent.parent();
        return grandparent == null || isPage(grandparent) ? parent : grandparent;
    }

    /** The elements around the headline: its block's, else the h1's and the few after it, in page order. */
    static List<Element> elements(Element h1) {
        Element block = of(h1);
        if (block != null) return block.getAllElements();
        List<Element> out = new ArrayList<>(h1.getAllElements());
        int seen = 0;
        for (Element e = DocumentOrder.afterSubtree(h1); e != null && seen < AFTER; e = DocumentOrder.next(e), seen++) out.add(e);
        return out;
    }

    private static boolean isPage(Element e) {
        String tag = e.tagName();
        return tag.equals("body") || tag.equals("html") || tag.equals("#root");
    }
}
