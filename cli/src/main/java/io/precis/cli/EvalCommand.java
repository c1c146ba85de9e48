package io.precis.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code precis eval extraction|summaries [--data DIR]} (extraction also: [--predictions FILE --tool NAME] [--limit N] [--verbose]): quality on the benchmark sets, as one table. */
final class EvalCommand {
    private final PrintStream out;

    EvalCommand(PrintStream out) {
        this.out = out;
    }

    int run(Arguments args) throws Exception {
        args.allow("data", "predictions", "tool", "limit", "verbose");
        if (args.positional().size() != 1) throw new UsageException("eval needs one of: extraction, summaries");
        Path data = Path.of(args.option("data", "../shared/data"));
        if (!Files.isDirectory(data)) throw new UsageException("--data " + data + " is not a directory");
        return switch (args.positional().get(0)) {
            case "extraction" -> io.precis.eval.ExtractionEval.run(data, new io.precis.eval.ExtractionEval.Options(
                    args.option("predictions", null), args.option("tool", null), args.intOption("limit", 0),
                    args.has("verbose")), out);
            case "summaries" -> io.precis.eval.SummaryEval.run(data, out);
            default -> throw new UsageException("eval needs one of: extraction, summaries");
        };
    }
}
