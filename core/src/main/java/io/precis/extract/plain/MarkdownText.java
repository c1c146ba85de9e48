package io.precis.extract.plain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Markdown to the text a reader sees: links and images to their text, emphasis, heading marks,
 * quote marks and list bullets removed, code blocks and raw HTML tags dropped. Line structure
 * (and so paragraphs) is kept; the first level-one heading is reported as the title.
 */
final class MarkdownText {
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*\\]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\]\\([^)]*\\)");
    private static final Pattern REF_LINK = Pattern.compile("\\[([^\\]]+)\\]\\[[^\\]]*\\]");
    private static final Pattern AUTOLINK = Pattern.compile("<(https?://[^>]+)>");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__|~~)(\\S(?:.*?\\S)?)\\1|(?<![\\w*])([*_])(\\S(?:.*?\\S)?)\\3(?![\\w*])");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^>]*>");
    private static final Pattern LINK_DEFINITION = Pattern.compile("^\\s{0,3}\\[[^\\]]+\\]:\\s+\\S+.*$");

    private MarkdownText() {
    }

    /** The plain text and the first "# " heading (or null). */
    record Converted(String text, String title) {
    }

    static Converted convert(String markdown) {
        List<String> out = new ArrayList<>();
        String title = null;
        boolean inFence = false;
        String[] lines = markdown.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) {
                inFence = !inFence;
                continue;
            }
            if (inFence || LINK_DEFINITION.matcher(line).matches()) continue;
            if (line.strip().matches("([-*_])(\\s*\\1){2,}")) {
                out.add("");
                continue;
            }
            // setext headings: the underline goes, the text stays
            if (line.strip().matches("=+|-+") && i > 0 && !lines[i - 1].isBlank()) {
                if (title == null && line.strip().startsWith("=")) title = inline(lines[i - 1].strip());
                continue;
            }
            String t = line;
            if (t.matches("^\\s{0,3}#{1,6}\\s.*")) {
                t = t.replaceFirst("^\\s{0,3}(#{1,6})\\s+", "").replaceFirst("\\s+#+\\s*$", "");
                if (title == null && line.strip().startsWith("# ")) {
                    title = inline(t.strip());
                    out.add("");
                    continue;
                }
                out.add("");
                out.add(inline(t.strip()));
                out.add("");
                continue;
            }
            t = t.replaceFirst("^\\s{0,3}>\\s?", "").replaceFirst("^\\s*(?:[-*+]|\\d{1,3}[.)])\\s+", "");
            out.add(inline(t));
        }
        return new Converted(String.join("\n", out), title);
    }

    static String inline(String s) {
        String t = IMAGE.matcher(s).replaceAll("");
        t = LINK.matcher(t).replaceAll("$1");
        t = REF_LINK.matcher(t).replaceAll("$1");
        t = AUTOLINK.matcher(t).replaceAll("$1");
        t = CODE.matcher(t).replaceAll("$1");
        for (int i = 0; i < 2; i++) t = EMPHASIS.matcher(t).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(2) != null ? m.group(2) : m.group(4)));
        t = TAG.matcher(t).replaceAll("");
        return t.replace("\\*", "*").replace("\\_", "_").replace("\\#", "#");
    }
}
