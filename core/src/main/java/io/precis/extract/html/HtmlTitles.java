package io.precis.extract.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The headline as the reader sees it. The visible {@code <h1>} is what the page prints above the
 * article, so it wins when it agrees with the title the page declares (og:title, JSON-LD headline,
 * {@code <title>}); declared titles lose their " | Site name" decorations.
 */
final class HtmlTitles {
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—:·•»]\\s+|\\s+::\\s+|\\s*\\|\\s*");

    /** {@link #key}'s patterns, compiled once: keys are computed for every title, heading and byline compared. */
    private static final Pattern QUOTES = Pattern.compile("[‘’'`“”\"]");
    private static final Pattern NOT_LETTERS_OR_DIGITS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern LEADING_BAR = Pattern.compile("^[|\\-–—·•»]+\\s*");
    private static final Pattern LABELLED_WITH_BAR = Pattern.compile("^[^|]{1,40}\\s\\|\\s.*");

    /** WordPress's old default theme titles a post "Site » Blog Archive » Post": the post is what follows the label. */
    private static final Pattern BLOG_ARCHIVE = Pattern.compile("(?iu).*?\\s[»|:–-]\\s*blog archive?\\s*[»|:–-]\\s*(\\S.*)");

    private static final Pattern SECTION_LABEL = Pattern.compile("^\\s*[\\p{L}\\p{N}&'’.]+(?:\\s+[\\p{L}\\p{N}&'’.]+){0,2}\\s+[|\\-–—]\\s+");

    private HtmlTitles() {
    }

    /** A media tag after a headline: "(video)", "[Watch]", "(PHOTOS)"; it labels the page, not the story. */
    private static final Pattern MEDIA_TAG = Pattern.compile(
            "(?i)\\s*[\\[(](?:video|videos|watch|photos?|pics|gallery|listen|audio|podcast)[\\])]\\s*$");

    /** A kind of piece named after a headline: "... | Editorial", "... | Opinion"; it labels the page, not the story. */
    private static final Pattern GENRE_TAG = Pattern.compile(
            "(?i)\\s+\\|\\s+(?:editorial|opinion|commentary|analysis|column|review|op-ed|letters?(?: to the editor)?)\\s*$");

    /** The headline without a trailing media or genre tag (kept when too little would be left). */
    static String withoutPageTags(String title) {
        if (title == null) return null;
        String t = GENRE_TAG.matcher(MEDIA_TAG.matcher(title).replaceFirst("")).replaceFirst("");
        return words(t) >= 3 ? t : title;
    }

    static Sourced title(Document page, PageIndex index, MetaTags meta, JsonLd jsonLd, String site) {
        Sourced s = found(page, index, meta, jsonLd, site);
        return s == null ? null : new Sourced(withoutPageTags(s.value()), s.provenance());
    }

    /**
     * The page's {@code <title>}. Document.title() looks in the head only, and text before the head (a server's
     * PHP warning printed above the doctype) opens the body, which the head's elements then join.
     */
    private static String documentTitle(Document page, PageIndex index) {
        String inHead = page.title();
        if (!inHead.isEmpty()) return inHead;
        Element title = index.first("title");
        return title == null ? "" : WHITESPACE.matcher(title.text().replace('\u00A0', ' ')).replaceAll(" ").strip();
    }

    private static Sourced found(Document page, PageIndex index, MetaTags meta, JsonLd jsonLd, String site) {
        List<Sourced> declared = new ArrayList<>();
        add(declared, meta.first("og:title"), "meta:og:title");
        add(declared, jsonLd.articleText("headline"), "json-ld");
        add(declared, meta.first("twitter:title"), "meta:twitter:title");
        add(declared, documentTitle(page, index), "html:title");
        add(declared, meta.first("title", "dc.title", "citation_title", "parsely-title", "sailthru.title"), "meta");
        // Last resorts: microdata's headline in a meta tag, and the article node's name, which JSON-LD
        // without a headline gives its title in (with one, "name" is sometimes a teaser or the site's name).
        add(declared, meta.first("headline"), "meta:headline");
        if (jsonLd.articleText("headline") == null) add(declared, jsonLd.articleText("name"), "json-ld:name");

        List<Element> headings = new ArrayList<>();
        java.util.Map<Element, String> shown = new java.util.IdentityHashMap<>();
        for (Element h : index.all("h1")) {
            String t = shownText(h).strip();
            if (t.length() >= 8 && t.length() <= 300 && !t.equalsIgnoreCase(site == null ? "" : site)) {
                headings.add(h);
                shown.put(h, t);
            }
        }
        // The h1 that the declared titles agree with; a label printed in front of it ("Opinion",
        // "News") that a declared title leaves out is not part of the headline.
        for (Element h : headings) {
            String unlabelled = withoutLabel(shown.get(h), declared);
            if (unlabelled != null) return Sourced.of(unlabelled, "html:h1");
        }
        for (Element h : headings) {
            String key = key(shown.get(h));
            for (Sourced d : declared) {
                String dk = key(d.value());
                if (dk.equals(key) || (key.length() >= 15 && dk.contains(key))) return Sourced.of(headline(shown.get(h)), "html:h1");
            }
        }
        // Unconfirmed by a declared title, a heading in the site's navigation is the menu's ("Menu", often hidden
        // for screen readers), not the story's.
        headings.removeIf(HeadlineBlock::inNavigation);
        // A lone headline inside the article is still what readers see as the title.
        Element inArticle = null;
        for (Element h : headings) {
            if (inArticle == null && h.closest("article, main, [role=main], [class*=article], [class*=headline], [class*=post], [class*=entry]") != null) inArticle = h;
        }
        if (inArticle != null && words(shown.get(inArticle)) >= 3) return Sourced.of(headline(shown.get(inArticle)), "html:h1");
        if (headings.size() == 1 && words(shown.get(headings.get(0))) >= 4) return Sourced.of(headline(shown.get(headings.get(0))), "html:h1");
        for (Sourced d : declared) {
            String clean = undecorated(d.value(), site);
            if (!clean.isBlank()) return Sourced.of(clean, d.provenance());
        }
        return null;
    }

    /** The h1's text without up to three leading words, when what is left is exactly a declared title. */
    static String withoutLabel(String h1, List<Sourced> declared) {
        String[] tokens = WHITESPACE.split(h1.strip());
        List<String> declaredKeys = null; // the declared titles' keys, made once and only when a candidate needs them
        for (int drop = 1; drop <= 3 && drop < tokens.length - 2; drop++) {
            String label = String.join(" ", java.util.Arrays.copyOfRange(tokens, 0, drop));
            // "Colleges: Headline" is written as one headline; "Opinion | Headline" loses its bar too.
            if (label.endsWith(":") || key(label).isEmpty()) continue;
            String rest = LEADING_BAR.matcher(String.join(" ", java.util.Arrays.copyOfRange(tokens, drop, tokens.length))).replaceFirst("");
            String restKey = key(rest);
            if (restKey.isEmpty()) continue;
            if (declaredKeys == null) declaredKeys = declared.stream().map(d -> key(d.value())).toList();
            if (declaredKeys.contains(restKey)) return rest;
        }
        return null;
    }

    /**
     * Text inside a heading that readers do not see as the headline: a label kept for screen readers
     * ("Headline:") and the date printed inside the heading ({@code <time>}).
     */
    private static final org.jsoup.select.Evaluator NOT_HEADLINE = org.jsoup.select.QueryParser.parse(
            "time, .sr-only, .visuallyhidden, .visually-hidden, .screen-reader-text, [hidden]");

    /**
     * The heading's text without what {@link #NOT_HEADLINE} selects, unless nothing else is left. A hidden
     * separator (": " between a kicker and the headline, for screen readers) stays: it holds no word.
     */
    static String shownText(Element h) {
        if (h.select(NOT_HEADLINE).isEmpty()) return h.text();
        Element copy = h.clone();
        for (Element e : copy.select(NOT_HEADLINE)) if (hasWord(e.text())) e.remove();
        String t = copy.text();
        return t.isBlank() ? h.text() : t;
    }

    private static boolean hasWord(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isLetterOrDigit(s.charAt(i))) return true;
        return false;
    }

    /** A visible headline keeps its words; only a section label glued in front with a bar goes. */
    private static String headline(String h1) {
        String t = h1.strip();
        return LABELLED_WITH_BAR.matcher(t).matches() ? withoutSectionLabel(t) : t;
    }

    private static void add(List<Sourced> list, String value, String provenance) {
        Sourced s = Sourced.of(value, provenance);
        if (s != null) list.add(s);
    }

    /** "Headline | Site" or "Site - Headline" to "Headline": the longest part, unless the site is unknown and parts are long. */
    static String undecorated(String title, String site) {
        String t = title.strip();
        Matcher archive = BLOG_ARCHIVE.matcher(t);
        if (archive.matches()) t = archive.group(1).strip();
        String[] parts = SEPARATOR.split(t);
        if (parts.length < 2) return t;
        String siteKey = site == null ? "" : key(site);
        List<String> kept = new ArrayList<>();
        for (String p : parts) {
            String k = key(p);
            if (k.isEmpty() || (!siteKey.isEmpty() && isSiteName(k, siteKey))) continue;
            kept.add(p);
        }
        if (kept.size() == parts.length) {
            // Unknown site: drop a short section label in front ("Opinion | ...") and a short last
            // part ("... - Maxim"), keep the rest as written.
            String u = withoutSectionLabel(t);
            String[] rest = SEPARATOR.split(u);
            String last = rest[rest.length - 1];
            if (rest.length > 1 && words(last) <= 4 && words(u) - words(last) >= 4) {
                return u.substring(0, u.lastIndexOf(last)).replaceAll("[\\s|\\-–—:·•»]+$", "").strip();
            }
            return u;
        }
        if (kept.isEmpty()) return t;
        // Rejoin what is left in its original order.
        int start = t.indexOf(kept.get(0));
        String lastKept = kept.get(kept.size() - 1);
        int end = t.lastIndexOf(lastKept) + lastKept.length();
        return start >= 0 && end > start ? t.substring(start, end).strip() : kept.get(0);
    }

    /**
     * A title part that names the site: the name itself, a piece of it, or the name with a word or
     * two more ("Harbour News Online"). A long part that mentions the site ("The Harbour News's
     * person of the year") is the headline. Names are matched by whole words: a site called "The
     * Sun" is not named by "The Sunday roast returns".
     */
    private static boolean isSiteName(String partKey, String siteKey) {
        if (partKey.equals(siteKey) || containsWords(siteKey, partKey)) return true;
        return containsWords(partKey, siteKey) && words(partKey) <= words(siteKey) + 2;
    }

    /** Whether the key holds the other key's words in a row; keys are words joined by single spaces. */
    private static boolean containsWords(String key, String words) {
        return (" " + key + " ").contains(" " + words + " ");
    }

    /** "Opinion | Headline", "College Sports | Headline": a label of up to three words before a bar or dash. */
    static String withoutSectionLabel(String t) {
        var m = SECTION_LABEL.matcher(t);
        if (m.find() && words(t.substring(m.end())) >= 4) return t.substring(m.end()).strip();
        return t;
    }

    static String key(String s) {
        return NOT_LETTERS_OR_DIGITS.matcher(QUOTES.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("")).replaceAll(" ").strip();
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : WHITESPACE.split(t).length;
    }
}
