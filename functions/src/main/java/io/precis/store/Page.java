package io.precis.store;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * One page of a listing.
 *
 * @param items  records in their one JSON shape ({@link io.precis.json.ArticleJson}), without the body
 * @param cursor opaque cursor for the next page, or null on the last page
 */
public record Page(List<ObjectNode> items, String cursor) {
    public Page {
        items = List.copyOf(items);
    }
}
