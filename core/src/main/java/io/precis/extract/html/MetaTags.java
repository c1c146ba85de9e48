package io.precis.extract.html;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A page's {@code <meta>} values by lower-case name, property, itemprop or http-equiv, read once: OpenGraph,
 * Twitter cards, Dublin Core, Parse.ly, Sailthru, Highwire (citation_*), plain names and the HTTP headers a
 * page repeats (date, last-modified, content-language) alike.
 */
final class MetaTags {
    private static final Evaluator WITH_CONTENT = QueryParser.parse("meta[content]");
    private final Map<String, List<String>> values = new HashMap<>();

    MetaTags(PageIndex index) {
        for (Element meta : index.select("meta", WITH_CONTENT)) {
            String content = meta.attr("content").strip();
            if (content.isEmpty()) continue;
            for (String attr : new String[]{"property", "name", "itemprop", "http-equiv"}) {
                String key = dublinCoreDotted(meta.attr(attr).strip().toLowerCase(Locale.ROOT));
                if (!key.isEmpty()) values.computeIfAbsent(key, k -> new ArrayList<>()).add(content);
            }
        }
    }

    /**
     * Dublin Core is written "dc.creator" / "dcterms.issued" in meta names and "dc:creator" /
     * "dcterms:issued" in RDFa properties; both are the same term, looked up in the dotted form.
     */
    static String dublinCoreDotted(String key) {
        if (key.startsWith("dc:")) return "dc." + key.substring(3);
        if (key.startsWith("dcterms:")) return "dcterms." + key.substring(8);
        return key;
    }

    /** The first value of the first of these names that the page has, or null. */
    String first(String... names) {
        for (String n : names) {
            List<String> v = values.get(n);
            if (v != null && !v.isEmpty()) return v.get(0);
        }
        return null;
    }

    /** Every value of every name. */
    List<String> values() {
        List<String> all = new ArrayList<>();
        values.values().forEach(all::addAll);
        return all;
    }

    /** Every value of this name, in page order. */
    List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }
}
