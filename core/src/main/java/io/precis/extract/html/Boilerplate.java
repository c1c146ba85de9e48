package io.precis.extract.html;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What an element's markup says about its content, before reading its text. The class and id patterns
 * are in the spirit of Readability's {@code unlikelyCandidates} / {@code positive} / {@code negative}
 * expressions (Mozilla Readability.js) and trafilatura's boilerplate XPath expressions (Barbaresi 2021),
 * matched on whole words of the class and id so that utility classes do not trip them.
 */
final class Boilerplate {
    /**
     * Elements that never hold article text: skipped whole, with everything inside. Ruby annotations
     * ({@code rt}, and {@code rp} for browsers without ruby) are the reading printed above a word, as
     * Japanese pages for learners and children gloss every kanji; inline they would double each word.
     */
    private static final Set<String> NEVER_CONTENT = Set.of(
            "head", "title", "script", "style", "noscript", "template", "iframe", "svg", "math", "canvas",
            "button", "select", "option", "textarea", "input", "label", "object", "embed", "video", "audio",
            "map", "link", "meta", "picture", "source", "dialog", "rt", "rp");

    /** Landmarks around an article, not in it. */
    private static final Set<String> AROUND_CONTENT = Set.of("nav", "aside", "footer", "figure", "figcaption", "menu");

    private static final Set<String> AROUND_ROLES = Set.of(
            "navigation", "complementary", "contentinfo", "banner", "menu", "menubar", "search", "dialog",
            "alertdialog", "toolbar", "tablist");

    /** Words of a class or id that mark navigation, sharing, notices, captions and comments. */
    private static final Set<String> JUNK_WORDS = Set.of(
            "comment", "comments", "commentlist", "disqus", "replies", "respond", "share", "sharing", "sharebar",
            "social", "socials", "related", "recommended", "recommendations", "recirc", "more-stories",
            "read-more", "readmore", "newsletter", "subscribe", "subscription", "signup", "cookie", "cookies",
            "consent", "gdpr", "onetrust", "privacy-bar", "privacy-banner", "privacy-modal", "privacy-notice",
            "privacy-popup", "breadcrumb", "breadcrumbs", "caption", "captions", "credit", "credits",
            "pagination", "pager", "sidebar", "menu", "navbar", "nav", "navigation", "masthead", "footer",
            "toolbar", "tags", "tag-list", "taglist", "keywords", "author-bio", "authorbio", "bio", "byline",
            "skip-link", "sr-only", "visually-hidden", "screen-reader-text", "outbrain", "taboola",
            "most-popular", "mostpopular", "trending", "print-only", "meta-info", "post-meta", "entry-meta",
            "article-meta", "dateline", "timestamp", "rating", "login", "jump-link");

    /**
     * Words that mark slots for advertising and widgets. Templates also put them on sections that merely
     * may hold an ad ("Section--Ads", Blogger's "widget Blog"), so they only count on elements without prose.
     */
    private static final Set<String> SLOT_WORDS = Set.of(
            "ad", "ads", "advert", "adverts", "advertisement", "advertising", "adslot", "ad-slot", "dfp", "sponsor",
            "sponsored", "banner", "promo", "promos", "widget", "widgets", "popup", "modal", "overlay",
            // A table of contents is a list of links, but its anchors' ids ("toc-title-2") name the sections it links to.
            "toc");

    /**
     * The first token of each hyphenated word of {@link #JUNK_WORDS} and {@link #SLOT_WORDS}: tokens hold no
     * hyphens, so adjacent tokens can only join into one of those words after one of these, and the joined
     * strings need not be built after any other token.
     */
    private static final Set<String> JUNK_HEADS = heads(JUNK_WORDS);
    private static final Set<String> SLOT_HEADS = heads(SLOT_WORDS);

    /** Names of the article body that CMSs use; they outweigh junk words on the same element. */
    private static final String[] CONTENT_NAMES = {
            "articlebody", "article-body", "article__body", "article_body", "story-body", "storybody", "post-body",
            "postbody", "entry-content", "post-content", "article-content", "articlecontent", "content-body",
            "body-text", "bodytext", "article-text", "story-content", "story-text", "main-content", "maincontent",
            "rich-text"};

