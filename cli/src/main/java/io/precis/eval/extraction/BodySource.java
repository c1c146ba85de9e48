package io.precis.eval.extraction;

/**
 * Something that turns a benchmark page into body text: our extractor, or another tool's outputs read
 * back from a file; some also give the page's metadata. Also keeps the time spent extracting, for pages per second.
 */
public interface BodySource {

    /** Name shown in the table ("precis", "trafilatura"). */
    String name();

    /** The body of the page as plain text, or null when the tool failed on it (scored as a full miss). */
    String body(Page page) throws Exception;

    /**
     * The title, authors and date the tool found on the page it last returned the body of ({@link
     * PageMetadata#NONE} when it failed on it), or null when the tool gives no metadata at all.
     */
    default PageMetadata metadata(Page page) throws Exception {
        return null;
    }

    /** Pages per second over the pages of {@code set} extracted so far, or NaN when unknown. */
    double pagesPerSecond(String set);
}
