package io.precis.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Drops the blocks of the article's container that read like boilerplate, in the manner of jusText
 * (Pomikálek 2011): each block is classed by length and link density, then judged with its neighbours.
 * Long blocks with few links are prose and stay; link lists, bare URLs and stock phrases ("Advertisement",
 * "Read more", "Subscribe", copyright lines) go; short blocks stay only between prose, so subheadings and
 * one-line paragraphs inside the article are kept while datelines, labels and trailers at its edges are not
 * (headings that open the article, its subtitle or first section title, stay).
 */
final class ParagraphFilter {
    private static final double MAX_LINK_DENSITY = 0.5;
    private static final double PROSE_LINK_DENSITY = 0.3;
    private static final int PROSE_CHARS = 80;
    /** Stock phrases only condemn blocks shorter than this: a long paragraph may quote them. */
    private static final int STOCK_PHRASE_MAX_CHARS = 200;
    private static final int DISCLOSURE_MAX_CHARS = 500;
    /**
     * The publisher earning from what readers buy: "we may earn a commission", "(its syndication) partners may
     * receive compensation", "...may earn an affiliate commission", "this post contains affiliate links".
     * Earning or receiving alone is news as often ("Farmers will receive payments...", "workers who earn
     * commissions"), so those need the publisher as their subject, or "may" and a commission; and a lede
     * may be about affiliate links ("Amazon is cutting what it pays creators for affiliate links"), so
     * those need a verb saying the page has them.
     */
    private static final Pattern DISCLOSURE = Pattern.compile("(?i)\\b(?:"
            + "(?:we|i|partners|site|website|publisher)(?: (?:may|might|could|can|will|do|also|sometimes|often|only))*"
            + " (?:earn|receive)s? (?:an? )?(?:small )?(?:affiliate )?(?:commissions?|compensation|payments?)|"
            + "may (?:earn|receive) (?:an? )?(?:small )?(?:affiliate )?commissions?|"
            + "(?:contains?|may contain|includes?|may include|uses?|are|is an?) (?:(?:our|some|these) )?"
            + "affiliate (?:links?|partnerships?)|(?:we|i) (?:have|may have) affiliate partnerships?)\\b");
    private static final int MIN_EXCERPT_RUN = 3;
    /** An excerpt is a sentence's worth of another story; "Three...", "Two...", "One..." is a countdown. */
    private static final int MIN_EXCERPT_CHARS = 40;
    private static final Pattern BARE_URL = Pattern.compile("(?i)(https?://|www\\.)\\S+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…:;][\"'”’»)\\]]*$");
    /** Headings that open the trailers after an article: related reading, the author's bio, comments. */
    private static final int TRAILER_HEADING_MAX_CHARS = 60;
    private static final Pattern TRAILER_HEADING = Pattern.compile("(?iu)^(?:"
            + "(?:related|similar|recommended|popular|trending|latest)(?: (?:stories|articles|posts|content|"
            + "coverage|news|reading|links|videos?|topics|by our editors|for you))?|"
            + "more (?:from|on|by|in) .{0,40}|more(?: \\w+){0,2} (?:stories|articles|news|posts)|"
            + "read more|read next|see also|explore further|further reading|about the author|"
            + "(?:you|we) (?:may|might) also (?:like|enjoy).*|we recommend|comments?|\\d+ comments?|"
            + "ähnliche (?:beiträge|artikel|themen)|weitere (?:beiträge|artikel|informationen|themen|nachrichten).*|"
            + "mehr zum thema|mehr (?:aus|von) .{0,40}|mehr \\p{L}+ (?:auf|bei) (?!(?:den|der|dem|die|das|des|ein|eine|einem|einer)\\b).{0,40}|auch interessant|"
            // Blog and news widgets' German titles, as "Latest news" above: "Aktuelle News", "Neueste Beiträge"
            + "(?:aktuelle|neueste) (?:news|nachrichten|meldungen|beiträge|artikel|kommentare)|"
            // "Das könnte Sie auch interessieren", "Diese Artikel könnten euch ebenfalls interessieren"
            + "(?:das|dies(?:e[rs]?)?)(?: \\p{L}+)? könnten? (?:sie|dich|euch) (?:auch|ebenfalls)(?: noch)? interessieren|"
            + "kommentare?|über (?:den|die) autor(?:in)?|"
            + "lee también|leer más|más noticias|relacionad\\w*|voir aussi|à lire aussi|lire aussi|"
            + "sur le même sujet|vous aimerez aussi|leggi anche|ti potrebbe interessare|potrebbe interessarti|"
            + "(?:también )?te puede interesar|zobacz (?:także|też)|czytaj (?:też|także)|leia também|leia mais|"
            + "veja também|você (?:também )?pode gostar|talvez você goste"
            + ")[:.…]*$");
    /** The trailer headings that also label a single link inside an article. */
    private static final Pattern INLINE_LINK_LABEL = Pattern.compile("(?iu)^(?:"
            + "read more|read next|read also|also read|see also|lee también|leer más|voir aussi|à lire aussi|"
            + "lire aussi|leggi anche|zobacz (?:także|też)|czytaj (?:też|także)|leia também|leia mais|veja também"
            + ")[:.…]*$");
    /** Blocks an inline "Read also" label may link before the article resumes. */
    private static final int INLINE_LINK_MAX_BLOCKS = 2;
    private ParagraphFilter() {
    }

