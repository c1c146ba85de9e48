package io.precis.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code precis eval extraction|summaries|rouge [--data DIR]}: quality on the benchmark sets, as one table.
 * {@code extraction} also takes {@code [--predictions FILE --tool NAME] [--limit N] [--verbose]};
 * {@code summaries} takes {@code --limit N}; {@code rouge} alone verifies our ROUGE against ROUGE-1.5.5, and with
 * {@code --system F.jsonl --set cnndm|bbc [--name NAME]} scores another system's summaries.
 */
final class EvalCommand {
    private final PrintStream out;

    EvalCommand(PrintStream out) {
        this.out = out;
    }

    int run(Arguments args) throws Exception {
        args.allow("data", "limit", "system", "set", "name", "out", "predictions", "tool", "verbose");
        if (args.positional().size() != 1) throw new UsageException("eval needs one of: extraction, summaries, rouge");
        Path data = Path.of(args.option("data", "../shared/data"));
        if (!Files.isDirectory(data)) throw new UsageException("--data " + data + " is not a directory");
        return switch (args.positional().get(0)) {
            case "extraction" -> io.precis.eval.ExtractionEval.run(data, new io.precis.eval.ExtractionEval.Options(
                    args.option("predictions", null), args.option("tool", null), args.intOption("limit", 0),
                    args.has("verbose")), out);
            case "summaries" -> io.precis.eval.SummaryEval.run(data, args.intOption("limit", 0), out);
            case "rouge" -> args.has("system")
                    ? io.precis.eval.summaries.SystemScoring.run(data, Path.of(args.option("system", "")),
                            args.option("set", "cnndm"), args.option("name", "system"), args.intOption("limit", 0), out)
                    : io.precis.eval.summaries.RougeVerification.run(data, out);
            case "train-summarizer" -> io.precis.eval.summaries.SummarizerTraining.run(data,
                    Path.of(args.option("out", "core/src/main/resources/io/precis/summarize/model.tsv")),
                    args.intOption("limit", 0), out);
            default -> throw new UsageException("eval needs one of: extraction, summaries, rouge");
        };
    }
}