    private Boilerplate() {
    }

    static boolean neverContent(Element e) {
        if (NEVER_CONTENT.contains(e.normalName())) return true;
        if (e.hasAttr("hidden")) return true;
        String style = e.attr("style");
        if (!style.isEmpty()) {
            String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
            if (s.contains("display:none") || s.contains("visibility:hidden")) return true;
        }
        return false;
    }

    /** How sure the markup is that an element holds no article text. */
    enum Verdict {
        /** Nothing says so. */
        NONE,
        /** An ad or widget slot: boilerplate unless it holds prose. */
        SLOT,
        /** Navigation, asides, sharing, notices, captions, comments. */
        AROUND
    }

    static Verdict verdict(Element e) {
        String tag = e.normalName();
        if (tag.equals("body") || tag.equals("html") || tag.equals("main") || tag.equals("article")) return Verdict.NONE;
        if (AROUND_CONTENT.contains(tag)) return Verdict.AROUND;
        String role = e.attr("role");
        if (!role.isEmpty() && AROUND_ROLES.contains(role.toLowerCase(Locale.ROOT))) return Verdict.AROUND;
        if (e.attr("aria-hidden").equals("true")) return Verdict.AROUND;
        String words = words(e);
        if (words.isEmpty() || isContent(words)) return Verdict.NONE;
        List<String> tokens = tokens(words);
        if (anyWord(tokens, JUNK_WORDS, JUNK_HEADS)) return Verdict.AROUND;
        return anyWord(tokens, SLOT_WORDS, SLOT_HEADS) ? Verdict.SLOT : Verdict.NONE;
    }

    /** Markup that names the article body (schema.org articleBody, the usual CMS class names). */
    static boolean namesContent(Element e) {
        if (e.attr("itemprop").equalsIgnoreCase("articleBody")) return true;
        String words = words(e);
        return !words.isEmpty() && isContent(words);
    }

    private static boolean isContent(String words) {
        for (String name : CONTENT_NAMES) if (words.contains(name)) return true;
        return false;
    }

    /** The letter runs of a class/id string: "c-share_bar2" gives c, share, bar. */
    private static List<String> tokens(String words) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= words.length(); i++) {
            boolean letter = i < words.length() && words.charAt(i) >= 'a' && words.charAt(i) <= 'z';
            if (letter && start < 0) start = i;
            if (!letter && start >= 0) {
                out.add(words.substring(start, i));
                start = -1;
            }
        }
        return out;
    }

    /**
     * Whether a token, or two or three adjacent tokens joined by hyphens, is one of {@code words};
     * {@code heads} are the parts before the first hyphen of those words ({@link #heads}).
     */
    static boolean anyWord(List<String> tokens, Set<String> words, Set<String> heads) {
        for (int i = 0; i < tokens.size(); i++) {
            String one = tokens.get(i);
            if (words.contains(one)) return true;
            if (i + 1 < tokens.size() && heads.contains(one)) {
                String two = one + "-" + tokens.get(i + 1);
                if (words.contains(two)) return true;
                if (i + 2 < tokens.size() && words.contains(two + "-" + tokens.get(i + 2))) return true;
            }
        }
        return false;
    }

    /** The parts before the first hyphen of the hyphenated {@code words}. */
    static Set<String> heads(Set<String> words) {
        Set<String> out = new java.util.HashSet<>();
        for (String w : words) if (w.indexOf('-') > 0) out.add(w.substring(0, w.indexOf('-')));
        return Set.copyOf(out);
    }

    /** Class and id, lower case, camelCase split so that "shareBar" reads as "share-bar". */
    static String words(Element e) {
        String cls = e.className();
        String id = e.id();
        if (cls.isEmpty() && id.isEmpty()) return "";
        String s = cls + " " + id;
        if (isLowerCaseAscii(s)) return s; // most class names: nothing to split or lower
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isUpperCase(c) && i > 0 && Character.isLowerCase(s.charAt(i - 1))) b.append('-');
            b.append(Character.toLowerCase(c));
        }
        return b.toString();
    }

    private static boolean isLowerCaseAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 128 || (c >= 'A' && c <= 'Z')) return false;
        }
        return true;
    }
}
