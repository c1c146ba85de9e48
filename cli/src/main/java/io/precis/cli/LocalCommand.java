package io.precis.cli;

import java.io.PrintStream;

final class LocalCommand {
    private final PrintStream out;

    LocalCommand(PrintStream out) {
        this.out = out;
    }

    int run(Arguments args) {
        throw new UnsupportedOperationException("not built yet");
    }
}
