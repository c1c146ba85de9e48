package io.precis.extract.plain;

import io.precis.article.Article;
import io.precis.article.Author;
import io.precis.extract.meta.Bylines;
import io.precis.extract.meta.DateLabels;
import io.precis.extract.meta.Dates;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A web page saved by a text browser ({@code lynx -dump}): headings start in column 0, text is
 * indented and hard-wrapped, menus and link lists are bullet items. The body is the run of prose
 * paragraphs that outweighs the boilerplate around it (a maximum-sum span, as in text-density
 * extractors); the title is the last long heading before it; the date is the first one written
 * between the title and the body (or just above the title).
 */
final class LynxDump {
    private static final Pattern ITEM = Pattern.compile("^\\s*(?:[*+o#]|\\d{1,3}\\.)\\s+.*");
    private static final Pattern WIDGET = Pattern.compile(
            "(?i)^(?:\\(BUTTON\\)|IFRAME:|REFRESH\\(|\\[[^\\]]*\\]$|_{5,}|Share|Tweet|Email|Facebook|Twitter|LinkedIn|Whatsapp|Pinterest|Reddit|Print|Comments?|Advertisement|ADVERTISEMENT)");
    private static final Pattern BOILERPLATE = Pattern.compile(
            "(?i)(copyright|all rights reserved|©|cookie|privacy policy|terms of (use|service)|sign up|subscribe|newsletter|"
                    + "follow us|download the app|log ?in|register|skip to|javascript|your browser)");
    private static final Pattern NOT_TITLE = Pattern.compile(
            "(?i)(getty images|shutterstock|credit:|courtesy of|\\bphoto(graph)?\\b|\\bimage\\b|\\blogo\\b|subscribe|sign up|newsletter|"
                    + "share (by|on|this)|sharing options|save articles|more from|read more|advertisement|cookies?\\b|"
                    + "»|^#|^by\\s|skip to|\\s>\\s|\\(BUTTON\\)|^pros:|^cons:|nutrition facts)");
    /** Navigation words, which only rule out short lines ("Menu", "Shop With Us"). */
    private static final Pattern NAVIGATION = Pattern.compile("(?i)\\b(menu|search|donat\\w*|feed|log ?in|sign in|shop|home)\\b");
    /** Headings that close an article: what follows is about other pages. */
    private static final Pattern END_OF_ARTICLE = Pattern.compile(
            "(?i)^(our )?sources\\b|^related\\b|^more (from|on|in|stories|news|articles|like)\\b|^read (more|next)\\b|^recommended|"
                    + "^comments?\\b|^you (may|might) (also )?like|^trending|^most (read|popular|viewed|shared)|^latest (news|stories|articles)|"
                    + "^tags\\b|^share this|^about the author|^up next|^what to read next|^popular\\b|^editor'?s picks|^top stories|^sign up");
    /** Today's date in a masthead, next to the weather ("71°F Sunday, December 24th 2023"): not the article's. */
    private static final Pattern MASTHEAD_DATE = Pattern.compile("\\d\\s?°\\s?[FC]?\\b");
    /** A byline line ("By Ann Smith", "Written by Ann Smith"), which may carry the date. */
    private static final Pattern DATED_BYLINE = Pattern.compile("^(?:By|BY|Written by)\\s+\\p{Lu}");
    /** A dateline: a publication or update label at the start of a line. */
    private static final Pattern DATELINE = Pattern.compile(
            "(?i)^(?:[*+o#]\\s+)?(?:(?:first |originally )?(?:published|posted)|(updated|last updated|modified))(?:\\s+on)?\\s*:?\\s*");
    /** A standfirst or pull quote ends like a sentence or is a quotation. */
    private static final Pattern DECK_END = Pattern.compile("[.!?…]['\"”’]?$|^['\"“‘].*['\"”’]$");
    /** Breadcrumbs and section trails: "Home News ...", "News / India News / ...", "A | B". */
    private static final Pattern BREADCRUMB = Pattern.compile("(?i)^home\\b|\\s/\\s|\\|");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…\"”’)]$|[.!?][\"”’)]?\\s");

    /** Costs of non-prose blocks inside a body span: a subheading, and a list or widget block (by its words, clamped). */
    private static final int HEADING_COST = 4, OTHER_MIN_COST = 10, OTHER_MAX_COST = 40;

    private LynxDump() {
    }

    /** True for text that has the shape of a text-browser dump: mostly indented, hard-wrapped lines, bullets, widgets. */
    static boolean looksLike(String text) {
        int lines = 0, indented = 0, markers = 0, longest = 0;
        for (String l : text.split("\\R")) {
            if (l.isBlank()) continue;
            lines++;
            longest = Math.max(longest, l.length());
            if (l.startsWith("   ")) indented++;
            String t = l.strip();
            if (t.startsWith("* ") || t.startsWith("(BUTTON)") || t.startsWith("IFRAME:") || t.startsWith("REFRESH(") || t.matches("\\[[^\\]]*\\]")) markers++;
        }
        if (lines >= 15 && indented >= lines * 0.5 && markers >= 3) return true;
        // A page with few links or widgets: still indented text hard-wrapped at the terminal's
        // width, with headings in column 0.
        return lines >= 30 && indented >= lines * 0.8 && indented < lines && longest <= 100;
    }

    /** One unit of the dump: a heading, a paragraph (wrapped lines joined) or a list/widget block. */
    private record Block(Kind kind, String text, int words) {
    }

    /** HEADING: column 0; PROSE: a paragraph; ITEM: a bullet that reads as a sentence; OTHER: menus, widgets. */
    private enum Kind { HEADING, PROSE, ITEM, OTHER }

    static Article extract(String text, Instant now) {
        List<Block> blocks = blocks(text);
        int[] span = bodySpan(blocks);
        Map<String, String> provenance = new LinkedHashMap<>();
        List<String> paragraphs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        if (span != null) {
            for (int i = span[0]; i <= span[1]; i++) {
                Block b = blocks.get(i);
                boolean keep = b.kind() == Kind.PROSE || b.kind() == Kind.ITEM
                        || (b.kind() == Kind.HEADING && b.words() <= 20 && i < span[1]);
                if (keep && seen.add(b.text())) paragraphs.add(b.text());
            }
        }
        int bodyStart = span == null ? blocks.size() : span[0];
        int titleAt = titleIndex(blocks, bodyStart);
        String title = titleAt < 0 ? null : withoutMediaTag(blocks.get(titleAt).text());
        if (title != null) provenance.put("title", "text:heading");
        List<Author> authors = List.of();
        int from = titleAt < 0 ? Math.max(0, bodyStart - 15) : titleAt + 1;
        int to = Math.min(blocks.size(), bodyStart + 2);
        for (int i = from; i < to && authors.isEmpty(); i++) {
            String t = blocks.get(i).text();
            if (t.length() <= 200 && t.matches("(?i)^by\\s+\\S.*")) authors = Bylines.parse(t);
        }
        if (!authors.isEmpty()) provenance.put("authors", "text:byline");
        // The dateline sits between the headline and the body, or a little above the headline;
        // dates written out win over relative ones ("2 hours ago" is usually a neighbouring story).
        List<String> near = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String t = blocks.get(i).text();
            if (MASTHEAD_DATE.matcher(t).find()) continue;
            if (t.length() <= 400) near.add(t);
            else if (blocks.get(i).kind() != Kind.PROSE) {
                // A dump glues a byline and dateline to the standfirst next to it: its ends still count.
                near.add(t.substring(0, 160));
                near.add(t.substring(t.length() - 160));
            }
        }
        for (int i = (titleAt < 0 ? from : titleAt) - 1; i >= 0 && i >= (titleAt < 0 ? from : titleAt) - 15; i--) {
            String t = blocks.get(i).text();
            if (t.length() <= 120 && !MASTHEAD_DATE.matcher(t).find()) near.add(t);
        }
        String published = null;
        // 1. a date the page labels (Published/Updated) around the headline; 2. any date written
        // out there; 3. a labelled date or a dated byline anywhere; 4. a relative date near the headline
        // ("2 hours ago" is usually a neighbouring story, so it comes last).
        for (String t : near) {
            if (published == null) published = DateLabels.labelledPublished(t, now);
        }
        for (String t : near) {
            if (published == null) published = Dates.parseAbsolute(t, now);
        }
        for (int i = 0; published == null && i < blocks.size(); i++) {
            String t = blocks.get(i).text();
            if (t.length() > 400) continue;
            published = DateLabels.publishedIn(t, now, true);
            if (published == null && t.length() <= 160 && t.matches("(?is)^(by|written by)\\s.*")) published = Dates.parseAbsolute(t, now);
        }
        if (published == null) published = labelledLine(text, now);
        for (String t : near) {
            if (published == null) published = Dates.parse(t, now);
        }
        if (published != null) provenance.put("published", "text:dateline");
        return new Article(title, null, null, authors, null, null, published, null, null, paragraphs, provenance, Set.of());
    }

    /**
     * A line of its own that starts with a label and a written-out date ("Published on Dec. 22,
     * 2023", "Updated: August 8, 2023 | 6:51 AM"): the page's dateline, wherever the dump put it
     * (it may be glued to its neighbours in one block). The first "published" line wins, else the
     * first dated byline line, else the first "updated" one, then the only date the page shows.
     */
    static String labelledLine(String text, Instant now) {
        String updated = null, byline = null;
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (line.length() > 120) continue;
            java.util.regex.Matcher m = DATELINE.matcher(line);
            if (!m.find()) {
                // "Written by Ann Smith, Staff Writer Dec. 24, 2023 at 4:00 a.m.": a dated byline.
                if (byline == null && DATED_BYLINE.matcher(line).find()) {
                    String d = Dates.parseAbsolute(line, now);
                    if (d != null) byline = d.substring(0, 10);
                }
                continue;
            }
            Dates.Found f = Dates.findAbsolute(line, now, m.end());
            if (f == null || f.start() - m.end() > 12) continue;
            if (m.group(1) == null) return f.iso().substring(0, 10);
            if (updated == null) updated = f.iso().substring(0, 10);
        }
        return byline != null ? byline : updated;
    }

    private static List<Block> blocks(String text) {
        List<Block> out = new ArrayList<>();
        List<String> current = new ArrayList<>();
        boolean heading = false;
        for (String raw : text.split("\\R")) {
            boolean blank = raw.isBlank();
            boolean col0 = !blank && !Character.isWhitespace(raw.charAt(0));
            boolean item = !blank && ITEM.matcher(raw).matches();
            if (blank || (!current.isEmpty() && (col0 != heading || item))) {
                flush(current, heading, out);
            }
            if (blank) continue;
            if (current.isEmpty()) heading = col0;
            current.add(raw);
            if (item) flush(current, false, out);
        }
        flush(current, heading, out);
        return out;
    }

    private static void flush(List<String> lines, boolean heading, List<Block> out) {
        if (lines.isEmpty()) return;
        StringBuilder sb = new StringBuilder();
        int shortLines = 0;
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).strip();
            if (i < lines.size() - 1 && t.length() < 55) shortLines++;
            if (!sb.isEmpty()) sb.append(' ');
            sb.append(t);
        }
        String text = TextBlocks.squeeze(sb.toString());
        int words = text.isEmpty() ? 0 : text.split("\\s+").length;
        Kind kind;
        if (heading) kind = Kind.HEADING;
        else if (ITEM.matcher(lines.get(0)).matches() && words >= 7 && !WIDGET.matcher(text).find()
                && !BOILERPLATE.matcher(text).find()) {
            kind = Kind.ITEM;
            text = text.replaceFirst("^(?:[*+o#]|\\d{1,3}\\.)\\s+", "");
        }
        else if (ITEM.matcher(lines.get(0)).matches() || WIDGET.matcher(text).find() || shortLines > 1) kind = Kind.OTHER;
        else if (isProse(text, words)) kind = Kind.PROSE;
        else kind = Kind.OTHER;
        out.add(new Block(kind, text, words));
        lines.clear();
    }

    private static boolean isProse(String text, int words) {
        if (words < 6 || text.startsWith("[") || text.contains("  /  ")) return false;
        if (BOILERPLATE.matcher(text).find() && words < 60) return false;
        return SENTENCE_END.matcher(text).find() || words >= 25;
    }

    /** The maximum-sum run of blocks: prose counts its words, everything else costs. */
    private static int[] bodySpan(List<Block> blocks) {
        int bestStart = -1, bestEnd = -1, best = 0, sum = 0, start = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            int value = switch (b.kind()) {
                case PROSE -> b.words();
                case ITEM -> 0; // a sentence-like bullet neither extends a body nor breaks one
                case HEADING -> END_OF_ARTICLE.matcher(b.text()).find() ? -60 : b.words() <= 20 ? -HEADING_COST : -12;
                case OTHER -> -Math.max(OTHER_MIN_COST, Math.min(b.words(), OTHER_MAX_COST));
            };
            if (sum <= 0) {
                sum = 0;
                start = i;
            }
            sum += value;
            if (sum > best) {
                best = sum;
                bestStart = start;
                bestEnd = i;
            }
        }
        if (bestStart < 0) return null;
        while (bestStart <= bestEnd && blocks.get(bestStart).kind() != Kind.PROSE) bestStart++;
        return new int[]{bestStart, bestEnd};
    }

    /**
     * The headline: among the headings (and short title-like lines) before the body, the one whose
     * words the opening of the body repeats most, nearer ones preferred. Decks that end with a full
     * stop, captions, logos and calls to action are not headlines.
     */
    private static int titleIndex(List<Block> blocks, int bodyStart) {
        Set<String> opening = new HashSet<>();
        int taken = 0;
        for (int i = bodyStart; i < blocks.size() && taken < 400; i++) {
            if (blocks.get(i).kind() != Kind.PROSE) continue;
            for (String w : words(blocks.get(i).text())) {
                opening.add(w);
                taken++;
            }
        }
        int best = -1;
        double bestScore = -1;
        int end = Math.min(bodyStart, blocks.size());
        java.util.Map<Integer, double[]> viable = new java.util.HashMap<>(); // index -> {hits, ratio}
        for (int i = end - 1; i >= 0 && i >= end - 150; i--) {
            Block b = blocks.get(i);
            String t = b.text();
            boolean heading = b.kind() == Kind.HEADING;
            if (wordCount(t) < 3 || b.words() > 40 || t.endsWith(":") || NOT_TITLE.matcher(t).find()) continue;
            if (b.words() <= 5 && NAVIGATION.matcher(t).find()) continue;
            if (t.endsWith("…") || t.endsWith("...") || t.contains("http")) continue; // teasers of other stories, links
            if (!heading && (b.words() > 30 || ITEM.matcher(t).matches() || WIDGET.matcher(t).find() || Dates.parse(t) != null)) continue;
            if (!heading && b.kind() == Kind.PROSE && t.endsWith(".")) continue;
            List<String> ws = words(t);
            if (ws.isEmpty()) continue;
            int hits = 0;
            for (String w : ws) if (opening.contains(w)) hits++;
            double score = hits / (double) ws.size() + (heading ? 0.3 : 0) - (end - i) * 0.004
                    - (t.endsWith(".") ? 0.4 : 0);
            viable.put(i, new double[]{hits, hits / (double) ws.size()});
            if (score > bestScore) {
                bestScore = score;
                best = i;
            }
        }
        // A standfirst, pull quote or subheading right under the headline repeats the body's words
        // more than the headline does; when the winner reads as a sentence (it ends like one, or is a
        // quotation), a headline-shaped line just above it is the headline.
        if (best > 0 && DECK_END.matcher(blocks.get(best).text()).find()) {
            String winner = titleKey(blocks.get(best).text());
            for (int j = best - 1; j >= best - 2; j--) {
                double[] v = viable.get(j);
                String t = blocks.get(j).text();
                if (v == null || v[0] < 2 || v[1] < 0.3 || wordCount(t) < 4 || BREADCRUMB.matcher(t).find()) continue;
                String k = titleKey(t);
                if (!k.contains(winner) && !winner.contains(k)) return j;
            }
        }
        return best;
    }

    private static String titleKey(String s) {
        return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** A media tag after a headline: "(video)", "[Watch]", "(PHOTOS)"; it labels the page, not the story. */
    private static final Pattern MEDIA_TAG = Pattern.compile(
            "(?i)\\s*[\\[(](?:video|videos|watch|photos?|pics|gallery|listen|audio|podcast)[\\])]\\s*$");

    static String withoutMediaTag(String title) {
        String t = MEDIA_TAG.matcher(title).replaceFirst("");
        return wordCount(t) >= 3 ? t : title;
    }

    /** Words that hold a letter or digit: a dash or bullet is not a word. */
    private static int wordCount(String t) {
        int n = 0;
        for (String w : t.strip().split("\\s+")) if (w.codePoints().anyMatch(Character::isLetterOrDigit)) n++;
        return n;
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) if (w.length() >= 4) out.add(w);
        return out;
    }
}
