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
    public Optional<ArticleRecord> get(String id) {
        return Optional.ofNullable(records.get(id));
    }

    @Override
    public Page list(ListQuery query) {
        List<ArticleRecord> ok = new ArrayList<>(records.values().stream().filter(r -> r.status() == Status.OK).toList());
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
}
