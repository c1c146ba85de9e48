package io.precis.eval.extraction;

/** The Article Extraction Benchmark (scrapinghub): news and blog pages, body F1 as AEB defines it. */
public final class ArticleBodyBenchmark extends ShingleBodyBenchmark {
    public ArticleBodyBenchmark(BodyRun run) {
        super(run);
    }

    @Override
    String label() {
        return "article-body (AEB)";
    }

    @Override
    String set() {
        return "article-body";
    }

    @Override
    String file() {
        return "aeb.jsonl";
    }

    @Override
    ShingleF1 metric() {
        return ShingleF1.AEB;
    }

    @Override
    double target() {
        return 0.965;
    }

    @Override
    String published() {
        return "trafilatura 0.958 (rs_trafilatura 0.970)";
    }
}
