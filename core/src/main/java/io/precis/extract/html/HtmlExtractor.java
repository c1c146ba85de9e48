package io.precis.extract.html;

import io.precis.article.Article;
import io.precis.article.Author;
import io.precis.article.Document;
import io.precis.extract.meta.Bylines;
import io.precis.extract.meta.Dates;
import org.jsoup.nodes.Element;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** HTML pages: metadata from meta tags and markup ({@link HtmlBody} finds the body). */
public final class HtmlExtractor {

    public Article extract(Document doc) {
        org.jsoup.nodes.Document page = PageParser.parse(doc.text());
        Map<String, String> provenance = new LinkedHashMap<>();
        String title = first(provenance, "title",
                meta(page, "og:title"), "meta", text(page.selectFirst("h1")), "html:h1", page.title(), "html:title");
        String source = first(provenance, "source", meta(page, "og:site_name"), "meta");
        String url = first(provenance, "url",
                attr(page.selectFirst("link[rel=canonical]"), "href"), "html:canonical", meta(page, "og:url"), "meta");
        String published = first(provenance, "published",
                Dates.parse(meta(page, "article:published_time")), "meta",
                Dates.parse(attr(page.selectFirst("time[datetime]"), "datetime")), "html:time");
        String language = attr(page.selectFirst("html[lang]"), "lang");
        String author = meta(page, "author");
        List<Author> authors = author == null ? List.of() : Bylines.parse(author);
        if (!authors.isEmpty()) provenance.put("authors", "meta");
        String description = meta(page, "description");
        if (description == null) description = meta(page, "og:description");
        return new Article(title, null, description, authors, source, url, published, null,
                language == null ? null : language.toLowerCase().split("[-_]")[0], HtmlBody.paragraphs(page), provenance, Set.of());
    }

    private static String first(Map<String, String> provenance, String field, String... valueThenSource) {
        for (int i = 0; i + 1 < valueThenSource.length; i += 2) {
            String v = valueThenSource[i];
            if (v != null && !v.isBlank()) {
                provenance.put(field, valueThenSource[i + 1]);
                return v.strip();
            }
        }
        return null;
    }

    private static String meta(org.jsoup.nodes.Document page, String name) {
        Element e = page.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
        return e == null ? null : e.attr("content");
    }

    private static String attr(Element e, String name) {
        return e == null ? null : e.attr(name);
    }

    private static String text(Element e) {
        return e == null ? null : e.text();
    }
}
