package io.precis.eval.extraction;

/**
 * The body of newspaper4k's article-extraction-dataset (news-metadata set), scored as newspaper4k's
 * evaluation script scores it: "corpus" shingle precision and recall ({@link ShingleF1#NEWSPAPER4K}).
 */
public final class NewsBodyBenchmark extends ShingleBodyBenchmark {
    public NewsBodyBenchmark(BodyRun run) {
        super(run);
    }

    @Override
    String label() {
        return "news-metadata (NAEB)";
    }

    @Override
    String set() {
        return "news-metadata";
    }

    @Override
    String file() {
        return "naeb.jsonl";
    }

    @Override
    ShingleF1 metric() {
        return ShingleF1.NEWSPAPER4K;
    }

    @Override
    double target() {
        return 0.92;
    }

    @Override
    String published() {
        return "newspaper4k 0.903";
    }
}
