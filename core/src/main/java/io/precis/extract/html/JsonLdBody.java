package io.precis.extract.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The schema.org {@code articleBody} a page carries in JSON-LD, used when the markup gives much less text
 * (pages that render their body with scripts, or hide it in markup we read as boilerplate).
 */
final class JsonLdBody {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The markup's text must reach this share of articleBody's length, or articleBody wins. */
    private static final double MIN_SHARE = 0.5;
    private static final int MIN_CHARS = 200;
    private static final double MAX_LINK_DENSITY = 0.5;
    /** Compiled once: a plain-text articleBody is split into many paragraphs, each collapsed. */
    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\n\\s*");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private JsonLdBody() {
    }

    private static final Evaluator JSON_LD = QueryParser.parse("script[type=application/ld+json]");

    static List<String> orElse(PageIndex index, List<String> paragraphs) {
        int chars = 0;
        for (String p : paragraphs) chars += p.length();
        String body = null;
        for (Element script : index.select("script", JSON_LD)) {
            String found = articleBody(script.data());
            if (found != null && (body == null || found.length() > body.length())) body = found;
        }
        if (body == null) return paragraphs;
        List<String> fromJson = paragraphsOf(body);
        int jsonChars = 0;
        for (String p : fromJson) jsonChars += p.length();
        if (jsonChars < MIN_CHARS || chars >= MIN_SHARE * jsonChars) return paragraphs;
        return fromJson;
    }

    /** articleBody as paragraphs: plain text split at line breaks, or, when CMSs put markup in it, its blocks. */
    private static List<String> paragraphsOf(String body) {
        List<String> out = new ArrayList<>();
        if (body.indexOf('<') >= 0 && body.indexOf('>') > 0) {
            for (Block b : BlockWalker.blocks(Jsoup.parseBodyFragment(body).body())) {
                if (b.linkDensity() <= MAX_LINK_DENSITY) out.add(b.text());
            }
            return out;
        }
        for (String p : LINE_BREAK.split(body)) {
            String t = WHITESPACE.matcher(p).replaceAll(" ").strip();
            if (!t.isEmpty()) out.add(t);
        }
        return out;
    }

    private static String articleBody(String json) {
        try {
            return find(JSON.readTree(json));
        } catch (Exception e) {
            return null; // malformed JSON-LD is common; it just gives no body
        }
    }

    private static String find(JsonNode n) {
        if (n == null) return null;
        if (n.isObject()) {
            JsonNode b = n.get("articleBody");
            if (b != null && b.isTextual() && !b.asText().isBlank()) return b.asText();
            for (JsonNode child : n) {
                String s = find(child);
                if (s != null) return s;
            }
        } else if (n.isArray()) {
            for (JsonNode child : n) {
                String s = find(child);
                if (s != null) return s;
            }
        }
        return null;
    }
}
