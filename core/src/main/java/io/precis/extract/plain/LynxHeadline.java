package io.precis.extract.plain;

import io.precis.extract.meta.Dates;
import io.precis.extract.plain.LynxBlock.Kind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The headline of a text-browser dump: among the headings (and short title-like lines) before the
 * body, the one whose words the opening of the body repeats most, nearer ones preferred. Decks that
 * end with a full stop, captions, logos and calls to action are not headlines.
 */
final class LynxHeadline {
    /** Captions ("Photo: ...", "Image via ..."), credits, logos and calls to action; a headline may still be about images. */
    private static final Pattern NOT_TITLE = Pattern.compile(
            "(?i)(getty images|shutterstock|credit:|courtesy of|\\b(photo(graph)?|image)s?\\s*(:|by\\b|via\\b|credit)|\\(photo|\\blogo\\b|subscribe|sign up|newsletter|"
                    + "share (by|on|this)|sharing options|save articles|more from|read more|advertisement|cookies?\\b|"
                    + "»|^#|^by\\s|skip to|\\s>\\s|\\(BUTTON\\)|^pros:|^cons:|nutrition facts)");
    /** Navigation words, which only rule out short lines ("Menu", "Shop With Us"). */
    private static final Pattern NAVIGATION = Pattern.compile("(?i)\\b(menu|search|donat\\w*|feed|log ?in|sign in|shop|home)\\b");
    /** A standfirst or pull quote ends like a sentence or is a quotation. */
    private static final Pattern DECK_END = Pattern.compile("[.!?…]['\"”’]?$|^['\"“‘].*['\"”’]$");
    /** Breadcrumbs and section trails: "Home News ...", "News / India News / ...", "A | B". */
    private static final Pattern BREADCRUMB = Pattern.compile("(?i)^home\\b|\\s/\\s|\\|");
    private static final Pattern CREDIT = Pattern.compile("(?:Photo(?:graph)?s?|Photography|Styled|Illustrations?|Video|Edited|Reporting) by\\s+\\p{Lu}");
    /**
     * "by Ann Smith" in a line: a byline or credit ("News by Ann Smith"), not a headline. A
     * capitalised "By" inside a line is a title-case headline's ("Hit By An Object").
     */
    private static final Pattern NAMED_BY = Pattern.compile("(?:^|\\s)(?:by|BY)\\s+\\p{Lu}\\p{Ll}");
    private static final Pattern BYLINE = Pattern.compile("(?:[Ww]ritten )?(?:[Bb]y|BY)\\s*\\p{Lu}");
    /** A media tag after a headline: "(video)", "[Watch]", "(PHOTOS)"; it labels the page, not the story. */
    private static final Pattern MEDIA_TAG = Pattern.compile(
            "(?i)\\s*[\\[(](?:video|videos|watch|photos?|pics|gallery|listen|audio|podcast)[\\])]\\s*$");

    private LynxHeadline() {
    }

    /** The words of the body's opening prose (its first 400 words of four letters or more). */
    private static Set<String> opening(List<LynxBlock> blocks, int bodyStart) {
        Set<String> opening = new HashSet<>();
        int taken = 0;
        for (int i = bodyStart; i < blocks.size() && taken < 400; i++) {
            if (blocks.get(i).kind() != Kind.PROSE) continue;
            for (String w : words(blocks.get(i).text())) {
                opening.add(w);
                taken++;
            }
        }
        return opening;
    }

    /** A headline line the dump glued into one block with the byline under it, and that block's index. */
    record GluedHeadline(int at, String text) {
    }

