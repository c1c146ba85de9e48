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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people who wrote a page: JSON-LD authors, then author meta tags (author, article:author,
 * Parse.ly, Sailthru, Dublin Core, citation_author), then byline markup (rel=author,
 * itemprop=author, class*=byline/author). Organisations and agencies are not people.
 */
final class HtmlAuthors {
    private static final String[] META = {"author", "article:author", "parsely-author", "sailthru.author",
            "dc.creator", "dcterms.creator", "citation_author", "byl", "og:article:author", "cxenseparse:author"};

    private static final Pattern CHARTBEAT = Pattern.compile("_sf_async_config\\.authors\\s*=\\s*['\"]([^'\"]+)['\"]|\"authors?\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern BY_TEXT = Pattern.compile("^(?i:by|von|par|por)(\\s|$)");

    private static final Pattern ASIDE_CLASS = Pattern.compile(
            "(?i)(comments?|related|sidebar|footer|widget|recommend\\w*|most-popular|trending)([-_](area|list|section|container|wrapper|posts|articles|stories|content|block|module))?");

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
        List<Author> analytics = fromAnalyticsConfig(page, site);
        if (!analytics.isEmpty()) return new Found(analytics, "script:analytics");
        List<Author> markup = fromMarkup(page, site);
        if (!markup.isEmpty()) return new Found(markup, "byline");
        List<Author> by = fromByText(page, site);
        return by.isEmpty() ? new Found(List.of(), null) : new Found(by, "byline:text");
    }

    /** Analytics configuration names the page's authors for reporting (Chartbeat's _sf_async_config). */
    private static List<Author> fromAnalyticsConfig(Document page, String site) {
        for (Element script : page.select("script:not([src])")) {
            String data = script.data();
            if (!data.contains("_sf_async_config")) continue;
            Matcher m = CHARTBEAT.matcher(data);
            if (!m.find()) continue;
            String value = m.group(1) != null ? m.group(1) : m.group(2);
            List<String> parts = new ArrayList<>();
            for (String part : value.split(",")) parts.add(part.replaceAll("\\s+-\\s+.*$", ""));
            return people(parts, site);
        }
        return List.of();
    }

    /** Inside comments, related stories, sidebars or footers: other people's names live there. */
    private static boolean inAside(Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            if (p.tagName().equals("footer") || p.tagName().equals("aside")) return true;
            for (String c : p.classNames()) if (ASIDE_CLASS.matcher(c).matches()) return true;
        }
        return false;
    }

    /** A short line that starts with "By" near the top of the article, whatever its markup. */
    private static List<Author> fromByText(Document page, String site) {
        int checked = 0;
        for (Element e : page.select("body *")) {
            String own = e.ownText().strip();
            if (!BY_TEXT.matcher(own).find()) continue;
            String t = e.text().strip();
            if (t.length() > 120 || inAside(e)) continue;
            List<Author> found = people(List.of(t), site);
            if (!found.isEmpty()) return found;
            if (++checked >= 5) break;
        }
        return List.of();
    }

    private static List<Author> people(List<String> values, String site) {
        Map<String, Author> out = new LinkedHashMap<>();
        for (String v : values) {
            for (Author a : Bylines.parse(org.jsoup.parser.Parser.unescapeEntities(v, false))) {
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
            if (inAside(e)) continue;
            String t = e.text().strip();
            if (t.isEmpty() || t.length() > 150) continue;
            texts.add(t);
            if (texts.size() >= 40) break;
        }
        for (String t : texts) {
            List<Author> found = people(List.of(t), site);
            if (!found.isEmpty()) return found;
        }
        return List.of();
    }
}
