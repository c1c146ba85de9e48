package io.precis.extract.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The article body of a page: its paragraphs without navigation, share and subscribe blocks, notices,
 * captions, comments and related links. The page is cut into text blocks ({@link BlockWalker}), blocks in
 * boilerplate markup are set aside ({@link Boilerplate}), the article's container is chosen by
 * Readability-style scoring ({@link ContentRoot}), and its blocks are kept unless they read like
 * boilerplate ({@link ParagraphFilter}). When the markup yields little, the page's JSON-LD
 * {@code articleBody} stands in ({@link JsonLdBody}). Never changes the page it is given.
 */
final class HtmlBody {
    private HtmlBody() {
    }

    /** The body of a page whose credited authors are {@code authors} (their bios after the article are dropped). */
    static List<String> paragraphs(Document page, PageIndex index, List<String> authors) {
        Element body = page.body();
        if (body == null) return List.of();
        PageLayout layout = new PageLayout(body, BlockWalker.blocks(body));
        List<Element> roots = ContentRoot.find(layout);
        List<Block> chosen = roots.isEmpty() ? layout.content() : inside(layout.content(), roots);
        List<String> paragraphs = ParagraphFilter.keep(chosen, authors);
        return JsonLdBody.orElse(index, paragraphs);
    }

    private static List<Block> inside(List<Block> blocks, List<Element> roots) {
        Set<Element> rootSet = Collections.newSetFromMap(new IdentityHashMap<>());
        rootSet.addAll(roots);
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            for (Element e = b.owner(); e != null; e = e.parent()) {
                if (rootSet.contains(e)) {
                    out.add(b);
                    break;
                }
            }
        }
        return out;
    }
}