    /**
     * The line right above the dateline or dated byline nearest the body, when the dump glued the
     * two into one block (a page that sets its headline and byline as plain lines of one box):
     * a headline-shaped line (not a sentence, a caption, a credit or the end of a wrapped
     * paragraph) that shares words with the body. Null when there is none, or when a
     * headline-shaped block that shares words with the body stands right above that block: the
     * glued line is then the standfirst between the headline and its byline.
     */
    static GluedHeadline glued(List<LynxBlock> blocks, int bodyStart) {
        int end = Math.min(bodyStart, blocks.size());
        for (int i = end - 1; i >= 0 && i >= end - 40; i--) {
            LynxBlock b = blocks.get(i);
            if (!isByline(b)) continue;
            int k = bylineLine(b);
            if (k < 1) return null;
            String t = b.lines().get(k - 1);
            if (k >= 2 && b.lines().get(k - 2).length() >= 60) return null; // the last line of a wrapped paragraph
            if (wordCount(t) < 4 || t.length() > 120 || DECK_END.matcher(t).find() || NOT_TITLE.matcher(t).find()
                    || BREADCRUMB.matcher(t).find() || t.endsWith(":") || LynxBlock.ITEM.matcher(t).matches()
                    || NAMED_BY.matcher(t).find()) return null;
            Set<String> opening = opening(blocks, bodyStart);
            if (!sharesWords(overlap(t, opening))) return null;
            // A headline right above the block: the glued line is its standfirst.
            if (i > 0) {
                String above = blocks.get(i - 1).text();
                if (wordCount(above) >= 3 && !NOT_TITLE.matcher(above).find() && sharesWords(overlap(above, opening))) return null;
            }
            return new GluedHeadline(i, t);
        }
        return null;
    }

    /** {distinct words of the text in the body's opening, the share of its words there}. */
    private static double[] overlap(String text, Set<String> opening) {
        List<String> ws = words(text);
        Set<String> distinct = new HashSet<>(ws);
        distinct.retainAll(opening);
        long hits = ws.stream().filter(opening::contains).count();
        return new double[]{distinct.size(), ws.isEmpty() ? 0 : hits / (double) ws.size()};
    }

    /** Blocks at the body's opening in which to look for a headline and its byline. */
    private static final int OPENING_BLOCKS = 6;

    /**
     * A byline block (not a paragraph) among the first blocks of the body span, right under a
     * headline-shaped block (at most a standfirst between): the span then opened with the header
     * (a headline set as a sentence counts as prose) or with boilerplate prose above it. Its
     * index, or -1.
     */
    static int openingByline(List<LynxBlock> blocks, int spanStart, int spanEnd) {
        for (int i = spanStart + 1; i <= Math.min(spanEnd - 1, spanStart + OPENING_BLOCKS); i++) {
            LynxBlock b = blocks.get(i);
            if (b.kind() == Kind.PROSE || !isByline(b)) continue;
            for (int j = i - 1; j >= Math.max(spanStart, i - 2); j--) {
                LynxBlock h = blocks.get(j);
                // A headline may end like a sentence ("Is the ferry back?"); a one-line block can
                // then still be one, though a standfirst wrapped over several lines is not.
                if (headerShaped(h) && (h.kind() == Kind.HEADING || !DECK_END.matcher(h.text()).find() || h.lines().size() == 1)) return i;
            }
            return -1;
        }
        return -1;
    }

    /**
     * The header right above a byline at the body's opening ({@link #openingByline}): one or two
     * short blocks (a heading, or one line each), the
     * upper of two being the headline and the lower its standfirst, at the top of the span or
     * under something other than a paragraph. Its index, or -1.
     */
    static int headerAbove(List<LynxBlock> blocks, int spanStart, int bylineAt) {
        int top = -1;
        for (int j = bylineAt - 1; j >= Math.max(spanStart, bylineAt - 2); j--) {
            LynxBlock h = blocks.get(j);
            boolean shortBlock = h.kind() == Kind.HEADING || h.lines().size() == 1;
            if (!shortBlock || !headerShaped(h)) break;
            top = j;
        }
        // A header does not follow a paragraph of running text: those short blocks would be a
        // quotation or an embedded post, and their "byline" its attribution.
        if (top > spanStart && blocks.get(top - 1).kind() == Kind.PROSE) return -1;
        return top;
    }

