package io.precis.extract.html;

import org.jsoup.nodes.Element;

/**
 * Tells a photographer's credit from a byline. Both read "By Ann Smith", but a credit sits with
 * its picture: inside a figure, or right after the picture's caption (a line repeating the
 * picture's description).
 */
final class PhotoCredits {
    /** Ancestors looked at for a figure: the credit's line, its caption block, the figure. */
    private static final int LEVELS = 3;
    /** A caption is a sentence; a shorter description is an author's portrait labelled with the name. */
    private static final int CAPTION_WORDS = 6;

    private PhotoCredits() {
    }

    static boolean isPhotoCredit(Element e) {
        return inFigure(e) || followsCaption(e);
    }

    /** Whether the element sits inside a figure or its caption, a few levels down at most. */
    static boolean inFigure(Element e) {
        Element p = e;
        for (int i = 0; i <= LEVELS && p != null; i++, p = p.parent()) {
            if (p.tagName().equals("figure") || p.tagName().equals("figcaption")) return true;
        }
        return false;
    }

    private static boolean followsCaption(Element e) {
        Element caption = e.previousElementSibling();
        Element block = e.parent() == null ? null : e.parent().parent();
        if (caption == null || block == null) return false;
        String text = caption.text().strip();
        if (text.split("\\s+").length < CAPTION_WORDS) return false;
        for (Element img : block.getElementsByTag("img")) {
            if (img.attr("alt").strip().equals(text)) return true;
        }
        return false;
    }
}
