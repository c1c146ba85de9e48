package io.precis.extract.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The headline as the reader sees it. The visible {@code <h1>} is what the page prints above the
 * article, so it wins when it agrees with the title the page declares (og:title, JSON-LD headline,
 * {@code <title>}); declared titles lose their " | Site name" decorations.
 */
final class HtmlTitles {
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—:·•»]\\s+|\\s+::\\s+|\\s*\\|\\s*");

    private HtmlTitles() {
    }

    static Sourced title(Document page, MetaTags meta, JsonLd jsonLd, String site) {
        List<Sourced> declared = new ArrayList<>();
        add(declared, meta.first("og:title"), "meta:og:title");
        add(declared, jsonLd.articleText("headline"), "json-ld");
        add(declared, meta.first("twitter:title"), "meta:twitter:title");
        add(declared, page.title(), "html:title");
        add(declared, meta.first("title", "dc.title", "citation_title", "parsely-title", "sailthru.title"), "meta");

        List<Element> headings = new ArrayList<>();
        for (Element h : page.select("h1")) {
            String t = h.text().strip();
            if (t.length() >= 8 && t.length() <= 300 && !t.equalsIgnoreCase(site == null ? "" : site)) headings.add(h);
        }
        // The h1 that the declared titles agree with.
        for (Element h : headings) {
            String key = key(h.text());
            for (Sourced d : declared) {
                String dk = key(d.value());
                if (dk.equals(key) || (key.length() >= 15 && dk.contains(key))) return Sourced.of(h.text(), "html:h1");
            }
        }
        // A lone headline inside the article is still what readers see as the title.
        Element inArticle = null;
        for (Element h : headings) {
            if (inArticle == null && h.closest("article, main, [role=main], [class*=article], [class*=headline], [class*=post], [class*=entry]") != null) inArticle = h;
        }
        if (inArticle != null && words(inArticle.text()) >= 3) return Sourced.of(inArticle.text(), "html:h1");
        if (headings.size() == 1 && words(headings.get(0).text()) >= 4) return Sourced.of(headings.get(0).text(), "html:h1");
        for (Sourced d : declared) {
            String clean = undecorated(d.value(), site);
            if (!clean.isBlank()) return Sourced.of(clean, d.provenance());
        }
        return null;
    }

    private static void add(List<Sourced> list, String value, String provenance) {
        Sourced s = Sourced.of(value, provenance);
        if (s != null) list.add(s);
    }

    /** "Headline | Site" or "Site - Headline" to "Headline": the longest part, unless the site is unknown and parts are long. */
    static String undecorated(String title, String site) {
        String t = title.strip();
        String[] parts = SEPARATOR.split(t);
        if (parts.length < 2) return t;
        String siteKey = site == null ? "" : key(site);
        List<String> kept = new ArrayList<>();
        for (String p : parts) {
            String k = key(p);
            if (k.isEmpty() || (!siteKey.isEmpty() && (k.equals(siteKey) || siteKey.contains(k) || k.contains(siteKey)))) continue;
            kept.add(p);
        }
        if (kept.size() == parts.length) {
            // Unknown site: drop a short last part ("... - Maxim"), keep the rest as written.
            String last = parts[parts.length - 1];
            if (words(last) <= 4 && words(t) - words(last) >= 4) {
                return t.substring(0, t.lastIndexOf(last)).replaceAll("[\\s|\\-–—:·•»]+$", "").strip();
            }
            return t;
        }
        if (kept.isEmpty()) return t;
        // Rejoin what is left in its original order.
        int start = t.indexOf(kept.get(0));
        String lastKept = kept.get(kept.size() - 1);
        int end = t.lastIndexOf(lastKept) + lastKept.length();
        return start >= 0 && end > start ? t.substring(start, end).strip() : kept.get(0);
    }

    static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[‘’'`“”\"]", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