    /** A block that could be a headline or its standfirst: three words or more, thirty at most, no caption or credit. */
    private static boolean headerShaped(LynxBlock h) {
        return wordCount(h.text()) >= 3 && h.words() <= 30 && !NOT_TITLE.matcher(h.text()).find();
    }

    /** Blocks right above the body in which a byline marks the article's header as already seen. */
    private static final int HEADER_BYLINE_BLOCKS = 4;

    /**
     * Whether a byline or dateline block stands among the few blocks right above {@code bodyStart}: the
     * article's header is then above its body, and a headline-and-byline pair further down is something
     * the article embeds.
     */
    static boolean bylineAbove(List<LynxBlock> blocks, int bodyStart) {
        for (int i = Math.min(bodyStart, blocks.size()) - 1; i >= 0 && i >= bodyStart - HEADER_BYLINE_BLOCKS; i--) {
            if (isByline(blocks.get(i))) return true;
        }
        return false;
    }

    /** The index of the headline block among those before {@code bodyStart}, or -1. */
    static int index(List<LynxBlock> blocks, int bodyStart) {
        Set<String> opening = opening(blocks, bodyStart);
        int best = -1;
        double bestScore = -1;
        int end = Math.min(bodyStart, blocks.size());
        Map<Integer, double[]> viable = new HashMap<>(); // index -> {distinct words in the body, ratio}
        for (int i = end - 1; i >= 0 && i >= end - 150; i--) {
            LynxBlock b = blocks.get(i);
            String t = b.text();
            boolean heading = b.kind() == Kind.HEADING;
            if (wordCount(t) < 3 || b.words() > 40 || t.endsWith(":") || NOT_TITLE.matcher(t).find()) continue;
            if (b.words() <= 5 && NAVIGATION.matcher(t).find()) continue;
            if (t.endsWith("…") || t.endsWith("...") || t.contains("http")) continue; // teasers of other stories, links
            if (!heading && (b.words() > 30 || LynxBlock.ITEM.matcher(t).matches() || LynxBlock.WIDGET.matcher(t).find() || Dates.parse(t) != null)) continue;
            if (!heading && b.kind() == Kind.PROSE && t.endsWith(".")) continue;
            if (b.kind() == Kind.ITEM) continue; // a bullet: a table of contents or a list of other stories
            List<String> ws = words(t);
            if (ws.isEmpty()) continue;
            int hits = 0;
            for (String w : ws) if (opening.contains(w)) hits++;
            double score = hits / (double) ws.size() + (heading ? 0.3 : 0) - (end - i) * 0.004
                    - (t.endsWith(".") ? 0.4 : 0);
            Set<String> distinct = new HashSet<>(ws);
            distinct.retainAll(opening);
            viable.put(i, new double[]{distinct.size(), hits / (double) ws.size()});
            if (score > bestScore) {
                bestScore = score;
                best = i;
            }
        }
        int aboveByline = aboveByline(blocks, end, best, viable);
        if (aboveByline >= 0) return aboveByline;
        // A standfirst, pull quote or subheading right under the headline repeats the body's words
        // more than the headline does; when the winner reads as a sentence (it ends like one, or is a
        // quotation), a headline-shaped line just above it is the headline.
        if (best > 0 && DECK_END.matcher(blocks.get(best).text()).find()) {
            String winner = titleKey(blocks.get(best).text());
            for (int j = best - 1; j >= Math.max(0, best - 2); j--) {
                double[] v = viable.get(j);
                String t = blocks.get(j).text();
                if (v == null || v[0] < 2 || v[1] < 0.3 || wordCount(t) < 4 || BREADCRUMB.matcher(t).find()) continue;
                String k = titleKey(t);
                if (!k.contains(winner) && !winner.contains(k)) return j;
            }
        }
        return best;
    }

