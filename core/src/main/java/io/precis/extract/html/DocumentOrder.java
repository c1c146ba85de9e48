package io.precis.extract.html;

import org.jsoup.nodes.Element;

/**
 * Steps through elements in the order they are written, from a given element: the few elements
 * around a headline can be read without listing the whole page.
 */
final class DocumentOrder {
    private DocumentOrder() {
    }

    /** The next element: the first child, else the next sibling of this element or of an ancestor. */
    static Element next(Element e) {
        return e.childrenSize() > 0 ? e.child(0) : afterSubtree(e);
    }

    /** The first element after this one and all it holds. */
    static Element afterSubtree(Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            Element sibling = p.nextElementSibling();
            if (sibling != null) return sibling;
        }
        return null;
    }

    /** Whether {@code e} lies inside {@code ancestor}, not counting {@code ancestor} itself. */
    static boolean isInside(Element e, Element ancestor) {
        for (Element p = e.parent(); p != null; p = p.parent()) if (p == ancestor) return true;
        return false;
    }

    /** Whether {@code e} is {@code root} or lies inside it. */
    static boolean isWithin(Element e, Element root) {
        return e == root || isInside(e, root);
    }

    /** The previous element: the last descendant of the previous sibling, else the parent. */
    static Element previous(Element e) {
        Element sibling = e.previousElementSibling();
        if (sibling == null) return e.parent();
        while (sibling.childrenSize() > 0) sibling = sibling.child(sibling.childrenSize() - 1);
        return sibling;
    }
}
