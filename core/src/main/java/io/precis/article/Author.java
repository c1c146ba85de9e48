package io.precis.article;

import java.util.Objects;

/**
 * A person credited with writing an article.
 *
 * @param name     the person's name as printed, without "By" or roles
 * @param location the dateline place this author wrote from ("Washington"), or null when not given
 */
public record Author(String name, String location) {
    public Author {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) throw new IllegalArgumentException("author name must not be blank");
    }

    public static Author named(String name) {
        return new Author(name, null);
    }
}
