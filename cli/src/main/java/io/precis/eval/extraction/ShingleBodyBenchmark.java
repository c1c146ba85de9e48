package io.precis.eval.extraction;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A set whose gold is the article body as text, scored with shingle F1 ({@link ShingleF1}). */
abstract class ShingleBodyBenchmark implements Benchmark {
    private final BodyRun run;

    ShingleBodyBenchmark(BodyRun run) {
        this.run = run;
    }

    abstract String label();

    abstract String set();

    abstract String file();

    abstract ShingleF1 metric();

    abstract double target();

    abstract String published();

    @Override
    public List<Row> run(Path data) throws Exception {
        List<Page> pages = Page.load(data, set(), file(), run.limit());
        List<ShingleF1.Counts> counts = new ArrayList<>();
        List<String> details = new ArrayList<>();
        for (Page page : pages) {
            String body = run.bodies().body(page);
            ShingleF1.Counts c = metric().counts(page.gold().path("body").asText(""), body);
            counts.add(c);
            details.add(String.format("%.3f %.3f %s %s%s", c.precision(), c.recall(), page.id(), page.url(),
                    body == null ? " (crash)" : ""));
        }
        if (run.detail() != null) {
            run.detail().println("== " + label() + " (precision recall id url), worst first");
            details.stream().sorted(Comparator.comparingDouble(ShingleBodyBenchmark::worst)).forEach(run.detail()::println);
        }
        ShingleF1.Score s = metric().score(counts);
        String label = label() + " n=" + pages.size();
        return List.of(
                new Row(label, "body F1", s.f1(), target(), published()),
                new Row(label, "body precision", s.precision(), Double.NaN, ""),
                new Row(label, "body recall", s.recall(), Double.NaN, ""),
                new Row(label, "pages/s", run.bodies().pagesPerSecond(set()), Double.NaN, ""));
    }

    private static double worst(String detail) {
        String[] f = detail.split(" ", 3);
        return Math.min(Double.parseDouble(f[0]), Double.parseDouble(f[1]));
    }
}
