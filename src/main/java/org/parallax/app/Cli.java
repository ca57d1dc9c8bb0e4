package org.parallax.app;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Map;
import java.util.Set;
import org.parallax.store.ProductVersion;
import picocli.CommandLine;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The headless command line: {@code parallax COMMAND ARGS}, parsed by picocli. Each command is a small
 * {@code @Command} class; this one dispatches, prints help and the version, and turns bad arguments into one line
 * naming the command, the usage and exit code 2, and a failed command into one line and exit code 1.
 */
final class Cli {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private static final Set<String> HELP = Set.of("--help", "-h", "--version", "-V");

    /** The root command: no work of its own, the window's usage and the list of commands. */
    @CommandLine.Command(name = "parallax", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
            sortOptions = false, synopsisHeading = "",
            customSynopsis = {
                "Usage: parallax [FOLDER | FILE...]",
                "       parallax COMMAND [OPTIONS]"},
            description = {"Without a command, opens the window on the folder or files (the bundled corpus without "
                + "any). A command runs headless; 'parallax COMMAND --help' describes its options."},
            footerHeading = "%n",
            footer = {"Exit codes: 0 done, 1 the work failed, 2 bad arguments, 3 no display to open the window on."},
            subcommands = {ExtractCommand.class, EvalCommand.class, BenchCommand.class, ExportCommand.class,
                TimelineJsCommand.class, TableCommand.class, CommandLine.HelpCommand.class})
    static final class Root {
    }

    /** The pom's version, the one home of it. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"parallax " + ProductVersion.current()};
        }
    }

    private final PrintStream out;
    private final PrintStream err;

    Cli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Whether these arguments ask for a command rather than the window. */
    static boolean handles(String[] args) {
        return args.length > 0 && (HELP.contains(args[0]) || commandLine().getSubcommands().containsKey(args[0]));
    }

    /** The whole command line, every command with its options. */
    static CommandLine commandLine() {
        CommandLine root = new CommandLine(new Root());
        laidOut(root);
        return root;
    }

    /** Every command's help laid out alike: the synopsis in the order options are declared, headed sections. */
    private static void laidOut(CommandLine command) {
        var usage = command.getCommandSpec().usageMessage();
        usage.sortSynopsis(false).descriptionHeading("%n").parameterListHeading("%nParameters:%n")
                .optionListHeading("%nOptions:%n").commandListHeading("%nCommands:%n");
        command.getSubcommands().values().forEach(Cli::laidOut);
    }

    int run(String[] args) {
        CommandLine root = commandLine();
        root.setOut(writer(out));
        root.setErr(writer(err));
        if (args.length == 0) {
            root.usage(out);
            return OK;
        }
        ParseResult parsed;
        try {
            parsed = root.parseArgs(args);
        } catch (ParameterException e) {
            return usageError(e.getCommandLine(), message(e));
        }
        if (CommandLine.printHelpIfRequested(parsed)) {
            return OK;
        }
        ParseResult leaf = parsed;
        while (leaf.hasSubcommand()) {
            leaf = leaf.subcommand();
        }
        CommandLine chosen = leaf.commandSpec().commandLine();
        if (!(chosen.getCommand() instanceof Command command)) {
            return usageError(chosen, "which one is missing: use " + String.join(", ", chosen.getSubcommands().keySet()));
        }
        ToolkitWarnings.quiet(); // export and bench start JavaFX headless; its class-path warning is not ours to print
        try {
            return command.run(out, err);
        } catch (UsageException e) {
            return usageError(chosen, e.getMessage());
        } catch (CommandFailedException e) {
            err.println(chosen.getCommandSpec().qualifiedName() + ": " + e.getMessage());
            return FAILED;
        }
    }

    /** Picocli's message, but an unknown word where a sub-command belongs ("eval frobs") is named as such. */
    private static String message(ParameterException e) {
        Map<String, CommandLine> kinds = e.getCommandLine().getSubcommands();
        if (e instanceof UnmatchedArgumentException u && !kinds.isEmpty() && !u.getUnmatched().isEmpty()
                && !u.getUnmatched().get(0).startsWith("-")) {
            return "unknown command '" + u.getUnmatched().get(0) + "': use " + String.join(", ", kinds.keySet());
        }
        return e.getMessage();
    }

    /** One line naming the command and what is wrong, then its usage line and where its help is. */
    private int usageError(CommandLine command, String message) {
        String name = command.getCommandSpec().qualifiedName();
        err.println(name + ": " + message);
        String synopsis = command.getHelp().synopsis(7);
        err.print(synopsis.startsWith("Usage:") ? synopsis : "Usage: " + synopsis);
        err.println("See '" + name + " --help'.");
        return USAGE;
    }

    private static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, Charset.defaultCharset()), true);
    }
}
