package org.parallax.app;

import java.io.PrintStream;

/**
 * One runnable command of the command line, a picocli {@code @Command} whose options picocli has set before
 * {@link Cli} runs it.
 */
interface Command {

    /** Runs the command and returns its exit code; arguments that do not fit together throw {@link UsageException}. */
    int run(PrintStream out, PrintStream err) throws UsageException, CommandFailedException;
}
