package io.precis.lambda;

import io.precis.Precis;
import io.precis.article.ArticleRecord;
import io.precis.article.Origin;
import io.precis.json.ArticleJson;
import io.precis.summarize.SummaryLength;
import org.crac.Core;
import org.crac.Resource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * SnapStart priming: before Lambda snapshots the initialised function, run the whole core pipeline
 * and the JSON mapper once on built-in samples, and one read through the store (the SDK's marshalling,
 * signing, credentials and HTTP client), so their classes are loaded and initialised in the snapshot
 * instead of on the first request after a restore.
 */
public final class Priming implements Resource {
    /** A well-formed article id that no record has (ids are hashes): reading it changes nothing. */
    public static final String ABSENT_ID = "000000000000000000000000";
    private static final Instant UPLOADED = Instant.parse("2024-03-04T08:00:00Z");
    private static final String TEXT = """
            Council approves new bike lanes for the city centre
            The Example Gazette -Mar 3rd2024
            Jane Doe in Springfield
            The city council on Monday approved a plan to build protected bike lanes on four central streets. \
            Work starts in April. Officials said the lanes would cost $2.5 million. Residents were divided.
            """;
    private static final String HTML = "<!doctype html><html lang=en><head><title>Sample</title>"
            + "<meta property=\"article:published_time\" content=\"2024-03-03T10:00:00Z\"></head>"
            + "<body><article><h1>Sample</h1><p>The council approved the plan on Monday. Work starts soon.</p></article></body></html>";

    private final Runnable storeRead;

    private Priming(Runnable storeRead) {
        this.storeRead = storeRead;
    }

    /**
     * Registers the priming hook; harmless where CRaC is absent (no SnapStart, tests, local runs). The caller
     * keeps the returned hook: a CRaC context may hold its resources only weakly.
     *
     * @param storeRead a read-only request through the function's SDK clients, e.g. a get of {@link #ABSENT_ID}
     */
    public static Priming register(Runnable storeRead) {
        Priming priming = new Priming(storeRead);
        Core.getGlobalContext().register(priming);
        return priming;
    }

    /** The priming work itself: the records made from the samples, read back from their JSON. */
    public static List<ArticleRecord> prime() {
        List<ArticleRecord> records = new ArrayList<>();
        for (String sample : new String[]{TEXT, HTML}) {
            ArticleRecord r = Precis.process(sample.getBytes(StandardCharsets.UTF_8), new Origin("prime", "sample", null, "01", 1),
                    null, Map.of(), UPLOADED, SummaryLength.sentences(3), UPLOADED);
            records.add(ArticleJson.read(ArticleJson.write(r)));
        }
        return records;
    }

    /**
     * The store read, best effort: a snapshot without a primed SDK is only slower on its first request, while
     * a priming failure thrown from here would fail the version's publication.
     *
     * @return whether the read went through
     */
    public static boolean primeStore(Runnable storeRead) {
        try {
            storeRead.run();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public void beforeCheckpoint(org.crac.Context<? extends Resource> context) {
        prime();
        primeStore(storeRead);
    }

    @Override
    public void afterRestore(org.crac.Context<? extends Resource> context) {
        // Nothing to reopen by hand: a pooled connection that died with the snapshot fails its first use, and the
        // SDK retries that request on a new one.
    }
}
