package io.precis.eval.rouge;

import java.nio.file.Path;

/** Where ROUGE's third-party files live under {@code --data}, and a scorer built from them. */
public final class RougeData {
    private RougeData() {
    }

    public static Path exceptionsDir(Path data) {
        return data.resolve("rouge/rouge155-data");
    }

    public static Path testdataDir(Path data) {
        return data.resolve("rouge/testdata/google-research");
    }

    public static Path officialDir(Path data) {
        return data.resolve("rouge/official");
    }

    /** ROUGE-1.5.5 with {@code -m}: WordNet exceptions then Porter stemming. */
    public static Rouge stemmedRouge(Path data) {
        return new Rouge(new RougeTokenizer(WordNetExceptions.load(exceptionsDir(data)), true));
    }
}
