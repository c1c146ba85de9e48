package io.precis.eval.extraction;

import io.precis.Precis;
import io.precis.article.Document;
import io.precis.article.Origin;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Our extractor on a benchmark page: the gunzipped bytes through {@link Precis#read} (decoding as the page
 * declares) and {@link Precis#extract}, paragraphs joined by blank lines. The clock covers those two calls
 * (decode, parse, metadata and body), not reading the file.
 */
public final class PrecisBodies implements BodySource {
    private static final int WARM_UP_PAGES = 40;

    private final Map<String, long[]> timeBySet = new HashMap<>();
    private boolean warm;

    @Override
    public String name() {
        return "precis";
    }

    /**
     * Runs a few pages untimed before the first timed one, so pages per second measures the steady state
     * of a warm JVM (as a warm Lambda sees it) rather than the JIT compiling.
     */
    public void warmUp(List<Page> pages) throws Exception {
        if (warm) return;
        warm = true;
        for (int i = 0; i < Math.min(WARM_UP_PAGES, pages.size()); i++) extract(pages.get(i).bytes(), pages.get(i));
    }

    @Override
    public String body(Page page) throws Exception {
        byte[] bytes = page.bytes();
        long start = System.nanoTime();
        String body;
        try {
            body = extract(bytes, page);
        } catch (Exception e) {
            body = null;
        }
        long[] t = timeBySet.computeIfAbsent(page.set(), k -> new long[2]);
        t[0]++;
        t[1] += System.nanoTime() - start;
        return body;
    }

    private static String extract(byte[] bytes, Page page) throws Exception {
        Document doc = Precis.read(bytes, Origin.file(page.id() + ".html", bytes.length), null, Map.of(), Instant.EPOCH);
        return Precis.extract(doc).body();
    }

    @Override
    public double pagesPerSecond(String set) {
        long[] t = timeBySet.get(set);
        return t == null || t[1] == 0 ? Double.NaN : t[0] / (t[1] / 1e9);
    }
}
