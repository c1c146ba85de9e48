package io.precis.extract;

import io.precis.article.Format;

import java.util.Locale;
import java.util.regex.Pattern;

/** Detects the format from the content; the file name only decides between text and Markdown. */
public final class FormatDetector {
    private static final Pattern HTML_START = Pattern.compile(
            "^\\s*(<!--.*?-->\\s*)*(<\\?xml[^>]*>\\s*)?(<!doctype\\s+html|<html|<head|<body|<meta|<title)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /** Servers print warnings or style sheets before the document starts; its root tags still say HTML. */
    private static final Pattern HTML_ROOT_TAG = Pattern.compile(
            "<!doctype\\s+html|<html[\\s>]|<head>|<body[\\s>]", Pattern.CASE_INSENSITIVE);
    private static final int ROOT_TAG_WINDOW = 65536;
    private static final Pattern HTML_TAGS = Pattern.compile(
            "</(p|div|span|a|body|html|article|section|h[1-6]|li|table|script)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern MARKDOWN = Pattern.compile(
            "(?m)(\\A---\\s*\\n[\\s\\S]*?\\n---\\s*$)|(^#{1,6} \\S)|(^\\[[^\\]]+\\]\\([^)]+\\))|(\\*\\*[^*\\n]+\\*\\*)");

    private FormatDetector() {
    }

    public static Format detect(String text, String fileName) {
        String head = text.length() > 4096 ? text.substring(0, 4096) : text;
        if (HTML_START.matcher(head).find()) return Format.HTML;
        if (countMatches(HTML_TAGS, head) >= 3) return Format.HTML;
        if (HTML_ROOT_TAG.matcher(text).region(0, Math.min(text.length(), ROOT_TAG_WINDOW)).find()) return Format.HTML;
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".md") || name.endsWith(".markdown")) return Format.MARKDOWN;
        if (countMatches(MARKDOWN, head) >= 2) return Format.MARKDOWN;
        return Format.TEXT;
    }

    private static int countMatches(Pattern p, String text) {
        var m = p.matcher(text);
        int n = 0;
        while (m.find() && n < 10) n++;
        return n;
    }
}
