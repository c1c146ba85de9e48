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
        String published = null;
        List<Author> authors = List.of();
        int from = titleAt < 0 ? Math.max(0, bodyStart - 15) : titleAt + 1;
        for (int i = from; i < bodyStart && i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.text().length() > 200) continue;
            if (authors.isEmpty() && b.text().matches("(?i)^by\\s+\\S.*")) {
                authors = Bylines.parse(b.text());
                if (!authors.isEmpty()) provenance.put("authors", "text:byline");
            }
            if (published == null) {
                published = Dates.parse(b.text(), now);
                if (published != null) provenance.put("published", "text:dateline");
            }
        }
        for (int i = titleAt - 1; published == null && titleAt > 0 && i >= Math.max(0, titleAt - 4); i--) {
            Block b = blocks.get(i);
            if (b.text().length() <= 120) {
                published = Dates.parse(b.text(), now);
                if (published != null) provenance.put("published", "text:dateline");
            }
        }
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

    /** The last heading of at least three words before the body, else the nearest short line that reads as one. */
    private static int titleIndex(List<Block> blocks, int bodyStart) {
        for (int i = Math.min(bodyStart, blocks.size()) - 1; i >= 0 && i >= bodyStart - 60; i--) {
            Block b = blocks.get(i);
            if (b.kind() == Kind.HEADING && b.words() >= 3 && b.words() <= 40 && !b.text().endsWith(":")) return i;
        }
        for (int i = Math.min(bodyStart, blocks.size()) - 1; i >= 0 && i >= bodyStart - 8; i--) {
            Block b = blocks.get(i);
            if (b.kind() != Kind.PROSE && b.words() >= 4 && b.words() <= 30 && !WIDGET.matcher(b.text()).find()
                    && !b.text().toLowerCase().startsWith("by ") && Dates.parse(b.text()) == null) return i;
        }
        return -1;
    }
}
