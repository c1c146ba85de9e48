package io.precis.api;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.Map;

/**
 * The parts of an API Gateway HTTP API (payload format 2.0) event that routing needs.
 *
 * @param method    HTTP method, upper case
 * @param path      the raw path ("/articles/abc")
 * @param query     query string parameters (API Gateway joins repeated ones with commas)
 * @param requestId API Gateway's request id, for logs and problem responses
 */
public record HttpRequest(String method, String path, Map<String, String> query, String requestId) {
    public HttpRequest {
        query = Map.copyOf(query);
    }

    public static HttpRequest fromEvent(JsonNode event) {
        JsonNode http = event.path("requestContext").path("http");
        String method = http.path("method").asText("GET");
        String path = event.hasNonNull("rawPath") ? event.get("rawPath").asText() : http.path("path").asText("/");
        Map<String, String> query = new HashMap<>();
        event.path("queryStringParameters").properties().forEach(e -> query.put(e.getKey(), e.getValue().asText()));
        return new HttpRequest(method, path, query, event.path("requestContext").path("requestId").asText(null));
    }
}
