package io.precis.extract.html;

import io.precis.extract.meta.Dates;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page's publication and update dates, by a cascade much like htmldate's: structured data first
 * (JSON-LD, meta tags of a dozen vocabularies, itemprop), then the date in the URL, then
 * {@code <time>} elements, then short elements whose class or id says "date", then the first date
 * written in the visible text. Every candidate is validated (real day, not before 1995, not after the
 * document arrived).
 */
final class HtmlDates {
    private static final String[] PUBLISHED_META = {
            "article:published_time", "og:published_time", "og:article:published_time", "article:published",
            "datepublished", "datecreated", "parsely-pub-date", "sailthru.date", "publish-date", "publish_date",
            "publishdate", "publication_date", "published_date", "published-date", "published_time", "pubdate",
            "pub_date", "date_published", "dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created",
            "citation_publication_date", "citation_date", "citation_online_date", "rnews:datepublished",
            "article.published", "article_date_original", "originalpublicationdate", "og:pubdate", "date",
            "dc.date", "dcterms.date", "dc:date", "displaydate", "cxenseparse:recs:publishtime", "bt:pubdate",
            "created", "sailthru.published_time", "vr:published_time", "release_date", "article:post_date"};
    private static final String[] UPDATED_META = {
            "article:modified_time", "og:updated_time", "article:updated_time", "datemodified", "dc.date.modified",
            "dcterms.modified", "last-modified", "lastmod", "modified", "updated", "sailthru.lastmodified"};
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/_-]?(0?[1-9]|1[0-2])[/_-]?(0?[1-9]|[12]\\d|3[01])(?:/|[_-]|\\.html?|$)");
    private static final Pattern DATE_HINT = Pattern.compile(
            "(?i)date|datum|time|publi|posted|pubdate|byline|dateline|entry-meta|post-meta|article-meta|meta-info|submitted|fecha|data");

    private HtmlDates() {
    }

    static Sourced published(Document page, MetaTags meta, JsonLd jsonLd, String url, Instant now) {
        Sourced s = valid(jsonLd.text("datePublished"), "json-ld", now);
        if (s == null) s = valid(jsonLd.articleText("dateCreated"), "json-ld", now);
        for (int i = 0; s == null && i < PUBLISHED_META.length; i++) {
            s = valid(meta.first(PUBLISHED_META[i]), "meta:" + PUBLISHED_META[i], now);
        }
        if (s == null) s = itemprop(page, "datePublished", now);
        if (s == null) s = fromUrl(url, now);
        if (s == null) s = timeElements(page, now);
        if (s == null) s = hintedElements(page, now);
        if (s == null) s = visibleText(page, now);
        return s;
    }

    static Sourced updated(Document page, MetaTags meta, JsonLd jsonLd, Instant now) {
        Sourced s = valid(jsonLd.text("dateModified"), "json-ld", now);
        for (int i = 0; s == null && i < UPDATED_META.length; i++) {
            s = valid(meta.first(UPDATED_META[i]), "meta:" + UPDATED_META[i], now);
        }
        if (s == null) s = itemprop(page, "dateModified", now);
        return s;
    }

    private static Sourced valid(String text, String provenance, Instant now) {
        if (text == null || text.isBlank()) return null;
        return Sourced.of(Dates.parse(text, now), provenance);
    }

    private static Sourced itemprop(Document page, String name, Instant now) {
        for (Element e : page.select("[itemprop=" + name + "]")) {
            for (String attr : new String[]{"datetime", "content", "value"}) {
                Sourced s = valid(e.attr(attr), "html:itemprop", now);
                if (s != null) return s;
            }
            Sourced s = valid(e.text(), "html:itemprop", now);
            if (s != null) return s;
        }
        return null;
    }

    static Sourced fromUrl(String url, Instant now) {
        if (url == null) return null;
        Matcher m = URL_DATE.matcher(url);
        if (!m.find()) return null;
        var day = io.precis.extract.meta.Dates.parse(m.group(1) + "-" + pad(m.group(2)) + "-" + pad(m.group(3)), now);
        return Sourced.of(day, "url");
    }

    private static String pad(String s) {
        return s.length() == 1 ? "0" + s : s;
    }

    private static Sourced timeElements(Document page, Instant now) {
        Element scope = page.selectFirst("article");
        String preferred = "time[pubdate], time[class~=(?i)publish|posted|entry-date|created], time[itemprop~=(?i)published]";
        for (Element root : scope == null ? new Element[]{page} : new Element[]{scope, page}) {
            for (Element t : root.select(preferred)) {
                Sourced s = timeValue(t, now);
                if (s != null) return s;
            }
            for (Element t : root.select("time")) {
                if (insideComments(t)) continue;
                Sourced s = timeValue(t, now);
                if (s != null) return s;
            }
        }
        return null;
    }

    private static Sourced timeValue(Element t, Instant now) {
        Sourced s = valid(t.attr("datetime"), "html:time", now);
        return s != null ? s : valid(t.text(), "html:time", now);
    }

    private static boolean insideComments(Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            String c = p.className() + " " + p.id();
            if (c.toLowerCase().matches(".*\\b(comment|comments|reply|related|sidebar|widget|footer)\\b.*")) return true;
        }
        return false;
    }

    private static Sourced hintedElements(Document page, Instant now) {
        for (Element e : page.body() == null ? page.getAllElements() : page.body().getAllElements()) {
            String hint = e.className() + " " + e.id();
            if (hint.isBlank() || !DATE_HINT.matcher(hint).find()) continue;
            if (e.tagName().equals("body") || e.tagName().equals("html") || insideComments(e)) continue;
            String text = e.text();
            if (text.isEmpty() || text.length() > 120) continue;
            Sourced s = valid(text, "html:date-element", now);
            if (s != null) return s;
            s = valid(e.attr("title"), "html:date-element", now);
            if (s != null) return s;
        }
        return null;
    }

    private static Sourced visibleText(Document page, Instant now) {
        if (page.body() == null) return null;
        Document copy = page.clone();
        copy.select("script, style, noscript, template").remove();
        String text = copy.body() == null ? "" : copy.body().text();
        Dates.Found f = Dates.find(text, now, 0);
        // A relative date in the whole page text says nothing about this article.
        if (f == null || f.start() == 0 && f.end() == text.length()) return null;
        return Sourced.of(f.iso(), "text");
    }
}
