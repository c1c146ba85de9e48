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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The layout news aggregators export articles in (the project's seed article): title; "Source
 * -Mon DDth YYYY"; the credit line (authors with their datelines); a sharing notice and the URL,
 * repeated through the body; and a "Read more on original:" trailer.
 */
final class AggregatorLayout {
    private static final Pattern SOURCE_DATE = Pattern.compile("^(.{2,200}?)\\s*[-–—|]\\s*(\\p{L}{3,9}\\.? ?\\d{1,2}(?:st|nd|rd|th)?,? ?\\d{4}|\\d{4}-\\d{2}-\\d{2}.*)$");

    private AggregatorLayout() {
    }

    /** True when the second line is "Source -Date". */
    static boolean matches(List<String> lines) {
        return lines.size() >= 3 && sourceDate(lines.get(1), null) != null;
    }

    /** {source, date}, the date null when it is later than {@code now}; null when the line is no "Source -Date". */
    private static String[] sourceDate(String line, Instant now) {
        Matcher m = SOURCE_DATE.matcher(line);
        if (!m.matches() || Dates.parse(m.group(2), null) == null) return null;
        return new String[]{m.group(1).strip(), Dates.parse(m.group(2), now)};
    }

    static Article extract(List<String> lines, Instant now) {
        Map<String, String> provenance = new LinkedHashMap<>();
        String title = lines.get(0);
        provenance.put("title", "text:first-line");
        String[] sd = sourceDate(lines.get(1), now);
        provenance.put("source", "text:source-line");
        if (sd[1] != null) provenance.put("published", "text:source-line");
        int i = 2;
        List<Author> authors = List.of();
        if (isCreditLine(lines, i)) {
            authors = Bylines.credits(lines.get(i++));
            if (!authors.isEmpty()) provenance.put("authors", "text:credit-line");
        }
        String url = null;
        List<String> paragraphs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (; i < lines.size(); i++) {
            String l = lines.get(i);
            if (PlainPatterns.BARE_URL.matcher(l).matches()) {
                if (url == null) {
                    url = PlainPatterns.url(l);
                    provenance.put("url", "text:url-line");
                }
                continue;
            }
            if (PlainPatterns.isBoilerplate(l) || !seen.add(l)) continue;
            paragraphs.add(l);
        }
        return new Article(title, null, null, authors, sd[0], url, sd[1], null, null, paragraphs, provenance, Set.of());
    }

    /** The third line credits authors when it is short and the notice or URL follows, or it reads as names. */
    private static boolean isCreditLine(List<String> lines, int i) {
        if (i >= lines.size()) return false;
        String l = lines.get(i);
        if (l.length() > 150 || PlainPatterns.BARE_URL.matcher(l).matches() || PlainPatterns.isBoilerplate(l)) return false;
        if (Bylines.looksLikeByline(l)) return true;
        if (i + 1 >= lines.size()) return false;
        String next = lines.get(i + 1);
        return PlainPatterns.BARE_URL.matcher(next).matches() || PlainPatterns.SHARING_NOTICE.matcher(next).matches();
    }
}
