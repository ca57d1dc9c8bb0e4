package org.parallax.app;

import java.io.PrintStream;

/** One sub-command of the command line. */
interface Command {

    String name();

    /** The arguments after the name, for the usage line ("extract FOLDER [--out FILE]"). */
    String usage();

    String summary();

    /** Runs the command and returns its exit code; bad arguments throw {@link UsageException}. */
    int run(String[] args, PrintStream out, PrintStream err) throws UsageException, CommandFailedException;
}
