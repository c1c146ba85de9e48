package io.precis.extract.html;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The blocks of a page with what scoring needs about the elements above them: how much text and link
 * text each element holds, and which blocks sit inside boilerplate (navigation, asides, share bars...).
 * Markup alone can mislead, so guards overrule it: an element that holds the page's named article
 * body (itemprop=articleBody, "entry-content"...) is never boilerplate, nor is one holding most of the
 * page's prose, nor are captions on a page whose prose is mostly captions (a gallery). Built in three passes over the blocks, each climbing the blocks' ancestors.
 */
final class PageLayout {
    /**
     * A boilerplate-looking element holding more than this share of the page's prose is the article's own
     * wrapper (blog engines put posts in "widget" boxes, some sites put the story in a header).
     */
    private static final double MAX_JUNK_SHARE = 0.5;
    /** Prose: blocks at least this long with few links; navigation and link lists are neither. */
    private static final int PROSE_CHARS = 80;
    private static final double PROSE_LINK_DENSITY = 0.3;

    /**
     * Pictures and their captions, set aside beside an article, unless captions hold most of the page's
     * prose: galleries and slideshows tell their story one captioned picture at a time.
     */
    private static final Set<String> CAPTION_TAGS = Set.of("figure", "figcaption");

    private final Element root;
    private final Map<Element, int[]> prose = new IdentityHashMap<>();
    private final Map<Element, int[]> contentText = new IdentityHashMap<>();
    private final Map<Element, int[]> contentProse = new IdentityHashMap<>();
    private final Map<Element, Boolean> around = new IdentityHashMap<>();
    /** Elements that are, or hold, markup naming the article body: never boilerplate, whatever their class. */
    private final Map<Element, Boolean> holdsNamedContent = new IdentityHashMap<>();
    private final List<Block> content = new ArrayList<>();
    private int totalProse;
    /** Whether the page is a gallery: most of its prose is in captions ({@link #CAPTION_TAGS}). */
    private final boolean captionsAreContent;

    PageLayout(Element root, List<Block> blocks) {
        this.root = root;
        for (Block b : blocks) {
            for (Element e = b.owner(); e != null && !holdsNamedContent.containsKey(e); e = e.parent()) {
                holdsNamedContent.put(e, false);
                if (Boilerplate.namesContent(e)) {
                    for (Element a = e; a != null; a = a.parent()) holdsNamedContent.put(a, true);
                    break;
                }
            }
        }
        int captionProse = 0;
        int captions = 0;
        int paragraphs = 0;
        for (Block b : blocks) {
            if (!isProse(b)) continue;
            totalProse += b.text().length();
            if (inCaption(b)) {
                captionProse += b.text().length();
                captions++;
            } else {
                paragraphs++;
            }
            for (Element e = b.owner(); e != null; e = e.parent()) add(prose, e, b);
        }
        // A gallery has more captioned pictures than paragraphs; a short story may have a few long captions.
        captionsAreContent = captionProse > MAX_JUNK_SHARE * totalProse && captions > paragraphs;
        for (Block b : blocks) {
            if (insideBoilerplate(b)) continue;
            content.add(b);
            boolean isProse = isProse(b);
            for (Element e = b.owner(); e != null; e = e.parent()) {
                add(contentText, e, b);
                if (isProse) add(contentProse, e, b);
            }
        }
    }

    private static boolean inCaption(Block b) {
        for (Element e = b.owner(); e != null; e = e.parent()) {
            if (CAPTION_TAGS.contains(e.normalName())) return true;
        }
        return false;
    }

    private static boolean isProse(Block b) {
        return b.text().length() >= PROSE_CHARS && b.linkDensity() <= PROSE_LINK_DENSITY;
    }

    private static void add(Map<Element, int[]> sums, Element e, Block b) {
        int[] s = sums.computeIfAbsent(e, k -> new int[2]);
        s[0] += b.text().length();
        s[1] += b.linkChars();
    }

    private boolean insideBoilerplate(Block b) {
        for (Element e = b.owner(); e != null && e != root; e = e.parent()) {
            if (around.computeIfAbsent(e, this::isAround)) return true;
        }
        return false;
    }

    private boolean isAround(Element e) {
        if (holdsNamedContent.getOrDefault(e, false)) return false;
        if (captionsAreContent && CAPTION_TAGS.contains(e.normalName())) return false;
        int[] p = prose.get(e);
        int proseChars = p == null ? 0 : p[0];
        return switch (Boilerplate.verdict(e)) {
            case NONE -> false;
            case SLOT -> proseChars < 2 * PROSE_CHARS;
            case AROUND -> proseChars <= MAX_JUNK_SHARE * totalProse;
        };
    }

    /** Blocks outside boilerplate, in document order. */
    List<Block> content() {
        return content;
    }

    /** Characters of content text under {@code e}. */
    int chars(Element e) {
        int[] s = contentText.get(e);
        return s == null ? 0 : s[0];
    }

    /** Characters of prose (long, few links) in the content text under {@code e}. */
    int prose(Element e) {
        int[] s = contentProse.get(e);
        return s == null ? 0 : s[0];
    }

    /** Link characters in the content text under {@code e}. */
    int linkChars(Element e) {
        int[] s = contentText.get(e);
        return s == null ? 0 : s[1];
    }

    /** Share of the content text under {@code e} that is link text. */
    double linkDensity(Element e) {
        int[] s = contentText.get(e);
        return s == null || s[0] == 0 ? 0 : s[1] / (double) s[0];
    }
}
