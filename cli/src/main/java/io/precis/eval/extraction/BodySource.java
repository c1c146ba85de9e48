package io.precis.eval.extraction;

/**
 * Something that turns a benchmark page into body text: our extractor, or another tool's outputs read
 * back from a file. Also keeps the time spent extracting, for pages per second.
 */
public interface BodySource {

    /** Name shown in the table ("precis", "trafilatura"). */
    String name();

    /** The body of the page as plain text, or null when the tool failed on it (scored as a full miss). */
    String body(Page page) throws Exception;

    /** Pages per second over the pages of {@code set} extracted so far, or NaN when unknown. */
    double pagesPerSecond(String set);
}
