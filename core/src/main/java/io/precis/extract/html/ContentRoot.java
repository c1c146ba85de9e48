package io.precis.extract.html;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds the element(s) holding the article: Readability's candidate scoring (Mozilla Readability.js,
 * after Arc90's readability): every paragraph of 25+ characters scores 1 + its commas + one per 100
 * characters (at most 3), given in full to its container and in decreasing shares to four more
 * ancestors; containers start from a tag and class bias; final scores are discounted by link density.
 * The best container is then widened: up through parents that add prose (or only a little unlinked
 * text), as page builders split one article over many boxes, and across to siblings that score close
 * to it or read like paragraphs (Readability's sibling join).
 */
final class ContentRoot {
    private static final int MIN_PARAGRAPH = 25;
    private static final int ANCESTOR_LEVELS = 5;
    private static final int MIN_ADDED_PROSE = 80;
    /** A parent adding at most this much text with few links (a heading, a date, a lead-in) is taken too. */
    private static final int MAX_SMALL_ADDITION = 250;
    private static final double MIN_ADDED_PROSE_SHARE = 0.5;
    private static final double MAX_ADDED_LINK_DENSITY = 0.25;
    /**
     * The bonus of markup naming the article body ("article-content", itemprop=articleBody), given only to
     * an element holding prose: teaser cards in a related-stories box reuse the story's class names around a
     * headline, a byline and a date, and with the bonus such a card outscores the story it sits in.
     */
    private static final int NAMED_BODY_BONUS = 50;
    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story");
    /** Commas of the scripts Readability counts (Latin, Arabic, CJK full-width, small and vertical forms). */
    private static final String COMMAS = ",\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C";

    private final PageLayout layout;
    private final Map<Element, double[]> scores = new IdentityHashMap<>();
    /** Scored containers in the order first met, so that ties go to the earlier one on every run. */
    private final List<Element> candidates = new ArrayList<>();

    private ContentRoot(PageLayout layout) {
        this.layout = layout;
    }

    /** The containers of the article in document order, or an empty list when nothing scored. */
    static List<Element> find(PageLayout layout) {
        return new ContentRoot(layout).find();
    }

    private List<Element> find() {
        for (Block b : layout.content()) score(b);
        Element top = null;
        double best = 0;
        for (Element candidate : candidates) {
            double[] score = scores.get(candidate);
            score[0] *= 1 - layout.linkDensity(candidate);
            if (top == null || score[0] > best) {
                top = candidate;
                best = score[0];
            }
        }
        if (top == null) return List.of();
        while (top.parent() != null && !top.parent().normalName().equals("body") && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        top = widen(top);
        return withSiblings(top, best);
    }

    private void score(Block b) {
        String tag = b.tag();
        int length = b.text().length();
        if (length < MIN_PARAGRAPH || tag.equals("h1") || tag.equals("li") || tag.equals("dt") || tag.equals("th")) return;
        boolean paragraph = tag.equals("p") || tag.equals("pre") || tag.equals("td") || tag.equals("blockquote")
                || tag.equals("dd") || b.isHeading();
        Element anchor = paragraph ? b.owner().parent() : b.owner();
        double points = 1 + commas(b.text()) + Math.min(length / 100, 3);
        Element e = anchor;
        for (int level = 0; level < ANCESTOR_LEVELS && e != null && !e.normalName().equals("html"); level++) {
            double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
            double[] score = scores.get(e);
            if (score == null) {
                score = new double[]{initialScore(e)};
                scores.put(e, score);
                candidates.add(e);
            }
            score[0] += points / divider;
            e = e.parent();
        }
    }

    private double initialScore(Element e) {
        double s = switch (e.normalName()) {
            case "div", "article", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        if (Boilerplate.namesContent(e) && layout.prose(e) > 0) s += NAMED_BODY_BONUS;
        String words = Boilerplate.words(e);
        if (!words.isEmpty()) {
            if (POSITIVE.matcher(words).find()) s += 25;
            if (Boilerplate.verdict(e) != Boilerplate.Verdict.NONE) s -= 25;
        }
        return s;
    }

    /**
     * Climbs from the best container while its parent adds real prose at a low link density: page
     * builders and long reads split one article over several boxes that each score less than the whole.
     */
    private Element widen(Element top) {
        Element root = top;
        for (Element parent = root.parent(); parent != null && !parent.normalName().equals("body")
                && !parent.normalName().equals("html"); parent = root.parent()) {
            int addedProse = layout.prose(parent) - layout.prose(root);
            int addedChars = layout.chars(parent) - layout.chars(root);
            int addedLinks = layout.linkChars(parent) - layout.linkChars(root);
            boolean prose = addedProse >= MIN_ADDED_PROSE && addedProse >= addedChars * MIN_ADDED_PROSE_SHARE
                    && addedLinks <= addedChars * MAX_ADDED_LINK_DENSITY;
            // Wrapper levels that add nothing, or a heading or a date without links, cost nothing: climb on.
            boolean small = addedChars <= MAX_SMALL_ADDITION && addedLinks <= addedChars * MAX_ADDED_LINK_DENSITY;
            if (!prose && !small && addedChars > 0) break;
            root = parent;
        }
        return root;
    }

    /** Readability's sibling join: siblings scoring at least a fifth of the top, or reading like prose. */
    private List<Element> withSiblings(Element top, double topScore) {
        Element parent = top.parent();
        if (parent == null) return List.of(top);
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> roots = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                roots.add(sibling);
                continue;
            }
            double bonus = !top.className().isEmpty() && sibling.className().equals(top.className()) ? topScore * 0.2 : 0;
            double[] s = scores.get(sibling);
            if (s != null && s[0] + bonus >= threshold) {
                roots.add(sibling);
            } else if (sibling.normalName().equals("p")) {
                int chars = layout.chars(sibling);
                double links = layout.linkDensity(sibling);
                if ((chars > 80 && links < 0.25) || (chars > 0 && links == 0 && endsSentence(sibling.text()))) {
                    roots.add(sibling);
                }
            }
        }
        return roots;
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) if (COMMAS.indexOf(text.charAt(i)) >= 0) n++;
        return n;
    }

    /** Readability's test for a short paragraph worth keeping: it contains or ends a sentence. */
    private static boolean endsSentence(String text) {
        return text.endsWith(".") || text.contains(". ");
    }
}
