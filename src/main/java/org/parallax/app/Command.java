package org.parallax.app;

import java.io.PrintStream;

/** One sub-command of the command line; {@link Cli} holds its name and help text. */
interface Command {

    /** Runs the command and returns its exit code; bad arguments throw {@link UsageException}. */
    int run(String[] args, PrintStream out, PrintStream err) throws UsageException, CommandFailedException;
}
