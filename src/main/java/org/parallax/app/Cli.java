package org.parallax.app;

import java.io.PrintStream;
import java.util.Set;

/** The headless command line (INTERIM: filled in by the CLI work). */
final class Cli {

    private static final Set<String> COMMANDS = Set.of("extract", "help", "--help", "-h", "--version");

    private final PrintStream out;
    private final PrintStream err;

    Cli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    static boolean handles(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    int run(String[] args) {
        err.println("parallax: not implemented yet");
        return 1;
    }
}
