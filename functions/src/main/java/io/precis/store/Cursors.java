package io.precis.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.precis.json.ArticleJson;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Opaque page cursors: DynamoDB's LastEvaluatedKey with the listing it belongs to, as base64url JSON.
 * Decoding checks that the cursor has exactly the keys of that index and belongs to the same
 * listing, so a cursor from another query or an edited one is refused rather than silently misread.
 */
final class Cursors {
    private Cursors() {
    }

    static String encode(ListQuery q, Map<String, AttributeValue> lastKey) {
        if (lastKey == null || lastKey.isEmpty()) return null;
        ObjectNode n = ArticleJson.MAPPER.createObjectNode();
        n.put("i", q.index().indexName);
        n.put("f", q.from());
        n.put("t", q.to());
        ObjectNode k = n.putObject("k");
        lastKey.forEach((name, v) -> k.put(name, v.s()));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(n.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    static Map<String, AttributeValue> decode(ListQuery q, String partitionValue) {
        if (q.cursor() == null) return null;
        JsonNode n;
        try {
            byte[] json = Base64.getUrlDecoder().decode(q.cursor());
            n = ArticleJson.MAPPER.readTree(new String(json, StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new InvalidCursorException("not a cursor issued by this API");
        }
        if (n == null || !q.index().indexName.equals(n.path("i").asText())) {
            throw new InvalidCursorException("it belongs to another listing");
        }
        if (!java.util.Objects.equals(q.from(), text(n, "f")) || !java.util.Objects.equals(q.to(), text(n, "t"))) {
            throw new InvalidCursorException("it belongs to another date range");
        }
        JsonNode k = n.path("k");
        Set<String> expected = Set.of(Keys.PK, Keys.SK, q.index().partitionKey, q.index().sortKey);
        Map<String, AttributeValue> key = new HashMap<>();
        k.properties().forEach(e -> key.put(e.getKey(), AttributeValue.fromS(e.getValue().asText())));
        if (!key.keySet().equals(expected) || !k.properties().stream().allMatch(e -> e.getValue().isTextual())) {
            throw new InvalidCursorException("malformed");
        }
        if (!key.get(q.index().partitionKey).s().equals(partitionValue)) {
            throw new InvalidCursorException("it belongs to another query");
        }
        if (!key.get(Keys.PK).s().matches("ART#[0-9a-f]{24}")
                || !(key.get(Keys.SK).s().equals(Keys.RECORD_SK) || key.get(Keys.SK).s().startsWith(Keys.AUTHOR_SK_PREFIX))) {
            throw new InvalidCursorException("malformed");
        }
        return key;
    }
}
