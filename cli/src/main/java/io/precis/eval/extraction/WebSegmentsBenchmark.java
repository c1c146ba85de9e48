package io.precis.eval.extraction;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * trafilatura's evaluation set: mostly German pages with segments that must and must not be extracted; many
 * also have a gold title, author or date ({@link WebSegmentsMetadata}).
 */
public final class WebSegmentsBenchmark implements Benchmark {
    private static final String SET = "web-segments";
    private final BodyRun run;

    public WebSegmentsBenchmark(BodyRun run) {
        this.run = run;
    }

    @Override
    public List<Row> run(Path data) throws Exception {
        List<Page> pages = Page.load(data, SET, "trafilatura.jsonl", run.limit());
        SegmentF1 total = new SegmentF1();
        List<String> details = new ArrayList<>();
        WebSegmentsMetadata metadata = new WebSegmentsMetadata(SET + " " + run.bodies().name());
        for (Page page : pages) {
            String body = run.bodies().body(page);
            List<String> with = page.goldList("with");
            List<String> without = page.goldList("without");
            total.add(body, with, without);
            metadata.add(page, run.bodies().metadata(page));
            if (run.detail() != null) {
                SegmentF1 one = new SegmentF1();
                one.add(body, with, without);
                if (one.f1() < 1 || one.precision() < 1) {
                    details.add(String.format("%.3f %.3f %s%s", one.precision(), one.recall(), page.id(), body == null ? " (crash)" : ""));
                }
            }
        }
        if (run.detail() != null) {
            run.detail().println("== web-segments (precision recall id), imperfect pages");
            details.stream().sorted().forEach(run.detail()::println);
        }
        String label = "web-segments (trafilatura) n=" + pages.size();
        List<Row> rows = new ArrayList<>(List.of(
                new Row(label, "segment F1", total.f1(), 0.93, "trafilatura 0.924"),
                new Row(label, "segment precision", total.precision(), Double.NaN, ""),
                new Row(label, "segment recall", total.recall(), Double.NaN, ""),
                new Row(label, "pages/s", run.bodies().pagesPerSecond(SET), Double.NaN, "")));
        rows.addAll(metadata.rows());
        return rows;
    }
}
