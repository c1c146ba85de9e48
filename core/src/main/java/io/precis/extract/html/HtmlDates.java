package io.precis.extract.html;

import io.precis.extract.meta.DateLabels;
import io.precis.extract.meta.Dates;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
            "datepublished", "parsely-pub-date", "sailthru.date", "publish-date", "publish_date",
            "publishdate", "publication_date", "published_date", "published-date", "published_time", "pubdate",
            "pub_date", "date_published", "dc.date.issued", "dcterms.issued", "dc.issued", "dc.date.created", "dcterms.created", "dc.created",
            "citation_publication_date", "citation_date", "citation_online_date", "rnews:datepublished",
            "article.published", "article_date_original", "originalpublicationdate", "og:pubdate", "displaydate", "cxenseparse:recs:publishtime", "bt:pubdate",
            "sailthru.published_time", "vr:published_time", "release_date", "article:post_date"};
    /** Names that say "a date" without saying which; often the last change. */
    private static final String[] GENERIC_META = {"date", "dc.date", "dcterms.date"};
    private static final String[] UPDATED_META = {
            "article:modified_time", "og:updated_time", "article:updated_time", "datemodified", "dc.date.modified",
            "dcterms.modified", "last-modified", "lastmod", "modified", "updated", "sailthru.lastmodified"};
    /** /2024/01/29/, /2024-01-29-slug, /20240129/: a year, month and day with one kind of separator, or none. */
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})(?:([/_-])(1[0-2]|0?[1-9])\\2(3[01]|[12]\\d|0?[1-9])|(1[0-2]|0[1-9])(3[01]|[12]\\d|0[1-9]))(?=[/_.-]|$)");
    private static final Pattern LOCAL_TIMESTAMP = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2}:\\d{2})");
    private static final Pattern DATE_HINT = Pattern.compile(
            "(?i)date|datum|time|publi|posted|pubdate|byline|dateline|entry-meta|post-meta|article-meta|meta-info|submitted|fecha|data");

    /** With no line terminator in the text (".*" stops at one), the same test as {@code matches(".*\\b(...)\\b.*")}. */
    private static final Pattern COMMENTS = Pattern.compile(
            "\\b(comment|comments|reply|related|sidebar|widget|footer|twitter-tweet|instagram-media|embed)\\b");

    private HtmlDates() {
    }

    /** The publication date; {@code updated} is what {@link #updated} gives for the same page. */
    static Sourced published(Document page, PageIndex index, MetaTags meta, JsonLd jsonLd, String url, Sourced updated, Instant now) {
        Sourced s = valid(jsonLd.text("datePublished"), "json-ld", now);
        for (int i = 0; s == null && i < PUBLISHED_META.length; i++) {
            s = valid(meta.first(PUBLISHED_META[i]), "meta:" + PUBLISHED_META[i], now);
        }
        if (s == null) s = itemprop(index, DATE_PUBLISHED, now);
        Dateline dateline = Dateline.of(index, now);
        if (s != null) return shownUpdate(localDay(s, index, meta, dateline, now), updated, dateline);
        s = fromUrl(url, now);
        if (s != null) return urlDayAsShown(s, dateline);
        s = timeElements(page, index, now);
        for (int i = 0; s == null && i < GENERIC_META.length; i++) {
            s = valid(meta.first(GENERIC_META[i]), "meta:" + GENERIC_META[i], now);
            // A date meta that does not say which date is often the last change: an earlier day printed with the
            // headline is the publication.
            if (s != null && dateline.firstDay() != null && dateline.firstDay().isBefore(LocalDate.parse(s.value().substring(0, 10)))) {
                s = new Sourced(dateline.firstDay().toString(), "html:dateline");
            }
        }
        if (s == null && dateline.firstDay() != null) s = new Sourced(dateline.firstDay().toString(), "html:dateline");
        if (s == null) s = hintedElements(index, now);
        if (s == null) s = visibleText(page, index, now);
        return s;
    }

    /**
     * Structured dates are often instants in UTC while the page shows the local day: an evening
     * article in New York is "tomorrow" in UTC. When the page writes the same moment in local time
     * (a {@code <time>} element for that instant, or a zone-less timestamp with the same minutes
     * and seconds in a meta tag), the local day is the one readers know the article by.
     */
    private static final Evaluator TIME_WITH_DATETIME = QueryParser.parse("time[datetime]");

    private static Sourced localDay(Sourced s, PageIndex index, MetaTags meta, Dateline dateline, Instant now) {
        if (!s.value().endsWith("Z") || s.value().length() <= 10) return s;
        OffsetDateTime utc = OffsetDateTime.parse(s.value());
        for (Element t : index.select("time", TIME_WITH_DATETIME)) {
            String iso = Dates.parse(t.attr("datetime"), now);
            if (iso == null || iso.length() <= 10) continue;
            OffsetDateTime local = OffsetDateTime.parse(iso);
            if (Math.abs(local.toEpochSecond() - utc.toEpochSecond()) > 60) continue;
            String shown = Dates.parse(t.text(), now);
            if (shown != null && Math.abs(LocalDate.parse(shown.substring(0, 10)).toEpochDay() - utc.toLocalDate().toEpochDay()) <= 1) {
                return new Sourced(shown.substring(0, 10), "html:time-text");
            }
            if (!local.getOffset().equals(java.time.ZoneOffset.UTC)) return new Sourced(iso, "html:time");
        }
        // A zone-less timestamp ("2023-11-08 23:30:59") in a <time> or a meta tag, at the instant's minutes and
        // seconds and a real zone's distance from it, is the same moment on the site's clock.
        List<String> stamps = new ArrayList<>();
        for (Element t : index.select("time", TIME_WITH_DATETIME)) stamps.add(t.attr("datetime"));
        stamps.addAll(meta.values());
        for (String v : stamps) {
            Matcher m = LOCAL_TIMESTAMP.matcher(v.strip());
            if (!m.matches()) continue;
            LocalDateTime local = LocalDateTime.parse(m.group(1) + "T" + m.group(2));
            if (!local.equals(utc.toLocalDateTime()) && UtcOffsets.couldBeLocal(local, utc)) return new Sourced(local.toLocalDate().toString(), "meta:local-time");
        }
        LocalDate utcDay = utc.toLocalDate();
        if (dateline.shows(utcDay)) return s;
        LocalDate local = dateline.localNeighbour(utc);
        return local == null ? s : new Sourced(local.toString(), "html:shown-date");
    }

    /**
     * A URL's day was stamped by the site's server, in its zone; a dateline showing the next or
     * previous day with a clock time is the day as the page counts it.
     */
    private static Sourced urlDayAsShown(Sourced urlDay, Dateline dateline) {
        LocalDate day = LocalDate.parse(urlDay.value());
        if (dateline.shows(day)) return urlDay;
        LocalDate shown = dateline.clockedNeighbour(day);
        return shown == null ? urlDay : new Sourced(shown.toString(), "html:shown-date");
    }

    /**
     * A page whose dateline shows the day of its last update where the first publication day would
     * be ("Updated December 11, 2023", or just that day under an evergreen guide's headline) is known
     * to its readers by that day: it was republished. A dateline showing both keeps the first
     * publication ("Published January 17, updated February 20").
     */
    private static Sourced shownUpdate(Sourced published, Sourced updated, Dateline dateline) {
        if (updated == null) return published;
        LocalDate pubDay = LocalDate.parse(published.value().substring(0, 10));
        LocalDate updDay = LocalDate.parse(updated.value().substring(0, 10));
        if (!updDay.isAfter(pubDay)) return published;
        return !dateline.shows(pubDay) && dateline.shows(updDay) ? new Sourced(updDay.toString(), "html:shown-updated") : published;
    }

    static Sourced updated(PageIndex index, MetaTags meta, JsonLd jsonLd, Instant now) {
        Sourced s = valid(jsonLd.text("dateModified"), "json-ld", now);
        for (int i = 0; s == null && i < UPDATED_META.length; i++) {
            s = valid(meta.first(UPDATED_META[i]), "meta:" + UPDATED_META[i], now);
        }
        if (s == null) s = itemprop(index, DATE_MODIFIED, now);
        return s;
    }

    private static Sourced valid(String text, String provenance, Instant now) {
        if (text == null || text.isBlank()) return null;
        return Sourced.of(Dates.parse(text, now), provenance);
    }

    private static final Evaluator DATE_PUBLISHED = QueryParser.parse(Microdata.itemprop("datePublished"));
    private static final Evaluator DATE_MODIFIED = QueryParser.parse(Microdata.itemprop("dateModified"));

    private static Sourced itemprop(PageIndex index, Evaluator selector, Instant now) {
        for (Element e : index.select(selector)) {
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
        String month = m.group(3) != null ? m.group(3) : m.group(5);
        String dayOfMonth = m.group(4) != null ? m.group(4) : m.group(6);
        var day = Dates.parse(m.group(1) + "-" + pad(month) + "-" + pad(dayOfMonth), now);
        return Sourced.of(day, "url");
    }

    private static String pad(String s) {
        return s.length() == 1 ? "0" + s : s;
    }

    /** {@code <time>} elements that say they are the publication time. */
    private static final Evaluator PREFERRED_TIME = QueryParser.parse(
            "time[pubdate], time[class~=(?i)publish|posted|entry-date|created], time[itemprop~=(?i)published]");

    private static Sourced timeElements(Document page, PageIndex index, Instant now) {
        Element scope = index.first("article");
        // Every preferred element is a <time>: the page's are listed once and each pass below keeps its own,
        // in page order as select() gives them, rather than walking the page (and the article) four times.
        List<Element> times = index.all("time");
        for (Element root : scope == null ? new Element[]{page} : new Element[]{scope, page}) {
            for (Element t : times) {
                if (!PREFERRED_TIME.matches(root, t) || !DocumentOrder.isWithin(t, root)) continue;
                Sourced s = timeValue(t, now);
                if (s != null) return s;
            }
            for (Element t : times) {
                if (!DocumentOrder.isWithin(t, root) || insideComments(t)) continue;
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

    static boolean insideComments(Element e) {
        // The body's classes describe the whole page ("wp-embed-responsive", "has-comments"), not a section of it.
        for (Element p = e; p != null && !p.tagName().equals("body"); p = p.parent()) {
            if (p.tagName().equals("blockquote")) return true; // embedded posts carry their own dates
            if (p.attributesSize() == 0) continue; // most ancestors have no class or id to test
            String c = p.className() + " " + p.id();
            String lower = c.toLowerCase();
            if (mayNameComments(lower) && COMMENTS.matcher(lower).find() && !hasLineTerminator(c)) return true;
        }
        return false;
    }

    private static final String[] COMMENT_WORDS = {"comment", "reply", "related", "sidebar", "widget", "footer", "twitter-tweet", "instagram-media", "embed"};

    /**
     * False when {@link #COMMENTS} surely finds nothing in the (lower-cased) text: every match holds one of
     * these words ("comments" holds "comment"). Nearly every class and id fails this, and a few substring
     * searches cost far less than trying the word alternation at every position.
     */
    static boolean mayNameComments(String lower) {
        for (String word : COMMENT_WORDS) if (lower.contains(word)) return true;
        return false;
    }

    private static final String[] DATE_HINTS = DATE_HINT.pattern().substring(4).split("\\|");

    /** {@code DATE_HINT.matcher(hint).find()} without the regular expression: (?i) alone folds ASCII letters only. */
    static boolean hinted(String hint) {
        char[] lower = null;
        for (int i = 0; i < hint.length(); i++) {
            char c = hint.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                if (lower == null) lower = hint.toCharArray();
                lower[i] = (char) (c + ('a' - 'A'));
            }
        }
        String h = lower == null ? hint : new String(lower);
        for (String word : DATE_HINTS) if (h.contains(word)) return true;
        return false;
    }

    private static boolean hasLineTerminator(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') return true;
        }
        return false;
    }

    /** Longer than this, a "date" element is a section that happens to hold a date, not the dateline. */
    private static final int MAX_DATE_ELEMENT_CHARS = 120;

    private static Sourced hintedElements(PageIndex index, Instant now) {
        for (Element e : index.body()) {
            String hint = e.className() + " " + e.id();
            if (hint.isBlank() || !hinted(hint)) continue;
            if (e.tagName().equals("body") || e.tagName().equals("html")) continue;
            // Hinted wrappers often hold the whole story; counting to the limit is far cheaper than their text.
            if (ElementText.longerThan(e, MAX_DATE_ELEMENT_CHARS) || insideComments(e)) continue;
            String text = e.text();
            if (text.isEmpty() || text.length() > MAX_DATE_ELEMENT_CHARS) continue;
            Sourced s = Sourced.of(publishedIn(text, now), "html:date-element");
            if (s != null) return s;
            s = valid(e.attr("title"), "html:date-element", now);
            if (s != null) return s;
        }
        return null;
    }

    private static Sourced visibleText(Document page, PageIndex index, Instant now) {
        if (page.body() == null) return null;
        String text = textWithout(page.body(), index, HIDDEN_TEXT);
        // One walk over the text's dates gives both readings (labelled only, and any date).
        DateLabels.Readings r = DateLabels.readings(new Dates.Scanner(text, null), text);
        String labelled = r.labelled();
        if (labelled != null && Dates.plausible(LocalDate.parse(labelled.substring(0, 10)), now)) return Sourced.of(labelled, "text:labelled");
        return Sourced.of(r.any(), "text");
    }

    /** Elements whose text no reader sees. */
    private static final Set<String> HIDDEN_TEXT = Set.of("script", "style", "noscript", "template");

    /**
     * The body's text as if the elements of {@code tags} were not there. Rather than copying the page, they are
     * taken out and put back where they were (in reverse order, so nested ones go back inside their own),
     * which leaves the page as it was. They are found in the index's list of the body, in page order as a
     * selector would give them, without another walk over the page.
     */
    private static String textWithout(Element body, PageIndex index, Set<String> tags) {
        List<Element> hidden = new ArrayList<>();
        for (Element e : index.body()) if (tags.contains(e.normalName())) hidden.add(e);
        if (hidden.isEmpty()) return body.text();
        Element[] parents = new Element[hidden.size()];
        int[] indexes = new int[hidden.size()];
        for (int i = 0; i < hidden.size(); i++) {
            Element e = hidden.get(i);
            parents[i] = e.parent();
            indexes[i] = e.siblingIndex();
            if (parents[i] != null) e.remove();
        }
        try {
            return body.text();
        } finally {
            for (int i = hidden.size() - 1; i >= 0; i--) {
                if (parents[i] != null) parents[i].insertChildren(indexes[i], hidden.get(i));
            }
        }
    }

    static String publishedIn(String text, Instant now) {
        return DateLabels.publishedIn(text, now, false);
    }
}
