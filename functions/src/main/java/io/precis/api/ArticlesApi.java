package io.precis.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.precis.article.ArticleIds;
import io.precis.article.ArticleRecord;
import io.precis.article.Status;
import io.precis.json.ArticleJson;
import io.precis.store.ArticleStore;
import io.precis.store.InvalidCursorException;
import io.precis.store.ListQuery;
import io.precis.store.Page;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The routes: {@code GET /articles/{id}} and {@code GET /articles}. Pure request-to-response logic
 * over an {@link ArticleStore}; faults of the store propagate to the handler.
 */
public final class ArticlesApi {
    private static final Pattern ARTICLE_PATH = Pattern.compile("^/articles/([^/]+)/?$");
    static final int MAX_RESPONSE_BYTES = 4_000_000;
    private static final Set<String> LIST_PARAMETERS = Set.of("limit", "cursor", "source", "author", "language", "url", "from", "to");

    private final ArticleStore store;
    private final int defaultPageSize;
    private final int maxPageSize;

    public ArticlesApi(ArticleStore store, int defaultPageSize, int maxPageSize) {
        this.store = store;
        this.defaultPageSize = defaultPageSize;
        this.maxPageSize = maxPageSize;
    }

    public HttpResponse handle(HttpRequest request) {
        String path = request.path();
        boolean list = path.equals("/articles") || path.equals("/articles/");
        Matcher article = ARTICLE_PATH.matcher(path);
        if (!list && !article.matches()) {
            return HttpResponse.problem(404, "Not Found", "no route for " + path + "; try GET /articles or GET /articles/{id}", path);
        }
        if (!request.method().equals("GET")) {
            return HttpResponse.problem(405, "Method Not Allowed", request.method() + " is not allowed on " + path + "; use GET", path);
        }
        try {
            return list ? list(request) : get(article.group(1), path);
        } catch (BadRequestException | InvalidCursorException e) {
            return HttpResponse.problem(400, "Bad Request", e.getMessage(), path);
        }
    }

    private HttpResponse get(String id, String path) {
        if (!ArticleIds.isWellFormed(id)) throw new BadRequestException("article id must be 24 lower-case hex digits, got '" + id + "'");
        Optional<ArticleRecord> record = store.get(id);
        if (record.isEmpty()) return HttpResponse.problem(404, "Not Found", "no article with id " + id, path);
        if (record.get().status() == Status.DELETED) {
            return HttpResponse.problem(410, "Gone", "article " + id + " was deleted", path);
        }
        return HttpResponse.json(200, withinResponseLimit(ArticleJson.toJson(record.get())));
    }

    /**
     * Lambda refuses responses over 6 MB (and API Gateway then answers a bare 500), so a body that
     * would pass the limit is cut at a paragraph boundary and the record says so. The whole body
     * stays stored; the limit leaves room for the JSON escaping of the response envelope.
     */
    static ObjectNode withinResponseLimit(ObjectNode json) {
        int size = json.toString().getBytes(StandardCharsets.UTF_8).length;
        if (size <= MAX_RESPONSE_BYTES || !json.path("body").isTextual()) return json;
        String body = json.get("body").asText();
        int keep = Math.max(0, body.length() - (size - MAX_RESPONSE_BYTES) * 2);
        int paragraph = body.lastIndexOf("\n\n", keep);
        json.put("body", body.substring(0, paragraph > 0 ? paragraph : keep));
        json.put("bodyTruncated", true);
        return json;
    }

    private HttpResponse list(HttpRequest request) {
        Map<String, String> q = request.query();
        for (String name : q.keySet()) {
            if (!LIST_PARAMETERS.contains(name)) throw new BadRequestException("unknown query parameter '" + name + "'; known: " + LIST_PARAMETERS);
        }
        Page page = store.list(query(q));
        ObjectNode body = ArticleJson.MAPPER.createObjectNode();
        var items = body.putArray("items");
        page.items().forEach(items::add);
        body.put("nextCursor", page.cursor());
        return HttpResponse.json(200, body);
    }

    private ListQuery query(Map<String, String> q) {
        int limit = limit(q.get("limit"));
        String from = day(q, "from");
        String to = day(q, "to");
        if (from != null && to != null && from.compareTo(to) > 0) throw new BadRequestException("from (" + from + ") is after to (" + to + ")");
        ListQuery.Index index = ListQuery.Index.NEWEST;
        String value = null;
        for (var candidate : Map.of("source", ListQuery.Index.BY_SOURCE, "author", ListQuery.Index.BY_AUTHOR,
                "language", ListQuery.Index.BY_LANGUAGE, "url", ListQuery.Index.BY_URL).entrySet()) {
            String v = q.get(candidate.getKey());
            if (v == null) continue;
            if (value != null) throw new BadRequestException("give at most one of source, author, language, url");
            if (v.isBlank()) throw new BadRequestException(candidate.getKey() + " must not be empty");
            index = candidate.getValue();
            value = v;
        }
        if (index == ListQuery.Index.BY_URL && (from != null || to != null)) {
            throw new BadRequestException("from and to do not apply to a lookup by url");
        }
        String cursor = q.get("cursor");
        if (cursor != null && cursor.isBlank()) cursor = null;
        return new ListQuery(index, value, from, to, limit, cursor);
    }

    private int limit(String text) {
        if (text == null) return defaultPageSize;
        try {
            int limit = Integer.parseInt(text.strip());
            if (limit >= 1 && limit <= maxPageSize) return limit;
        } catch (NumberFormatException e) {
            // fall through to the message below
        }
        throw new BadRequestException("limit must be a whole number from 1 to " + maxPageSize + ", got '" + text + "'");
    }

    private static String day(Map<String, String> q, String name) {
        String v = q.get(name);
        if (v == null) return null;
        try {
            return LocalDate.parse(v.strip()).toString();
        } catch (DateTimeParseException e) {
            throw new BadRequestException(name + " must be a date YYYY-MM-DD, got '" + v + "'");
        }
    }
}
