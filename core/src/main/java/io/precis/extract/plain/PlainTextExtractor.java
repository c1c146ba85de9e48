package io.precis.extract.plain;

import io.precis.article.Article;
import io.precis.article.Author;
import io.precis.article.Document;
import io.precis.extract.meta.Bylines;
import io.precis.extract.meta.Dates;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text as people save or paste it. The aggregator layout (title; "Source -Mon DDth YYYY";
 * byline; sharing notice; URL; body with the notice repeated; "Read more on original:" trailer).
 */
public final class PlainTextExtractor {
    private static final Pattern SOURCE_DATE = Pattern.compile("^(.{2,80}?)\\s*-\\s*(\\p{L}{3,9}\\.? ?\\d{1,2}(?:st|nd|rd|th)?,? ?\\d{4})$");
    private static final Pattern BARE_URL = Pattern.compile("^(?:<)?https?://\\S+?(?:>)?$");
    private static final Pattern TRAILER = Pattern.compile("(?i)^(read more on original|read more|read the original|continue reading)\\s*:?$");
    private static final Pattern SHARING_NOTICE = Pattern.compile("(?i)^please use the sharing tools .*|.*copying articles to share with others is a breach.*");

    public Article extract(Document doc) {
        List<String> lines = new ArrayList<>();
        for (String line : doc.text().split("\\R")) {
            String t = line.strip();
            if (!t.isEmpty()) lines.add(t);
        }
        Map<String, String> provenance = new LinkedHashMap<>();
        String title = null, source = null, published = null, url = null;
        List<Author> authors = List.of();
        int i = 0;
        if (i < lines.size()) {
            title = lines.get(i++);
            provenance.put("title", "text:first-line");
        }
        if (i < lines.size()) {
            Matcher m = SOURCE_DATE.matcher(lines.get(i));
            if (m.matches() && Dates.parse(m.group(2)) != null) {
                source = m.group(1).strip();
                published = Dates.parse(m.group(2));
                provenance.put("source", "text:source-line");
                provenance.put("published", "text:source-line");
                i++;
            }
        }
        if (i < lines.size() && Bylines.looksLikeByline(lines.get(i))) {
            authors = Bylines.parse(lines.get(i++));
            provenance.put("authors", "byline");
        }
        Map<String, Integer> seen = new HashMap<>();
        for (String l : lines) seen.merge(l, 1, Integer::sum);
        List<String> paragraphs = new ArrayList<>();
        for (; i < lines.size(); i++) {
            String l = lines.get(i);
            if (BARE_URL.matcher(l).matches()) {
                if (url == null) {
                    url = l.replaceAll("^<|>$", "");
                    provenance.put("url", "text:url-line");
                }
                continue;
            }
            if (TRAILER.matcher(l).matches() || SHARING_NOTICE.matcher(l).matches()) continue;
            if (seen.get(l) > 1 && paragraphs.contains(l)) continue;
            paragraphs.add(l);
        }
        return new Article(title, null, null, authors, source, url, published, null, null,
                paragraphs, provenance, Set.of());
    }
}
