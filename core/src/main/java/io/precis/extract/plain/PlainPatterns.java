package io.precis.extract.plain;

import java.util.regex.Pattern;

/** Lines of pasted text that are not the article: URLs on their own, sharing notices, trailers, ad slots. */
final class PlainPatterns {
    static final Pattern BARE_URL = Pattern.compile("^(?:(?:source|url|link|original|canonical)\\s*:\\s*)?<?(https?://\\S+?)>?$", Pattern.CASE_INSENSITIVE);
    static final Pattern TRAILER = Pattern.compile(
            "(?i)^(read more on original|read more|read the original|read the full (story|article)|continue reading|"
                    + "view original|original article|source|share this( article| story)?|advertisement|"
                    + "story continues below( advertisement)?|related( articles| stories)?)\\s*:?\\s*(here)?\\.?$");
    static final Pattern SHARING_NOTICE = Pattern.compile(
            "(?i)^please use the sharing tools .*|.*copying articles to share with others is a breach.*");

    private PlainPatterns() {
    }

    static boolean isBoilerplate(String line) {
        return TRAILER.matcher(line).matches() || SHARING_NOTICE.matcher(line).matches();
    }

    static String url(String line) {
        var m = BARE_URL.matcher(line.strip());
        return m.matches() ? m.group(1) : null;
    }
}
