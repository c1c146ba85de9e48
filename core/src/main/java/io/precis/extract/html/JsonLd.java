package io.precis.extract.html;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The schema.org article a page describes in JSON-LD: every {@code application/ld+json} block,
 * arrays and {@code @graph}s flattened, the first node typed as an article (NewsArticle, BlogPosting,
 * ...) preferred over a plain WebPage. Malformed blocks, which are common, are skipped.
 */
final class JsonLd {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
            .build();
    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "blogposting", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "scholarlyarticle",
            "techarticle", "socialmediaposting", "liveblogposting", "report", "posting", "review", "medicalwebpage");
    private static final Set<String> PAGE_TYPES = Set.of("webpage", "itempage", "aboutpage", "collectionpage");

    private final JsonNode article;
    private final JsonNode page;
    private final List<JsonNode> nodes;

    private JsonLd(JsonNode article, JsonNode page, List<JsonNode> nodes) {
        this.article = article;
        this.page = page;
        this.nodes = nodes;
    }

    private static final Evaluator JSON_LD = QueryParser.parse("script[type~=(?i)application/ld\\+json]");

    static JsonLd of(PageIndex index) {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element script : index.select("script", JSON_LD)) {
            try {
                JsonNode root = JSON.readTree(script.data().strip());
                if (root != null) flatten(root, nodes, 0);
            } catch (Exception e) {
                // a broken block says nothing; the others may
            }
        }
        JsonNode article = null, page = null;
        for (JsonNode n : nodes) {
            if (article == null && hasType(n, ARTICLE_TYPES)) article = n;
            if (page == null && hasType(n, PAGE_TYPES)) page = n;
        }
        return new JsonLd(article, page, nodes);
    }

    private static void flatten(JsonNode n, List<JsonNode> out, int depth) {
        if (depth > 6 || n == null) return;
        if (n.isArray()) {
            for (JsonNode c : n) flatten(c, out, depth + 1);
        } else if (n.isObject()) {
            out.add(n);
            if (n.has("@graph")) flatten(n.get("@graph"), out, depth + 1);
            if (n.has("mainEntity")) flatten(n.get("mainEntity"), out, depth + 1);
        }
    }

    static boolean hasType(JsonNode n, Set<String> types) {
        JsonNode t = n.get("@type");
        if (t == null) return false;
        if (t.isArray()) {
            for (JsonNode x : t) if (types.contains(x.asText().toLowerCase(Locale.ROOT))) return true;
            return false;
        }
        return types.contains(t.asText().toLowerCase(Locale.ROOT));
    }

    /** A text property of the article node, else of the page node. */
    String text(String field) {
        String v = text(article, field);
        return v != null ? v : text(page, field);
    }

    /** A text property of the article node only. */
    String articleText(String field) {
        return text(article, field);
    }

    boolean hasArticle() {
        return article != null;
    }

    private static String text(JsonNode n, String field) {
        if (n == null) return null;
        JsonNode v = n.get(field);
        if (v == null) return null;
        if (v.isArray() && !v.isEmpty()) v = v.get(0);
        if (v.isObject()) v = v.has("@value") ? v.get("@value") : v.get("name");
        if (v == null || !v.isValueNode()) return null;
        String s = org.jsoup.parser.Parser.unescapeEntities(v.asText(), false).strip();
        return s.isEmpty() ? null : s;
    }

    /** People credited by the article: author (string, object or array) that are not organisations. */
    List<String> authors() {
        List<String> names = new ArrayList<>();
        JsonNode a = article == null ? null : article.get("author");
        if (a == null && article == null && page != null) a = page.get("author");
        if (a == null) a = article == null ? null : article.get("creator");
        collectPeople(a, names);
        return names;
    }

    private void collectPeople(JsonNode a, List<String> names) {
        if (a == null) return;
        if (a.isArray()) {
            for (JsonNode x : a) collectPeople(x, names);
        } else if (a.isTextual()) {
            if (!a.asText().isBlank()) names.add(a.asText().strip());
        } else if (a.isObject()) {
            if (hasType(a, Set.of("organization", "newsmediaorganization", "corporation"))) return;
            JsonNode name = a.get("name");
            if (name == null && a.has("@id")) {
                JsonNode resolved = byId(a.get("@id").asText());
                if (resolved != null && resolved != a) {
                    collectPeople(resolved, names);
                    return;
                }
            }
            if (name != null && name.isObject()) {
                collectPeople(name, names); // "name": {"@type": "Person", "name": "..."}: the person nested once more
                return;
            }
            if (name == null) {
                String parts = partsOfName(a);
                if (parts != null) names.add(parts);
                return;
            }
            if (name.isArray()) {
                // "name": ["A", "B"]: one Person node listing several people.
                for (JsonNode n : name) if (n.isTextual() && !n.asText().isBlank()) names.add(n.asText().strip());
                return;
            }
            if (name != null && name.isValueNode() && !name.asText().isBlank()) names.add(name.asText().strip());
        }
    }

    /**
     * A Person written in parts, with no "name": givenName, additionalName (a middle name) and familyName, in
     * that order. Null without both a given and a family name: one of them alone is rarely how a byline reads.
     */
    private static String partsOfName(JsonNode person) {
        String given = text(person, "givenName"), family = text(person, "familyName");
        if (given == null || family == null) return null;
        String middle = text(person, "additionalName");
        return middle == null ? given + " " + family : given + " " + middle + " " + family;
    }

    private JsonNode byId(String id) {
        for (JsonNode n : nodes) {
            JsonNode i = n.get("@id");
            if (i != null && i.asText().equals(id) && n.has("name")) return n;
        }
        return null;
    }

    /** The publisher's name (or the WebSite node's name). */
    String publisher() {
        for (JsonNode n : new JsonNode[]{article, page}) {
            if (n == null) continue;
            JsonNode p = n.get("publisher");
            if (p != null && p.isArray() && !p.isEmpty()) p = p.get(0);
            if (p != null && p.isObject()) {
                String name = text(p, "name");
                if (name == null && p.has("@id")) name = text(byId(p.get("@id").asText()), "name");
                if (name != null) return name;
            }
            if (p != null && p.isTextual()) return p.asText().strip();
        }
        for (JsonNode n : nodes) if (hasType(n, Set.of("website"))) return text(n, "name");
        return null;
    }

    /** The article's own URL (url, or mainEntityOfPage's @id). */
    String url() {
        String u = text(article, "url");
        if (u == null && article != null) {
            JsonNode m = article.get("mainEntityOfPage");
            if (m != null && m.isObject()) u = text(m, "@id");
            else if (m != null && m.isTextual()) u = m.asText();
        }
        return u;
    }
}
