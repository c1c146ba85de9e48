package io.precis.extract.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/** The article body of a page: the densest block of paragraphs, without the boilerplate around it. */
final class HtmlBody {
    private HtmlBody() {
    }

    static List<String> paragraphs(Document page) {
        page.select("script, style, noscript, nav, header, footer, aside, form").remove();
        Element best = null;
        int bestScore = 0;
        for (Element e : page.select("article, main, div, section, td")) {
            int score = 0;
            for (Element p : e.children()) {
                if (p.tagName().equals("p")) score += p.text().length();
            }
            if (score > bestScore) {
                bestScore = score;
                best = e;
            }
        }
        List<String> paragraphs = new ArrayList<>();
        if (best == null) return paragraphs;
        for (Element p : best.children()) {
            if (p.tagName().matches("p|h[2-6]|blockquote|ul|ol")) {
                String text = p.text().strip();
                if (!text.isEmpty()) paragraphs.add(text);
            }
        }
        return paragraphs;
    }

}
