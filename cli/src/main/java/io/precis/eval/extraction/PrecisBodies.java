package io.precis.eval.extraction;

import io.precis.article.Article;
import io.precis.article.Author;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Our extractor on a benchmark page: the gunzipped bytes through {@link Precis#read} (decoding as the page
 * declares) and {@link Precis#extract}, paragraphs joined by blank lines. The clock covers those two calls
 * (decode, parse, metadata and body), not reading the file.
 */
public final class PrecisBodies implements BodySource {
    /** The set the JIT warms up on: its pages are never timed, so every timed page is seen for the first time. */
    private static final String WARM_UP_SET = "publication-dates";
    private static final String WARM_UP_FILE = "htmldate.jsonl";

    private final Map<String, long[]> timeBySet = new HashMap<>();
    private boolean warm;
    /** The metadata of the page last extracted, so that scoring it does not extract the page twice. */
    private Page lastPage;
    private PageMetadata lastMetadata;

    @Override
    public String name() {
        return "precis";
    }

    /**
     * Runs the pages of a set that is not timed (the htmldate set, about 500 pages) before the first timed
     * page, so pages per second measures the steady state of a warm JVM, as a warm Lambda sees it, rather
     * than the JIT compiling. The Python tools have no JIT to warm, so their first page is their steady state.
     */
    public void warmUp(Path data) throws Exception {
        if (warm) return;
        warm = true;
        for (Page page : Page.load(data, WARM_UP_SET, WARM_UP_FILE, 0)) extract(page.bytes(), page);
    }

    @Override
    public String body(Page page) throws Exception {
        byte[] bytes = page.bytes();
        long start = System.nanoTime();
        Article article;
        try {
            article = extract(bytes, page);
        } catch (Exception e) {
            article = null;
        }
        long[] t = timeBySet.computeIfAbsent(page.set(), k -> new long[2]);
        t[0]++;
        t[1] += System.nanoTime() - start;
        lastPage = page;
        lastMetadata = metadata(article);
        return article == null ? null : article.body();
    }

    @Override
    public PageMetadata metadata(Page page) throws Exception {
        if (page == lastPage) return lastMetadata;
        try {
            return metadata(extract(page.bytes(), page));  // not timed: pages/s counts each page once
        } catch (Exception e) {
            return PageMetadata.NONE;
        }
    }

    private static PageMetadata metadata(Article article) {
        if (article == null) return PageMetadata.NONE;
        return new PageMetadata(article.title(), article.authors().stream().map(Author::name).toList(), article.published());
    }

    /** The page as uploaded at the evaluations' fixed time, against which relative dates resolve. */
    private static Article extract(byte[] bytes, Page page) {
        return GoldRecords.extract(bytes, page.id() + ".html");
    }

    @Override
    public double pagesPerSecond(String set) {
        long[] t = timeBySet.get(set);
        return t == null || t[1] == 0 ? Double.NaN : t[0] / (t[1] / 1e9);
    }
}
