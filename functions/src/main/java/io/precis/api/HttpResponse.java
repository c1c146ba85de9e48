package io.precis.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.precis.json.ArticleJson;

/**
 * A response in the HTTP API payload format 2.0 shape.
 *
 * @param status      HTTP status
 * @param contentType media type of the body
 * @param body        the JSON body
 */
public record HttpResponse(int status, String contentType, JsonNode body) {

    public static HttpResponse json(int status, JsonNode body) {
        return new HttpResponse(status, "application/json", body);
    }

    /** RFC 9457 problem details. */
    public static HttpResponse problem(int status, String title, String detail, String instance) {
        ObjectNode n = ArticleJson.MAPPER.createObjectNode();
        n.put("type", "about:blank");
        n.put("title", title);
        n.put("status", status);
        n.put("detail", detail);
        if (instance != null) n.put("instance", instance);
        return new HttpResponse(status, "application/problem+json", n);
    }

    public ObjectNode toEvent() {
        ObjectNode n = ArticleJson.MAPPER.createObjectNode();
        n.put("statusCode", status);
        n.putObject("headers").put("content-type", contentType).put("cache-control", "no-store");
        n.put("body", body.toString());
        n.put("isBase64Encoded", false);
        return n;
    }
}
