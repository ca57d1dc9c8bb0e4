package org.parallax.app;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The headless command line: {@code parallax COMMAND ARGS}. Each command is a small class; this one only
 * dispatches and turns a {@link UsageException} into the usage line and exit code 2.
 */
final class Cli {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private static final Set<String> HELP = Set.of("help", "--help", "-h");
    private static final Map<String, Command> COMMANDS = new LinkedHashMap<>();

    static {
        for (Command c : List.of(new ExtractCommand(), new EvalCommand(), new BenchCommand(), new ExportCommand())) {
            COMMANDS.put(c.name(), c);
        }
    }

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, Command> commands = COMMANDS;

    Cli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Whether these arguments ask for a command rather than the window. */
    static boolean handles(String[] args) {
        return args.length > 0 && (HELP.contains(args[0]) || args[0].equals("--version") || COMMANDS.containsKey(args[0]));
    }

    int run(String[] args) {
        if (args.length == 0 || HELP.contains(args[0])) {
            out.print(usage());
            return OK;
        }
        if (args[0].equals("--version")) {
            out.println("parallax " + Version.current());
            return OK;
        }
        Command command = commands.get(args[0]);
        if (command == null) {
            err.println("parallax: unknown command '" + args[0] + "'");
            err.print(usage());
            return USAGE;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        ToolkitWarnings.quiet(); // export and bench start JavaFX headless; its class-path warning is not ours to print
        try {
            return command.run(rest, out, err);
        } catch (UsageException e) {
            err.println("parallax " + command.name() + ": " + e.getMessage());
            err.println("usage: parallax " + command.usage());
            return USAGE;
        } catch (CommandFailedException e) {
            err.println("parallax " + command.name() + ": " + e.getMessage());
            return FAILED;
        }
    }

    String usage() {
        StringBuilder sb = new StringBuilder();
        String row = "%s parallax %s%n                %s%n";
        sb.append(String.format(row, "usage:", "[FOLDER | FILE...]", "open the window (the bundled corpus without arguments)"));
        for (Command c : commands.values()) {
            sb.append(String.format(row, "      ", c.usage(), c.summary()));
        }
        sb.append(String.format(row, "      ", "--help | --version", "this text, or the version"));
        return sb.toString();
    }
}
