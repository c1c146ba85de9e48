package io.precis.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.precis.article.ArticleRecord;
import io.precis.article.Status;
import io.precis.json.ArticleJson;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The store contract in memory, for unit tests of the handlers (pagination is by offset here). */
public final class InMemoryArticleStore implements ArticleStore {
    private final Map<String, ArticleRecord> records = new ConcurrentHashMap<>();

    @Override
    public synchronized WriteOutcome write(ArticleRecord record) {
        ArticleRecord current = records.get(record.id());
        if (current != null && Sequencer.normalize(current.origin().sequencer())
                .compareTo(Sequencer.normalize(record.origin().sequencer())) >= 0) {
            return WriteOutcome.STALE;
        }
        records.put(record.id(), record);
        return WriteOutcome.WRITTEN;
    }

    @Override
    public Optional<String> storedSequencer(String id) {
        return get(id).map(r -> Sequencer.normalize(r.origin().sequencer()));
    }

    @Override
    public Optional<ArticleRecord> get(String id) {
        return Optional.ofNullable(records.get(id));
    }

    @Override
    public Page list(ListQuery query) {
        List<ArticleRecord> ok = new ArrayList<>(records.values().stream()
                .filter(r -> r.status() == Status.OK && matches(r, query)).toList());
        ok.sort(Comparator.comparing(Keys::dateSortKey).reversed());
        int start = query.cursor() == null ? 0 : Integer.parseInt(query.cursor());
        List<ObjectNode> items = new ArrayList<>();
        for (int i = start; i < Math.min(ok.size(), start + query.limit()); i++) {
            ObjectNode json = ArticleJson.toJson(ok.get(i));
            json.remove("body");
            items.add(json);
        }
        return new Page(items, start + query.limit() < ok.size() ? String.valueOf(start + query.limit()) : null);
    }

    private static boolean matches(ArticleRecord r, ListQuery q) {
        var a = r.article();
        String day = Keys.dateSortKey(r).substring(0, 10);
        if (q.from() != null && day.compareTo(q.from()) < 0) return false;
        if (q.to() != null && day.compareTo(q.to()) > 0) return false;
        return switch (q.index()) {
            case NEWEST -> true;
            case BY_SOURCE -> a.source() != null && Keys.normalize(a.source()).equals(Keys.normalize(q.value()));
            case BY_LANGUAGE -> a.language() != null && a.language().equals(q.value());
            case BY_URL -> a.url() != null && Keys.normalizeUrl(a.url()).equals(Keys.normalizeUrl(q.value()));
            case BY_AUTHOR -> a.authors().stream().anyMatch(x -> Keys.normalize(x.name()).equals(Keys.normalize(q.value())));
        };
    }
}