    private enum Kind { PROSE, SHORT, BOILERPLATE }

    /**
     * The article's paragraphs among {@code blocks}; {@code authors} are the names the page credits, so that
     * a bio of the author after the article ("Jane Doe is a reporter covering...") ends it.
     */
    static List<String> keep(List<Block> blocks, List<String> authors) {
        List<Kind> kinds = new ArrayList<>(blocks.size());
        int firstProse = -1;
        for (int i = 0; i < blocks.size(); i++) {
            kinds.add(kind(blocks.get(i)));
        }
        markExcerptRuns(blocks, kinds);
        for (int i = 0; i < kinds.size() && firstProse < 0; i++) if (kinds.get(i) == Kind.PROSE) firstProse = i;
        int end = trailerStart(blocks, kinds, firstProse, AuthorBio.of(authors));
        int lastProse = -1;
        for (int i = 0; i < end; i++) if (kinds.get(i) == Kind.PROSE) lastProse = i;
        List<String> out = new ArrayList<>();
        for (int i = 0; i < end; i++) {
            Kind k = kinds.get(i);
            if (k == Kind.BOILERPLATE) continue;
            if (k == Kind.SHORT && firstProse >= 0 && (i < firstProse || i > lastProse) && !readsAsSentence(blocks.get(i))
                    && !(i < firstProse && blocks.get(i).isHeading())
                    && !isListItem(blocks.get(i))) {
                continue;
            }
            out.add(blocks.get(i).text().strip());
        }
        while (!out.isEmpty() && isDisclosure(out.get(0))) out.remove(0);
        while (!out.isEmpty() && isDisclosure(out.get(out.size() - 1))) out.remove(out.size() - 1);
        return out;
    }

    /**
     * An affiliate or sponsorship disclosure ("If you buy through links on our site, we may receive
     * compensation..."). Stock phrases only condemn short lines, but these notices run to a paragraph; they sit
     * at an article's head or foot, so only the first and last paragraphs are tested.
     */
    static boolean isDisclosure(String text) {
        return text.length() <= DISCLOSURE_MAX_CHARS && DISCLOSURE.matcher(text).find();
    }

