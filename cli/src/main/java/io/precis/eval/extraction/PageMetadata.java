package io.precis.eval.extraction;

import java.util.List;

/**
 * A page's title, authors and publication date as one tool found them.
 *
 * @param title     the title, or null when none was found
 * @param authors   author names, one per entry (empty when none was found)
 * @param published the publication date, ISO-8601 from the day on, or null
 */
public record PageMetadata(String title, List<String> authors, String published) {
    /** What a tool that failed on the page found: nothing, scored as a miss on every field. */
    public static final PageMetadata NONE = new PageMetadata(null, List.of(), null);
}
