package io.precis.extract.html;

import io.precis.article.Author;
import io.precis.extract.meta.Bylines;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The people who wrote a page: JSON-LD authors, then author meta tags (author, article:author,
 * Parse.ly, Sailthru, Dublin Core, citation_author), then byline markup (rel=author,
 * itemprop=author, class*=byline/author). Organisations and agencies are not people.
 */
final class HtmlAuthors {
    private static final String[] META = {"author", "article:author", "parsely-author", "sailthru.author",
            "dc.creator", "dcterms.creator", "citation_author", "byl", "og:article:author", "cxenseparse:author"};

    private HtmlAuthors() {
    }

    record Found(List<Author> authors, String provenance) {
    }

    static Found authors(Document page, MetaTags meta, JsonLd jsonLd, String site) {
        List<Author> fromJsonLd = people(jsonLd.authors(), site);
        if (!fromJsonLd.isEmpty()) return new Found(fromJsonLd, "json-ld");
        for (String name : META) {
            List<String> values = new ArrayList<>();
            for (String v : meta.all(name)) if (!v.startsWith("http") && !v.startsWith("@")) values.add(v);
            List<Author> found = people(values, site);
            if (!found.isEmpty()) return new Found(found, "meta:" + name);
        }
        List<Author> markup = fromMarkup(page, site);
        return markup.isEmpty() ? new Found(List.of(), null) : new Found(markup, "byline");
    }

    private static List<Author> people(List<String> values, String site) {
        Map<String, Author> out = new LinkedHashMap<>();
        for (String v : values) {
            for (Author a : Bylines.parse(v)) {
                if (site != null && HtmlTitles.key(a.name()).equals(HtmlTitles.key(site))) continue;
                out.putIfAbsent(a.name().toLowerCase(Locale.ROOT), a);
            }
        }
        return List.copyOf(out.values());
    }

    private static List<Author> fromMarkup(Document page, String site) {
        String selectors = "[rel=author], [itemprop=author] [itemprop=name], [itemprop=author], "
                + "[class~=(?i)byline|author-name|authorname|author__name|contributor], [class~=(?i)\\bauthor\\b], "
                + "[id~=(?i)byline|author], [data-testid~=(?i)byline|author]";
        List<String> texts = new ArrayList<>();
        for (Element e : page.select(selectors)) {
            if (e.closest("[class~=(?i)comment|related|sidebar|footer|widget|recommend]") != null) continue;
            String t = e.text().strip();
            if (t.isEmpty() || t.length() > 150) continue;
            texts.add(t);
            if (texts.size() >= 6) break;
        }
        for (String t : texts) {
            List<Author> found = people(List.of(t), site);
            if (!found.isEmpty()) return found;
        }
        return List.of();
    }
}
