package io.precis.extract.html;

import io.precis.article.Article;
import io.precis.article.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * HTML pages: metadata from structured data and markup ({@link JsonLd}, {@link MetaTags},
 * {@link HtmlTitles}, {@link HtmlAuthors}, {@link HtmlDates}); {@link HtmlBody} finds the body.
 */
public final class HtmlExtractor {
    private static final Evaluator CANONICAL = QueryParser.parse("link[rel=canonical]");
    private static final Evaluator WITH_LANG = QueryParser.parse("html[lang]");
    /** A standfirst: the whole class attribute is one of these words ("$" also matches before a final line break). */
    private static final Pattern SUBTITLE_CLASS = Pattern.compile("(?i)^(standfirst|subtitle|sub-title|subheadline|dek|article-dek|deck|summary)$");
    private static final int LONGEST_SUBTITLE_CLASS = "subheadline".length() + "\r\n".length();
    /**
     * {@code [class~=SUBTITLE_CLASS]}, with the pattern tried only on class attributes short enough to match it:
     * the selector visits every element of the page, and most have longer classes.
     */
    private static final Evaluator SUBTITLE = new Evaluator() {
        @Override
        public boolean matches(Element root, Element e) {
            String cls = e.attr("class");
            return !cls.isEmpty() && cls.length() <= LONGEST_SUBTITLE_CLASS && SUBTITLE_CLASS.matcher(cls).find();
        }
    };
    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2,3}");
    private static final Pattern HTTP_URL = Pattern.compile("(?i)https?://\\S+");

    public Article extract(Document doc) {
        org.jsoup.nodes.Document page = PageParser.parse(doc.text());
        PageIndex index = new PageIndex(page);
        MetaTags meta = new MetaTags(index);
        JsonLd jsonLd = JsonLd.of(index);
        Map<String, String> provenance = new LinkedHashMap<>();

        Sourced source = first(Sourced.of(meta.first("og:site_name"), "meta:og:site_name"),
                Sourced.of(jsonLd.publisher(), "json-ld"),
                Sourced.of(meta.first("application-name", "apple-mobile-web-app-title", "publisher", "dc.publisher",
                        "citation_publisher", "citation_journal_title"), "meta"));
        String site = value(source);
        Sourced url = first(Sourced.of(absolute(attr(index.selectFirst("link", CANONICAL), "href")), "html:canonical"),
                Sourced.of(absolute(meta.first("og:url")), "meta:og:url"), Sourced.of(absolute(jsonLd.url()), "json-ld"));
        Sourced title = HtmlTitles.title(page, index, meta, jsonLd, site);
        // Reading the publication date needs the update date (a republished page); found once, here.
        Sourced updated = HtmlDates.updated(index, meta, jsonLd, doc.receivedAt());
        Sourced published = HtmlDates.published(page, index, meta, jsonLd, value(url), updated, doc.receivedAt());
        HtmlAuthors.Found authors = HtmlAuthors.authors(page, index, meta, jsonLd, site);
        Sourced description = first(Sourced.of(meta.first("description", "og:description", "twitter:description"), "meta"),
                Sourced.of(jsonLd.articleText("description"), "json-ld"));
        Sourced subtitle = Sourced.of(text(index.selectFirst(SUBTITLE)), "html:subtitle");
        Sourced language = first(Sourced.of(attr(index.selectFirst("html", WITH_LANG), "lang"), "html:lang"),
                Sourced.of(meta.first("og:locale", "content-language", "language", "dc.language"), "meta"));

        record("title", title, provenance);
        record("subtitle", subtitle, provenance);
        record("description", description, provenance);
        record("source", source, provenance);
        record("url", url, provenance);
        record("published", published, provenance);
        record("updated", updated, provenance);
        if (authors.provenance() != null) provenance.put("authors", authors.provenance());
        String lang = language == null ? null : language.value().toLowerCase(Locale.ROOT).split("[-_]")[0];
        if (lang != null && !LANGUAGE_CODE.matcher(lang).matches()) lang = null;
        if (lang != null) provenance.put("language", language.provenance());
        List<String> paragraphs = HtmlBody.paragraphs(page, index, authors.authors().stream().map(io.precis.article.Author::name).toList());
        return new Article(value(title), value(subtitle), value(description), authors.authors(), site, value(url),
                value(published), value(updated), lang, paragraphs, provenance, Set.of());
    }

    private static Sourced first(Sourced... candidates) {
        for (Sourced s : candidates) if (s != null) return s;
        return null;
    }

    private static String value(Sourced s) {
        return s == null ? null : s.value();
    }

    private static void record(String field, Sourced s, Map<String, String> provenance) {
        if (s != null) provenance.put(field, s.provenance());
    }

    /** Only absolute http(s) URLs identify an article; a relative canonical says nothing on its own. */
    private static String absolute(String url) {
        if (url == null) return null;
        String u = url.strip();
        if (u.startsWith("//")) u = "https:" + u;
        return HTTP_URL.matcher(u).matches() ? u : null;
    }

    private static String attr(Element e, String name) {
        return e == null ? null : e.attr(name);
    }

    private static String text(Element e) {
        return e == null ? null : e.text();
    }
}
