package io.precis.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.precis.api.QueryHandler;
import io.precis.json.ArticleJson;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves the HTTP API routes of template.yaml on a loopback port the way API Gateway does: each
 * request becomes a payload format 2.0 event for the same {@link QueryHandler} code, and requests
 * that match no route get API Gateway's own 404.
 */
public final class ApiServer implements AutoCloseable {
    private static final Pattern ARTICLE = Pattern.compile("^/articles/([^/]+)$");

    private final HttpServer server;
    private final QueryHandler handler;

    private ApiServer(HttpServer server, QueryHandler handler) {
        this.server = server;
        this.handler = handler;
    }

    public static ApiServer start(int port, QueryHandler handler) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        ApiServer api = new ApiServer(server, handler);
        server.createContext("/", api::serve);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        return api;
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            String routeKey = null;
            Map<String, String> pathParameters = new LinkedHashMap<>();
            Matcher m = ARTICLE.matcher(path);
            if (path.equals("/articles")) {
                routeKey = "GET /articles";
            } else if (m.matches()) {
                routeKey = "GET /articles/{id}";
                pathParameters.put("id", URLDecoder.decode(m.group(1), StandardCharsets.UTF_8));
            }
            if (routeKey == null || !exchange.getRequestMethod().equals("GET")) {
                send(exchange, 404, "application/json", "{\"message\":\"Not Found\"}");
                return;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            handler.handleRequest(new ByteArrayInputStream(event(exchange, routeKey, pathParameters).toString()
                    .getBytes(StandardCharsets.UTF_8)), out, null);
            JsonNode response = ArticleJson.MAPPER.readTree(out.toByteArray());
            send(exchange, response.path("statusCode").asInt(500),
                    response.path("headers").path("content-type").asText("application/json"), response.path("body").asText());
        }
    }

    private static ObjectNode event(HttpExchange exchange, String routeKey, Map<String, String> pathParameters) {
        URI uri = exchange.getRequestURI();
        ObjectNode e = ArticleJson.MAPPER.createObjectNode();
        e.put("version", "2.0");
        e.put("routeKey", routeKey);
        e.put("rawPath", uri.getRawPath());
        e.put("rawQueryString", uri.getRawQuery() == null ? "" : uri.getRawQuery());
        ObjectNode headers = e.putObject("headers");
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), String.join(",", v)));
        if (uri.getRawQuery() != null && !uri.getRawQuery().isEmpty()) {
            ObjectNode query = e.putObject("queryStringParameters");
            for (String pair : uri.getRawQuery().split("&")) {
                if (pair.isEmpty()) continue;
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                // API Gateway joins repeated parameters with commas.
                query.put(name, query.has(name) ? query.get(name).asText() + "," + value : value);
            }
        }
        if (!pathParameters.isEmpty()) {
            ObjectNode p = e.putObject("pathParameters");
            pathParameters.forEach(p::put);
        }
        ObjectNode ctx = e.putObject("requestContext");
        ctx.put("accountId", "000000000000");
        ctx.put("apiId", "local");
        ctx.put("domainName", exchange.getLocalAddress().getHostString());
        ctx.put("requestId", UUID.randomUUID().toString());
        ctx.put("routeKey", routeKey);
        ctx.put("stage", "$default");
        ctx.put("time", Instant.now().toString());
        ctx.put("timeEpoch", System.currentTimeMillis());
        ctx.putObject("http").put("method", exchange.getRequestMethod()).put("path", uri.getRawPath())
                .put("protocol", exchange.getProtocol()).put("sourceIp", exchange.getRemoteAddress().getAddress().getHostAddress())
                .put("userAgent", exchange.getRequestHeaders().getFirst("user-agent"));
        e.put("isBase64Encoded", false);
        return e;
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("content-type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
