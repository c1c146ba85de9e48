package io.precis.extract;

import io.precis.article.Format;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Detects the format from the content; the file name only breaks ties between text and Markdown.
 * HTML is recognised by its document structure even behind leading junk (server warnings, BOM-less
 * XML prologues, comments), or by a density of closing tags; Markdown by at least two distinct
 * Markdown constructs (front matter, ATX headings, links, emphasis, fenced code, list items).
 */
public final class FormatDetector {
    private static final int HEAD = 65_536;
    private static final Pattern HTML_START = Pattern.compile(
            "^\\s*(<!--.*?-->\\s*)*(<\\?xml[^>]*>\\s*)?(<!doctype\\s+html|<html|<head|<body|<meta|<title)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern HTML_STRUCTURE = Pattern.compile("(?i)<!doctype\\s+html|<html[\\s>]|<head[\\s>]|<body[\\s>]");
    private static final Pattern HTML_TAGS = Pattern.compile(
            "</(p|div|span|a|b|i|em|strong|body|html|article|section|h[1-6]|li|ul|table|td|tr|script|title)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern[] MARKDOWN = {
            Pattern.compile("\\A(?:\\uFEFF)?---\\s*\\R[\\s\\S]*?\\R(?:---|\\.\\.\\.)\\s*(?:\\R|\\z)"),
            Pattern.compile("(?m)^#{1,6} \\S"),
            Pattern.compile("\\[[^\\]\\n]+\\]\\([^)\\s]+[^)]*\\)"),
            Pattern.compile("(\\*\\*|__)[^*_\\n]+\\1"),
            Pattern.compile("(?m)^```"),
            Pattern.compile("(?m)^\\s{0,3}[-*+] \\S.*\\R\\s{0,3}[-*+] \\S"),
            Pattern.compile("(?m)^\\s{0,3}> \\S"),
            Pattern.compile("(?m)^\\S.*\\R(?:=+|-+)\\s*$")};

    private FormatDetector() {
    }

    public static Format detect(String text, String fileName) {
        String head = text.length() > HEAD ? text.substring(0, HEAD) : text;
        if (HTML_START.matcher(head).find()) return Format.HTML;
        int tags = countMatches(HTML_TAGS, head, 50);
        // Servers print warnings or style sheets before the document starts: root tags further in still say HTML.
        if (HTML_STRUCTURE.matcher(head).find() && tags >= 3) return Format.HTML;
        if (tags >= 10) return Format.HTML;
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        // A fragment saved as a web page ("<div><p>...</p></div>" from a CMS or a copied post) has no root tag
        // and few elements; its name and any element closed in it say HTML, or the markup would be read as text.
        if (tags >= 1 && isHtmlName(name)) return Format.HTML;
        if (name.endsWith(".md") || name.endsWith(".markdown")) return Format.MARKDOWN;
        int constructs = 0;
        for (Pattern p : MARKDOWN) if (p.matcher(head).find()) constructs++;
        if (MARKDOWN[0].matcher(head).lookingAt()) constructs++;
        return constructs >= 2 ? Format.MARKDOWN : Format.TEXT;
    }

    private static boolean isHtmlName(String name) {
        return name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml");
    }

    private static int countMatches(Pattern p, String text, int max) {
        var m = p.matcher(text);
        int n = 0;
        while (m.find() && n < max) n++;
        return n;
    }
}
