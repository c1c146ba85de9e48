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
            "dc.creator", "dcterms.creator", "citation_author", "byl", "og:article:author", "og:author", "cxenseparse:author"};

    private static final Pattern CHARTBEAT = Pattern.compile("_sf_async_config\\.authors\\s*=\\s*['\"]([^'\"]+)['\"]|\"authors?\"\\s*:\\s*\"([^\"]+)\"");
    /**
     * A verb or noun before the word for "by": "Posted by", "Written by:", "Submitted by" (Drupal's), "Erstellt von",
     * "Ein Artikel von", "Publié par".
     */
    private static final String VERB_BY = "(?:posted|written|published|submitted|reported|words|text|erstellt|eingestellt|geschrieben|verfasst|"
            + "veröffentlicht|gepostet|(?:ein\\s+)?artikel|(?:blog\\s*)?beitrag|publié|écrit|rédigé|scritto|pubblicato|escrito|publicado)\\s+(?:by|von|par|da|por)"
            // "Posted on March 2, 2024 by", "Veröffentlicht am 10. Februar 2019 von": a date between the verb and "by"
            + "|(?:posted|published|veröffentlicht)\\s+(?:on|am)\\s+[^\\n]{1,40}?\\s+(?:by|von)";
    /** A label word that names the writer only with a colon or alone: "Text:", "Autor", "Text & Fotos:" ("Autorin und…" is a caption). */
    private static final String LABEL_WORD = "(?:text|autor|autorin|author)(?:\\s*(?:&|und|and)\\s*(?:fotos?|bilder?|photos?))?";
    private static final Pattern BY_TEXT = Pattern.compile(
            "^(?:(?iu:by|von|par|por|" + VERB_BY + ")(?:\\s|:|$)|(?iu:" + LABEL_WORD + ")(?:\\s*:|$))");
    /** A label and nothing else: "von", "By", "Text:", "Autor". The name stands in the next element. */
    private static final Pattern LABEL_ONLY = Pattern.compile("(?iu)(?:by|von|par|por|" + VERB_BY + "|" + LABEL_WORD + ")\\s*:?");

    private static final Pattern AUTHOR_PAGE = Pattern.compile("/(author|authors|writer|writers)/[^/?#]+");

    private HtmlAuthors() {
    }

    record Found(List<Author> authors, String provenance) {
    }

    static Found authors(Document page, PageIndex index, MetaTags meta, JsonLd jsonLd, String site) {
        Asides asides = Asides.of(index);
        List<Author> fromJsonLd = people(jsonLd.authors(), site);
        if (!fromJsonLd.isEmpty()) {
            Byline first = firstByline(index.select(BYLINES), asides, site);
            List<Author> shown = first == null ? List.of() : first.people();
            List<Author> group = shown.isEmpty() ? shown : bylineGroup(index, first.element(), asides, site);
            if (shown.isEmpty()) shown = group = fromByText(page, index, asides, site);
            List<Author> reconciled = reconciled(fromJsonLd, shown, group);
            return reconciled == fromJsonLd ? new Found(fromJsonLd, "json-ld") : new Found(reconciled, "json-ld+byline");
        }
        for (String name : META) {
            List<String> values = new ArrayList<>();
            for (String v : meta.all(name)) if (!v.startsWith("http") && !v.startsWith("@")) values.add(v);
            List<Author> found = people(values, site);
            if (!found.isEmpty()) return new Found(found, "meta:" + name);
        }
        List<Author> analytics = fromAnalyticsConfig(index, site);
        if (!analytics.isEmpty()) return new Found(analytics, "script:analytics");
        List<Element> bylineMarkup = index.select(BYLINES); // the markup and lone-first-name readers share one list
        List<Author> markup = fromMarkup(bylineMarkup, asides, site);
        if (!markup.isEmpty()) return new Found(markup, "byline");
        List<Author> by = fromByText(page, index, asides, site);
        if (!by.isEmpty()) return new Found(by, "byline:text");
        List<Author> linked = fromAuthorLinks(index, asides, site);
        if (!linked.isEmpty()) return new Found(linked, "html:author-link");
        String besideDate = NameBesideDate.find(index);
        List<Author> named = besideDate == null ? List.of() : people(List.of(besideDate), site);
        if (!named.isEmpty()) return new Found(named, "html:name-beside-date");
        List<Author> lone = loneFirstName(bylineMarkup, asides, site);
        return lone.isEmpty() ? new Found(List.of(), null) : new Found(lone, "byline:first-name");
    }

    /**
     * Bloggers sign with a first name: byline markup (rel=author, an author class) holding one word
     * written like a first name ("Lars") names the writer when nothing else on the page does.
     */
    private static List<Author> loneFirstName(List<Element> bylineMarkup, Asides asides, String site) {
        int seen = 0;
        for (Element e : bylineMarkup) {
            if (ElementText.longerThan(e, 40) || asides.holds(e) || e.closest("form, label") != null) continue; // a comment form's "Name"
            if (++seen > 40) break;
            String text = e.text().strip();
            String name = Bylines.firstName(text);
            if (name != null && !name.equals(text.split("\\s+")[0])) continue; // only the name, or the name and a date
            List<Author> found = personUnlessSite(name, site);
            if (!found.isEmpty()) return found;
        }
        return List.of();
    }

    /**
     * A link to an author's page (/author/ann-smith/) beside the headline: a byline with no other
     * mark than where it points. Only the headline's own block counts, as site menus also link to
     * their columnists' pages.
     */
    private static List<Author> fromAuthorLinks(PageIndex index, Asides asides, String site) {
        Element h1 = index.headline();
        if (h1 == null) return List.of();
        int checked = 0;
        for (Element a : HeadlineBlock.elements(h1)) {
            if (!a.tagName().equals("a") || !AUTHOR_PAGE.matcher(a.attr("href")).find() || asides.holds(a)) continue;
            List<Author> found = people(List.of(a.text().strip()), site);
            if (!found.isEmpty()) return found;
            if (++checked >= 5) break;
        }
        return List.of();
    }

    /**
     * Structured data and the byline readers see can disagree: JSON-LD may credit editors and
     * contributors the byline leaves out, or only the first of the people the byline names. When one
     * list holds the other, the byline decides: a byline naming a subset of the JSON-LD people keeps
     * that subset, one naming them all and more adds the others.
     */
    static List<Author> reconciled(List<Author> structured, List<Author> shown, List<Author> group) {
        if (shown.isEmpty()) return structured;
        java.util.Set<String> s = keys(structured), b = keys(shown), g = keys(group);
        if (s.equals(b)) return structured;
        // Dropping people looks at the whole byline (one element per author is common) and never
        // drops the first credited author: a byline naming someone else is another story's.
        if (structured.size() >= 2 && s.containsAll(b) && b.contains(nameKey(structured.get(0).name()))) {
            List<Author> kept = new ArrayList<>();
            for (Author a : structured) if (b.contains(nameKey(a.name())) || g.contains(nameKey(a.name()))) kept.add(a);
            return kept;
        }
        if (b.containsAll(s)) {
            List<Author> more = new ArrayList<>(structured);
            for (Author a : shown) if (!s.contains(nameKey(a.name()))) more.add(a);
            return more;
        }
        return structured;
    }

    private static java.util.Set<String> keys(List<Author> authors) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (Author a : authors) out.add(nameKey(a.name()));
        return out;
    }

    private static String nameKey(String name) {
        String n = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** Analytics configuration names the page's authors for reporting (Chartbeat's _sf_async_config). */
    private static List<Author> fromAnalyticsConfig(PageIndex index, String site) {
        for (Element script : index.all("script")) {
            // Inline scripts only: "script:not([src])" as a selector would do, but :not remembers every element it
            // was asked about, per page, until a select() clears it, and the index's lists never do.
            if (script.hasAttr("src")) continue;
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

    /** A short line that starts with "By" near the top of the article, whatever its markup. */
    private static List<Author> fromByText(Document page, PageIndex index, Asides asides, String site) {
        int checked = 0;
        for (Element e : inBody(page, index)) {
            if (!mayStartWithBy(e)) continue; // most elements: ownText() would be built only to fail the pattern
            String own = e.ownText().strip();
            if (!BY_TEXT.matcher(own).lookingAt()) continue; // as find(): "^" matches only at the start
            // "By <a>Name</a>" names people in its children; a headline block ending in a bare
            // "by Name" text after the title and date names them in its own text.
            String t = lineOf(e);
            if (t.length() > 120) t = own;
            if (t.length() > 120 || asides.holds(e) || PhotoCredits.isPhotoCredit(e)) continue;
            // "<span>von</span> <a>Ann Lee</a>": the label has an element of its own, the name follows it
            // in the byline's element, one or two levels up.
            Element up = e;
            for (int i = 0; i < 3 && LABEL_ONLY.matcher(t).matches() && up.parent() != null; i++) {
                up = up.parent();
                if (ElementText.longerThan(up, 120)) break;
                t = lineOf(up);
            }
            List<Author> found = people(List.of(t), site);
            if (found.isEmpty() && !t.equals(own)) found = people(List.of(own), site);
            if (found.isEmpty()) found = firstNameOnly(t, site); // "von Heiko": bloggers sign with a first name
            if (!found.isEmpty()) return found;
            if (++checked >= 5) break;
        }
        return List.of();
    }

    private static List<Author> firstNameOnly(String byline, String site) {
        return personUnlessSite(Bylines.labelledFirstName(byline), site);
    }

    /** The one person {@code name} names, or nobody when it is null or the site's own name. */
    private static List<Author> personUnlessSite(String name, String site) {
        if (name == null || (site != null && HtmlTitles.key(name).equals(HtmlTitles.key(site)))) return List.of();
        return List.of(Author.named(name));
    }

    /**
     * The element's text up to its first line break: a byline ends with its line ("Von Ann Lee und
     * Bo Li&lt;br&gt;Kakuma" names two people, not "Bo Li Kakuma").
     */
    private static String lineOf(Element e) {
        String line = beforeBreak(e);
        return LABEL_ONLY.matcher(line).matches() ? e.text().strip() : line; // "Von:<br>Ann Lee"
    }

    private static String beforeBreak(Element e) {
        Element br = e.selectFirst("br");
        if (br == null) return e.text().strip();
        StringBuilder sb = new StringBuilder();
        for (org.jsoup.nodes.Node n : e.childNodes()) {
            if (n == br || (n instanceof Element c && c.selectFirst("br") != null)) break;
            sb.append(n instanceof org.jsoup.nodes.TextNode tn ? tn.text() : n instanceof Element c ? " " + c.text() + " " : "");
        }
        String t = sb.toString().replaceAll("\\s+", " ").strip();
        return t.isEmpty() ? e.text().strip() : t;
    }

    /**
     * The elements inside the body, in page order, as {@code page.select("body *")} gives them but without
     * its climb from every element of the page to look for a body above it, nor a walk of its own (the index
     * listed them). The HTML parser makes one body element at most; a page that has none (a frameset) goes
     * to the selector.
     */
    static List<Element> inBody(Document page, PageIndex index) {
        Element body = page.body();
        if (body == null || !body.nameIs("body")) return page.select("body *");
        List<Element> all = index.body();
        return all.subList(1, all.size()); // the list starts with the body itself
    }

    /**
     * Whether {@code e.ownText().strip()} may match {@link #BY_TEXT}: its first character, which comes from
     * the first of the element's own text nodes holding more than white space, must be one that opens a
     * label the pattern knows (by, von, par, erstellt, écrit, geschrieben, text, autor, scritto…). Skipping every kind of white space and invisible character, as
     * ownText() and strip() do between them, can only make this say "may" more often, never less.
     */
    static boolean mayStartWithBy(Element e) {
        for (int n = 0; n < e.childNodeSize(); n++) {
            if (!(e.childNode(n) instanceof org.jsoup.nodes.TextNode t)) continue;
            String s = t.getWholeText();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c) || org.jsoup.internal.StringUtil.isActuallyWhitespace(c)
                        || org.jsoup.internal.StringUtil.isInvisibleChar(c)) continue;
                return switch (Character.toLowerCase(c)) {
                    case 'b', 'v', 'p', 'w', 'r', 'e', 'é', 'g', 't', 'a', 's' -> true; // by, von, posted, written, reported, erstellt, écrit, text, autor, scritto
                    default -> false;
                };
            }
        }
        return false;
    }

    /** A tag written into a value: structured author fields sometimes hold the byline's own HTML. */
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][^<>]*>");

    /**
     * The text an author value shows: entities decoded and tags dropped. Sites copy the printed
     * byline, links and all, into JSON-LD and meta tags ("By &lt;a href=...&gt;Ann Lee&lt;/a&gt;, Bo Li"),
     * and a name wrapped in a link is as much a name as one that is not.
     */
    private static String shownText(String value) {
        String v = org.jsoup.parser.Parser.unescapeEntities(value, false);
        return v.indexOf('<') < 0 ? v : TAG.matcher(v).replaceAll(" ");
    }

    private static List<Author> people(List<String> values, String site) {
        Map<String, Author> out = new LinkedHashMap<>();
        String siteKey = site == null ? null : HtmlTitles.key(site);
        for (String v : values) {
            for (Author a : Bylines.parse(shownText(v))) {
                if (siteKey != null && HtmlTitles.key(a.name()).equals(siteKey)) continue;
                out.putIfAbsent(a.name().toLowerCase(Locale.ROOT), a);
            }
        }
        return List.copyOf(out.values());
    }

    /** The selectors of byline markup, with {@link #AUTHOR_NAME} for {@code [itemprop~=author] [itemprop~=name]}. */
    private static final String BYLINE_SELECTORS = "[rel=author], " + Microdata.itemprop("author") + ", "
            + "[class~=(?i)byline|author-name|authorname|author__name|contributor], [class~=(?i)(?<![a-z])(?:authors?|writer)(?![a-z])], "
            + "[id~=(?i)byline|author], [data-testid~=(?i)byline|author], [data-component~=(?i)byline]";

    private static final org.jsoup.select.Evaluator ITEMPROP_AUTHOR = org.jsoup.select.QueryParser.parse(Microdata.itemprop("author"));
    private static final org.jsoup.select.Evaluator ITEMPROP_NAME = org.jsoup.select.QueryParser.parse(Microdata.itemprop("name"));

    /**
     * {@code [itemprop~=author] [itemprop~=name]}, a name in an author's markup, written out: jsoup's descendant
     * combinator remembers its answers per page until a select() clears them, and the byline markup is taken
     * from the page index's list ({@link PageIndex#select(org.jsoup.select.Evaluator)}), which no select() walks.
     */
    private static final org.jsoup.select.Evaluator AUTHOR_NAME = new org.jsoup.select.Evaluator() {
        @Override
        public boolean matches(Element root, Element e) {
            if (!ITEMPROP_NAME.matches(root, e)) return false;
            for (Element a = e.parent(); a != null; a = a.parent()) if (ITEMPROP_AUTHOR.matches(root, a)) return true;
            return false;
        }
    };

    /**
     * {@link #BYLINE_SELECTORS} and {@link #AUTHOR_NAME}, tried only on elements that could match them: those whose
     * rel holds "author", whose itemprop holds "author" or "name" (in any case, as the selectors' equalsIgnoreCase folds them), or
     * whose class, id, data-testid or data-component holds "author", "byline", "contributor" or "writer" (ASCII
     * letters in any case, as the (?i) patterns fold them), which every alternative needs. The regular
     * expressions then run on a few elements instead of every element of the page (nor on every link with
     * rel=noopener); the elements selected are the same.
     */
    private static final org.jsoup.select.Evaluator BYLINES = new org.jsoup.select.CombiningEvaluator.And(List.of(
            new org.jsoup.select.Evaluator() {
                @Override
                public boolean matches(Element root, Element e) {
                    if (e.attributesSize() == 0) return false;
                    // One pass over the attributes rather than six lookups by name, each a scan of them all. The
                    // parser writes attribute names in lower case and keeps one of each, so exact names do.
                    for (org.jsoup.nodes.Attribute a : e.attributes()) {
                        if (mayMarkByline(a.getKey(), a.getValue())) return true;
                    }
                    return false;
                }

                @Override
                protected int cost() {
                    return 0;
                }
            },
            new org.jsoup.select.CombiningEvaluator.Or(List.of(org.jsoup.select.QueryParser.parse(BYLINE_SELECTORS), AUTHOR_NAME))));

    /** Whether an attribute could make its element match {@link #BYLINES}. */
    private static boolean mayMarkByline(String name, String value) {
        return switch (name) {
            case "rel" -> holds(value, "author");
            case "itemprop" -> holds(value, "author") || holds(value, "name");
            case "class", "id", "data-testid", "data-component" -> mayName(value);
            default -> false;
        };
    }

    /** Whether the value holds the word in any case, as String.equalsIgnoreCase compares them. */
    private static boolean holds(String value, String word) {
        for (int i = 0; i + word.length() <= value.length(); i++) {
            if (value.regionMatches(true, i, word, 0, word.length())) return true;
        }
        return false;
    }

    private static boolean mayName(String value) {
        if (value.length() < 6) return false;
        String lower = asciiLower(value);
        return lower.contains("author") || lower.contains("byline") || lower.contains("contributor") || lower.contains("writer");
    }

    private static String asciiLower(String s) {
        char[] lower = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                if (lower == null) lower = s.toCharArray();
                lower[i] = (char) (c + ('a' - 'A'));
            }
        }
        return lower == null ? s : new String(lower);
    }

    private static List<Author> fromMarkup(List<Element> bylineMarkup, Asides asides, String site) {
        Byline first = firstByline(bylineMarkup, asides, site);
        return first == null ? List.of() : first.people();
    }

    /**
     * The people a byline element names: its whole text, or, when that names nobody because a role is run into
     * it ("Ann Lee" and an element of its own holding "Senior Editor"), the first of its parts that does.
     */
    private static List<Author> namedIn(Element byline, String site) {
        List<Author> whole = people(List.of(byline.text().strip()), site);
        if (!whole.isEmpty()) return whole;
        for (org.jsoup.nodes.Node n : byline.childNodes()) {
            String part = n instanceof org.jsoup.nodes.TextNode t ? t.text() : n instanceof Element c ? c.text() : "";
            if (part.isBlank()) continue;
            List<Author> found = people(List.of(part.strip()), site);
            if (!found.isEmpty()) return found;
        }
        return List.of();
    }

    /** Longer than this, a byline-classed element is a section that holds a byline, not the byline. */
    private static final int MAX_BYLINE_CHARS = 150;

    /**
     * The first byline element that names people, outside asides and figures (a picture's "author" took the photo).
     * The other test for a photo credit, a line after a caption, does not apply: a byline under a headline that
     * repeats the lead picture's description would pass for one.
     */
    private static Byline firstByline(List<Element> bylineMarkup, Asides asides, String site) {
        int seen = 0;
        for (Element e : bylineMarkup) {
            // Byline-like classes also mark wrappers of the whole story; counting to the limit is cheaper than their text.
            if (ElementText.longerThan(e, MAX_BYLINE_CHARS) || asides.holds(e) || PhotoCredits.inFigure(e)) continue;
            String t = e.text().strip();
            if (t.isEmpty() || t.length() > MAX_BYLINE_CHARS) continue;
            if (++seen > 40) break;
            List<Author> people = namedIn(e, site);
            if (!people.isEmpty()) return new Byline(e, people);
        }
        return null;
    }

    /** A byline element and the people it names, kept together so that they are not read twice. */
    private record Byline(Element element, List<Author> people) {
    }

    /**
     * Everyone the byline names: pages often give each author an element of their own, marked up
     * like the first one (same tag, same classes, same parent kind).
     */
    private static List<Author> bylineGroup(PageIndex index, Element first, Asides asides, String site) {
        List<String> texts = new ArrayList<>();
        texts.add(first.text().strip());
        if (first.className().isBlank()) return people(texts, site);
        for (Element e : index.elements()) { // page.getElementsByTag(first.tagName()), without walking the page again
            if (!e.normalName().equals(first.normalName())) continue;
            if (e == first || !e.className().equals(first.className()) || asides.holds(e)) continue;
            String t = e.text().strip();
            if (!t.isEmpty() && t.length() <= MAX_BYLINE_CHARS) texts.add(t);
        }
        return people(texts, site);
    }
}
