package io.precis.extract.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;

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
    private Element headline;
    private boolean headlineFound;

    PageIndex(Document page) {
        this.page = page;
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Element e && TAGS.contains(e.normalName())) {
                byTag.computeIfAbsent(e.normalName(), k -> new ArrayList<>()).add(e);
            }
        }, page);
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
        List<Element> out = new ArrayList<>();
        for (Element e : all(tag)) if (selector.matches(page, e)) out.add(e);
        return out;
    }

    /** {@code page.selectFirst(selector)} for a selector that only selects elements of {@code tag}. */
    Element selectFirst(String tag, Evaluator selector) {
        for (Element e : all(tag)) if (selector.matches(page, e)) return e;
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
