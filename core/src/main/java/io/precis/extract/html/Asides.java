package io.precis.extract.html;

import org.jsoup.nodes.Element;

import java.util.regex.Pattern;

/**
 * The parts of a page where other people's names live: comments, related stories, sidebars,
 * menus, footers and quotations (a quote's "— Ann Lee" names the speaker). A byline found there
 * is not the story's.
 */
final class Asides {
    private static final Pattern ASIDE_CLASS = Pattern.compile(
            "(?i)(comments?|related|sidebar|footer|widget|recommend\\w*|most-popular|trending|(?:block|pull)?quote|testimonials?)([-_](area|list|section|container|wrapper|posts|articles|stories|content|block|module))?");

    private final Element h1;
    private final Element storyArticle;

    private Asides(Element h1) {
        this.h1 = h1;
        this.storyArticle = h1 == null ? null : h1.closest("article");
    }

    static Asides of(PageIndex index) {
        return new Asides(index.first("h1"));
    }

    /**
     * Whether the element lies in an aside. The story's own header ends the search: layout wrappers
     * above it (some sites wrap the whole story in "widget" blocks) say nothing about the byline in
     * it. Comments and teasers have headers too, so only the header holding the headline, or the
     * one heading the headline's article, is the story's. The search ends below the body: its classes
     * describe the whole page's layout ("sidebar" for a page that has one).
     */
    boolean holds(Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            String tag = p.tagName();
            // The body's and root's classes name the page's layout ("single-post sidebar"), not a region of it
            if (tag.equals("body") || tag.equals("html")) return false;
            if (tag.equals("header") && isStoryHeader(p)) return false;
            if (tag.equals("footer") || tag.equals("aside") || tag.equals("nav") || tag.equals("blockquote")) return true;
            for (String c : p.classNames()) if (ASIDE_CLASS.matcher(c).matches()) return true;
        }
        return false;
    }

    private boolean isStoryHeader(Element header) {
        if (h1 == null) return false;
        return (storyArticle != null && header.parent() == storyArticle) || DocumentOrder.isInside(h1, header);
    }
}
