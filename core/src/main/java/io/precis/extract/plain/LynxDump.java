package io.precis.extract.plain;

import io.precis.article.Article;
import io.precis.article.Author;
import io.precis.extract.meta.Bylines;
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
                    + "share (by|on|this)|sharing options|save articles|more from|read more|advertisement|log in|sign in|cookies?\\b|"
                    + "\\bmenu\\b|search|donat|»|feed\\b|^#|^by\\s|skip to|log ?in|\\bshop\\b|\\s>\\s|\\(BUTTON\\)|^pros:|^cons:|nutrition facts)");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…\"”’)]$|[.!?][\"”’)]?\\s");

    private LynxDump() {
    }

    /** True for text that has the shape of a text-browser dump: mostly indented lines, bullets, widgets. */
    static boolean looksLike(String text) {
        int lines = 0, indented = 0, markers = 0;
        for (String l : text.split("\\R")) {
            if (l.isBlank()) continue;
            lines++;
            if (l.startsWith("   ")) indented++;
            String t = l.strip();
            if (t.startsWith("* ") || t.startsWith("(BUTTON)") || t.startsWith("IFRAME:") || t.startsWith("REFRESH(") || t.matches("\\[[^\\]]*\\]")) markers++;
        }
        return lines >= 15 && indented >= lines * 0.5 && markers >= 3;
    }

    /** One unit of the dump: a heading, a paragraph (wrapped lines joined) or a list/widget block. */
    private record Block(Kind kind, String text, int words) {
    }

    private enum Kind { HEADING, PROSE, OTHER }

    static Article extract(String text, Instant now) {
        List<Block> blocks = blocks(text);
        int[] span = bodySpan(blocks);
        Map<String, String> provenance = new LinkedHashMap<>();
        List<String> paragraphs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        if (span != null) {
            for (int i = span[0]; i <= span[1]; i++) {
                Block b = blocks.get(i);
                boolean keep = b.kind() == Kind.PROSE
                        || (b.kind() == Kind.HEADING && b.words() <= 20 && i < span[1]);
                if (keep && seen.add(b.text())) paragraphs.add(b.text());
            }
        }
        int bodyStart = span == null ? blocks.size() : span[0];
        int titleAt = titleIndex(blocks, bodyStart);
        String title = titleAt < 0 ? null : blocks.get(titleAt).text();
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
        for (int i = from; i < to; i++) if (blocks.get(i).text().length() <= 400) near.add(blocks.get(i).text());
        for (int i = (titleAt < 0 ? from : titleAt) - 1; i >= 0 && i >= (titleAt < 0 ? from : titleAt) - 15; i--) {
            if (blocks.get(i).text().length() <= 120) near.add(blocks.get(i).text());
        }
        String published = null;
        for (int pass = 0; pass < 2 && published == null; pass++) {
            for (String t : near) {
                published = pass == 0 ? Dates.parseAbsolute(t, now) : Dates.parse(t, now);
                if (published != null) break;
            }
        }
        if (published != null) provenance.put("published", "text:dateline");
        return new Article(title, null, null, authors, null, null, published, null, null, paragraphs, provenance, Set.of());
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
                case HEADING -> b.words() <= 20 ? -4 : -12;
                case OTHER -> -Math.max(6, Math.min(b.words(), 25));
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
        for (int i = end - 1; i >= 0 && i >= end - 80; i--) {
            Block b = blocks.get(i);
            String t = b.text();
            boolean heading = b.kind() == Kind.HEADING;
            if (b.words() < 3 || b.words() > 40 || t.endsWith(":") || NOT_TITLE.matcher(t).find()) continue;
            if (!heading && (b.words() > 30 || ITEM.matcher(t).matches() || WIDGET.matcher(t).find() || Dates.parse(t) != null)) continue;
            if (!heading && b.kind() == Kind.PROSE && t.endsWith(".")) continue;
            List<String> ws = words(t);
            if (ws.isEmpty()) continue;
            int hits = 0;
            for (String w : ws) if (opening.contains(w)) hits++;
            double score = hits / (double) ws.size() + (heading ? 0.3 : 0) - (end - i) * 0.004
                    - (t.endsWith(".") ? 0.4 : 0);
            if (score > bestScore) {
                bestScore = score;
                best = i;
            }
        }
        return best;
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) if (w.length() >= 4) out.add(w);
        return out;
    }
}
