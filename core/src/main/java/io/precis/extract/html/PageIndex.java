package io.precis.extract.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The elements of the few tags that metadata is read from ({@code <title>}, {@code <meta>}, {@code <link>},
 * {@code <script>}, {@code <h1>}, {@code <time>}, {@code <article>}, {@code <html>}), listed in one walk over the page. Each reader
 * used to select its own, and every select walks the whole page, as long as parsing a tenth of it on large
 * pages. The lists are in page order, as select() gives them, so a selector applied to them finds the same
 * elements as on the page. The page must not gain or lose elements after indexing.
 */
final class PageIndex {
    private static final Set<String> TAGS = Set.of("html", "title", "meta", "link", "script", "h1", "time", "article");

    private final Document page;
    private final Map<String, List<Element>> byTag = new HashMap<>();
    /** Every element of the page in page order, the document first, as {@code page.getAllElements()} gives them. */
    private final List<Element> elements = new ArrayList<>();
    /** Where {@code page.body()} and its descendants are in {@link #elements}: they follow one another there. */
    private int bodyStart = -1;
    private int bodyEnd = -1;
    private Element headline;
    private boolean headlineFound;

    PageIndex(Document page) {
        this.page = page;
        // body() adds a body to a page without one; the HTML parser always makes one (or a frameset), so asking
        // before the walk changes nothing on a parsed page and the walk sees the page as its readers will.
        Element body = page.body();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (!(node instanceof Element e)) return;
                if (e == body) bodyStart = elements.size();
                elements.add(e);
                if (TAGS.contains(e.normalName())) byTag.computeIfAbsent(e.normalName(), k -> new ArrayList<>()).add(e);
            }

            @Override
            public void tail(Node node, int depth) {
                if (node == body) bodyEnd = elements.size();
            }
        }, page);
    }

    /**
     * Every element of the page, the document first, in page order: {@code page.getAllElements()}, or what
     * {@code page.select(selector)} tries, without walking the page again.
     */
    List<Element> elements() {
        return elements;
    }

    /** The body (or frameset) and every element inside it, in page order: {@code page.body().getAllElements()}. */
    List<Element> body() {
        return bodyStart < 0 ? List.of() : elements.subList(bodyStart, bodyEnd);
    }

    /** The page's elements of {@code tag} (one of {@link #TAGS}), in page order: {@code page.getElementsByTag(tag)}. */
    List<Element> all(String tag) {
        if (!TAGS.contains(tag)) throw new IllegalArgumentException("not indexed: " + tag);
        return byTag.getOrDefault(tag, List.of());
    }

    /** The first element of {@code tag}, or null. */
    Element first(String tag) {
        List<Element> all = all(tag);
        return all.isEmpty() ? null : all.get(0);
    }

    /** {@code page.select(selector)} for a selector that only selects elements of {@code tag} ("meta[content]"). */
    List<Element> select(String tag, Evaluator selector) {
        return matching(all(tag), selector);
    }

    /** {@code page.selectFirst(selector)} for a selector that only selects elements of {@code tag}. */
    Element selectFirst(String tag, Evaluator selector) {
        return firstMatching(all(tag), selector);
    }

    /**
     * {@code page.select(selector)} without a walk of its own, for a selector that tests each element on its
     * own: jsoup's combinators and :not remember their answers per page until a select() clears them, and
     * calling matches() directly never does (the memory would keep every page read on the thread).
     */
    List<Element> select(Evaluator selector) {
        return matching(elements, selector);
    }

    /** {@code page.selectFirst(selector)} without a walk of its own, for a selector as {@link #select(Evaluator)} takes. */
    Element selectFirst(Evaluator selector) {
        return firstMatching(elements, selector);
    }

    /** The elements of {@code candidates} the selector matches, tested with the page as its root, as select() does. */
    private List<Element> matching(List<Element> candidates, Evaluator selector) {
        List<Element> out = new ArrayList<>();
        for (Element e : candidates) if (selector.matches(page, e)) out.add(e);
        return out;
    }

    private Element firstMatching(List<Element> candidates, Evaluator selector) {
        for (Element e : candidates) if (selector.matches(page, e)) return e;
        return null;
    }

    /** The page's headline element ({@link HeadlineBlock#headline}), found once for all its readers. */
    Element headline() {
        if (!headlineFound) {
            headline = HeadlineBlock.headline(all("h1"));
            headlineFound = true;
        }
        return headline;
    }
}