    /**
     * Where the trailers begin: the first short block after some prose that announces related reading,
     * a bio or comments, or the first block that is the author's bio ({@link AuthorBio}), provided less prose follows it than precedes it (so a subheading that happens to
     * start with "More" does not cut an article in half).
     */
    private static int trailerStart(List<Block> blocks, List<Kind> kinds, int firstProse, AuthorBio bio) {
        if (firstProse < 0) return blocks.size();
        int total = 0;
        for (int i = 0; i < blocks.size(); i++) if (kinds.get(i) == Kind.PROSE) total += blocks.get(i).text().length();
        int before = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (i > firstProse && total - before < before && bio.opens(b.text().strip())) return i;
            if (kinds.get(i) == Kind.PROSE) {
                before += b.text().length();
            } else if (i > firstProse && b.text().length() <= TRAILER_HEADING_MAX_CHARS
                    && TRAILER_HEADING.matcher(b.text().strip()).matches() && total - before < before
                    && !isInlineLink(blocks, kinds, i)) {
                return i;
            }
        }
        return blocks.size();
    }

    /**
     * Teaser lists: three or more blocks in a row that each stop mid-sentence with an ellipsis ("...said the
     * minister, who..."), the excerpts a page shows of other stories. An article's own paragraphs seldom
     * trail off, and never several in a row.
     */
    private static void markExcerptRuns(List<Block> blocks, List<Kind> kinds) {
        int start = 0;
        for (int i = 0; i <= blocks.size(); i++) {
            if (i < blocks.size() && isExcerpt(blocks.get(i))) continue;
            if (i - start >= MIN_EXCERPT_RUN) for (int j = start; j < i; j++) kinds.set(j, Kind.BOILERPLATE);
            start = i + 1;
        }
    }

    /** Ends with a word cut off by an ellipsis: "...the government said it...", "...up to…", not "...said:" or a quote. */
    private static boolean isExcerpt(Block b) {
        if (b.isHeading() || b.text().length() < MIN_EXCERPT_CHARS) return false;
        String text = b.text();
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (end > 0 && text.charAt(end - 1) == '…') end--;
        else if (text.startsWith("...", end - 3)) end -= 3;
        else return false;
        if (end > 0 && text.charAt(end - 1) == ' ') end--;
        if (end == 0) return false;
        int c = text.codePointBefore(end);
        return Character.isLetterOrDigit(c) || c == ',';
    }

    /**
     * A "Read also" label inside the article: the label, the one story it links, and the article goes on
     * right after ("Leggi anche / <linked headline> / Tornando al remake, ..."). Such labels end an article
     * only when no prose follows the link.
     */
    private static boolean isInlineLink(List<Block> blocks, List<Kind> kinds, int label) {
        if (!INLINE_LINK_LABEL.matcher(blocks.get(label).text().strip()).matches()) return false;
        for (int i = label + 1; i < Math.min(blocks.size(), label + 1 + INLINE_LINK_MAX_BLOCKS + 1); i++) {
            if (kinds.get(i) == Kind.PROSE) return true;
        }
        return false;
    }

    private static Kind kind(Block b) {
        String text = b.text().strip();
        if (b.tag().equals("h1") || b.linkDensity() > MAX_LINK_DENSITY || BARE_URL.matcher(text).matches()) {
            return Kind.BOILERPLATE;
        }
        if (text.length() < STOCK_PHRASE_MAX_CHARS && StockPhrases.isStock(text, b.isHeading())) return Kind.BOILERPLATE;
        if (StockPhrases.isFollowPrompt(text)) return Kind.BOILERPLATE;
        if (text.length() <= TRAILER_HEADING_MAX_CHARS && INLINE_LINK_LABEL.matcher(text).matches()) return Kind.BOILERPLATE;
        if (text.length() >= PROSE_CHARS && b.linkDensity() <= PROSE_LINK_DENSITY && !b.isHeading()) return Kind.PROSE;
        return Kind.SHORT;
    }

    /** Items of lists and tables: an article's facts often end it as a list (results, schedules, specs). */
    private static boolean isListItem(Block b) {
        String t = b.tag();
        return t.equals("li") || t.equals("dd") || t.equals("td");
    }

    /** A short paragraph that is a sentence ("He will be missed."), not a label or a heading. */
    private static boolean readsAsSentence(Block b) {
        return !b.isHeading() && b.text().indexOf(' ') > 0 && SENTENCE_END.matcher(b.text().strip()).find();
    }
}