    /**
     * The headline as the page lays it out: right above the byline or dateline nearest the body,
     * with at most a standfirst between them. Among the lines before the body the headline is not
     * always the one that repeats the body most (a standfirst does, and so may a section name that
     * the body happens to mention), but it is always above its byline. Returns -1 to keep the
     * best-scoring line: when there is no byline, or no headline-shaped line that shares words with
     * the body right above it.
     */
    private static int aboveByline(List<LynxBlock> blocks, int end, int best, Map<Integer, double[]> viable) {
        int byline = -1;
        for (int i = end - 1; i >= 0 && i >= end - 40 && byline < 0; i--) {
            if (isByline(blocks.get(i))) byline = i;
        }
        while (byline > 0 && isByline(blocks.get(byline - 1))) byline--; // author, photographer, stylist, date
        if (byline < 1) return -1;
        int lower = byline - 1;
        boolean sentenceDeck = DECK_END.matcher(blocks.get(lower).text()).find();
        if (sentenceDeck) lower--;
        if (!sharesWords(viable.get(lower))) return -1;
        // Two headline-shaped lines above the byline: the headline and its standfirst (unless the
        // page repeats its headline there, or sets the lower one as a heading and the upper one not:
        // a page does not set its standfirst more prominently than its headline).
        int upper = lower - 1;
        boolean standfirst = !sentenceDeck && sharesWords(viable.get(upper))
                && (blocks.get(upper).kind() == Kind.HEADING || blocks.get(lower).kind() != Kind.HEADING)
                && !BREADCRUMB.matcher(blocks.get(upper).text()).find()
                && !titleKey(blocks.get(upper).text()).equals(titleKey(blocks.get(lower).text()));
        if (best >= byline - 3 && best < byline) {
            // The best-scoring line is among the few right above the byline: the scores decide
            // there, except that a standfirst right above the byline is not the headline.
            return best == lower && standfirst ? upper : -1;
        }
        int headline = standfirst ? upper : lower;
        // Elsewhere, only with as much evidence as the best-scoring line: a section name can match
        // more of its few words, but not more words.
        return best < 0 || viable.get(headline)[0] >= viable.get(best)[0] ? headline : -1;
    }

    private static boolean sharesWords(double[] hitsAndRatio) {
        return hitsAndRatio != null && hitsAndRatio[0] >= 2 && hitsAndRatio[1] >= 0.3;
    }

    /** A byline ("By Ann Smith", "ByAnn Smith") or a short line with a written-out date. */
    private static boolean isByline(LynxBlock b) {
        String t = b.text();
        if (b.kind() == Kind.PROSE && b.words() > 15) return false;
        if (BYLINE.matcher(t).lookingAt() || CREDIT.matcher(t).lookingAt()) return true; // even when the dump glued a caption to it
        if (b.words() > 30 && b.kind() == Kind.PROSE) return false;
        if (b.words() <= 15 && !LynxDateline.isMastheadDate(t) && Dates.parseAbsolute(t, null) != null) return true;
        // The dump glued the dateline or dated byline to the standfirst or caption next to it: it
        // still stands on a line of its own.
        return b.kind() != Kind.PROSE && bylineLine(b) >= 0;
    }

    /** Which of a block's lines is a dateline or dated byline ({@link LynxDateline#isDatelineLine}), or -1. */
    static int bylineLine(LynxBlock b) {
        List<String> lines = b.lines();
        for (int k = 0; k < lines.size(); k++) if (LynxDateline.isDatelineLine(lines.get(k), null)) return k;
        return -1;
    }

    static String withoutMediaTag(String title) {
        String t = MEDIA_TAG.matcher(title).replaceFirst("");
        return wordCount(t) >= 3 ? t : title;
    }

    /** A headline's words for comparing two copies of it; character references a dump left undecoded ("&#8216;") are dropped. */
    private static String titleKey(String s) {
        return s.replaceAll("&#?\\w+;", " ").toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** Words that hold a letter or digit: a dash or bullet is not a word. */
    private static int wordCount(String t) {
        int n = 0;
        for (String w : t.strip().split("\\s+")) if (w.codePoints().anyMatch(Character::isLetterOrDigit)) n++;
        return n;
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) if (w.length() >= 4) out.add(w);
        return out;
    }
}
