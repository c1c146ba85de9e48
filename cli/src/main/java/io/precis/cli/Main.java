package io.precis.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/** {@code bin/precis COMMAND ...}: dispatches to one class per command. */
public final class Main {
    static final String USAGE = """
            usage: precis COMMAND [OPTIONS]

            commands:
              extract [--format json|jsonl] FILE...     print each file's article as the API returns it ('-' reads stdin)
              summarize --input F.jsonl [--sentences N | --words N | --ratio R]
                                                        summarize lines {"id","text"[,"title"]} into {"id","summary"}
              local [--data DIR] [--port N] [--s3-port N] [--no-sample]
                                                        run the whole application on embedded S3 and DynamoDB
              eval extraction [--data DIR] [--limit N] [--verbose] [--predictions NAME=FILE,... ]
                                                        extraction quality on every benchmark set, one table
              eval summaries [--data DIR] [--limit N]   ROUGE of LEAD baselines and ours on CNN/DM and BBC
              eval rouge [--data DIR] [--system F.jsonl --set cnndm|bbc [--name N]]
                                                        verify our ROUGE against ROUGE-1.5.5, or score a system
              eval train-summarizer [--data DIR] [--out FILE]
                                                        retrain the summarizer's weights on the dev split
            """;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(Arrays.asList(args), System.out, System.err));
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.get(0).equals("-h") || args.get(0).equals("--help")) {
            (args.isEmpty() ? err : out).print(USAGE);
            return args.isEmpty() ? 2 : 0;
        }
        List<String> rest = args.subList(1, args.size());
        try {
            return switch (args.get(0)) {
                case "extract" -> new ExtractCommand(out).run(new Arguments(rest));
                case "summarize" -> new SummarizeCommand(out).run(new Arguments(rest));
                case "local" -> new LocalCommand(out).run(new Arguments(rest));
                case "eval" -> new EvalCommand(out).run(new Arguments(rest));
                default -> throw new UsageException("unknown command '" + args.get(0) + "'");
            };
        } catch (UsageException e) {
            err.println("precis: " + e.getMessage());
            err.print(USAGE);
            return 2;
        } catch (Exception e) {
            err.println("precis: " + e.getMessage());
            return 1;
        }
    }
}
