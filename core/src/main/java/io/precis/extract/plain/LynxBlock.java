package io.precis.extract.plain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One unit of a text-browser dump: a heading (column 0), a paragraph (its wrapped lines joined)
 * or a list/widget block; {@code lines} are the stripped lines it was joined from.
 */
record LynxBlock(Kind kind, String text, int words, List<String> lines) {

    /** HEADING: column 0; PROSE: a paragraph; ITEM: a bullet that reads as a sentence; OTHER: menus, widgets. */
    enum Kind { HEADING, PROSE, ITEM, OTHER }

    static final Pattern ITEM = Pattern.compile("^\\s*(?:[*+o#]|\\d{1,3}\\.)\\s+.*");
    static final Pattern WIDGET = Pattern.compile(
            "(?i)^(?:\\(BUTTON\\)|IFRAME:|REFRESH\\(|\\[[^\\]]*\\]$|_{5,}|Share|Tweet|Email|Facebook|Twitter|LinkedIn|Whatsapp|Pinterest|Reddit|Print|Comments?|Advertisement|ADVERTISEMENT)");
    private static final Pattern KICKER = Pattern.compile("\\p{L}[\\p{L}\\p{N}&'’.\\- ]{0,30}\\s\\|");
    private static final Pattern BOILERPLATE = Pattern.compile(
            "(?i)(copyright|all rights reserved|©|cookie|privacy policy|terms of (use|service)|sign up|subscribe|newsletter|"
                    + "follow us|download the app|log ?in|register|skip to|javascript|your browser)");
    private static final Pattern PARAGRAPH_END = Pattern.compile("\\p{L}{2}[.!?][\"”’)]?$");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…\"”’)]$|[.!?][\"”’)]?\\s");

    /** The dump cut into blocks at blank lines, at changes between column 0 and indented text, and around bullets. */
    static List<LynxBlock> parse(String text) {
        List<LynxBlock> out = new ArrayList<>();
        List<String> current = new ArrayList<>();
        boolean heading = false, afterKicker = false;
        String previous = "";
        for (String raw : text.split("\\R")) {
            boolean blank = raw.isBlank();
            boolean item = !blank && ITEM.matcher(raw).matches();
            boolean col0 = !blank && (!Character.isWhitespace(raw.charAt(0)) || (heading && !item && !current.isEmpty() && centredContinuation(previous, raw)));
            previous = raw;
            boolean kicker = !blank && KICKER.matcher(raw.strip()).matches();
            if (blank || (!current.isEmpty() && (col0 != heading || item || kicker || afterKicker))) {
                flush(current, heading, out);
            }
            if (blank) continue;
            if (current.isEmpty()) heading = col0;
            current.add(raw);
            // A kicker ("Politics |") stands on its own line above the headline, which the dump
            // glues to the caption under it: the kicker and the line after it are blocks of their own.
            // The line after a kicker keeps its column's meaning: a headline in column 0 is still a heading.
            if (item || kicker || afterKicker) flush(current, !item && !kicker && heading, out);
            afterKicker = kicker;
        }
        flush(current, heading, out);
        return out;
    }

    /**
     * A centred heading too long for the screen: the browser wraps it and centres what is left, so
     * the first line fills column 0 and the next is indented by half of what it lacks of the first's
     * width ("...Recipes to Make" / "          It Happen"). Body text is indented by a few fixed columns.
     */
    static boolean centredContinuation(String above, String line) {
        if (above.isBlank() || Character.isWhitespace(above.charAt(0))) return false;
        String t = line.strip();
        int indent = line.indexOf(t), width = above.stripTrailing().length();
        return indent >= 8 && width >= 60 && Math.abs(indent - (width - t.length()) / 2.0) <= 3;
    }

    private static void flush(List<String> lines, boolean heading, List<LynxBlock> out) {
        if (lines.isEmpty()) return;
        StringBuilder sb = new StringBuilder();
        List<String> stripped = new ArrayList<>();
        int shortLines = 0, paragraphEnds = 0;
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).strip();
            stripped.add(t);
            if (i < lines.size() - 1 && t.length() < 55) {
                shortLines++;
                if (PARAGRAPH_END.matcher(t).find()) paragraphEnds++;
            }
            if (!sb.isEmpty()) sb.append(' ');
            sb.append(t);
        }
        // Short lines make a menu or a caption stack; but where a site sets its paragraphs without
        // blank lines between them, the dump joins them into one block whose short lines end sentences.
        if (paragraphEnds >= 2) shortLines -= paragraphEnds;
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
        out.add(new LynxBlock(kind, text, words, List.copyOf(stripped)));
        lines.clear();
    }

    private static boolean isProse(String text, int words) {
        if (words < 6 || text.startsWith("[") || text.contains("  /  ")) return false;
        if (BOILERPLATE.matcher(text).find() && words < 60) return false;
        return SENTENCE_END.matcher(text).find() || words >= 25;
    }
}
