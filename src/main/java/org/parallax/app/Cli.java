package org.parallax.app;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.parallax.store.ProductVersion;

/**
 * The headless command line: {@code parallax COMMAND ARGS}. Each command is a small class; this one only
 * dispatches and turns a {@link UsageException} into the usage line and exit code 2.
 */
final class Cli {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private static final Set<String> HELP = Set.of("help", "--help", "-h");
    private static final Map<String, Entry> COMMANDS = table(
            new Entry("extract", new ExtractCommand(),
                    "extract FOLDER|WORKSPACE.parallax [--out FILE]",
                    "write the model JSON of a folder of articles, or of a workspace with its corrections applied"),
            new Entry("eval", new EvalCommand(),
                    "eval timex|speakers|events|timeline|quotes DIR [--json] [--errors N] [--include-dct]",
                    "score timexes, speakers (MEANTIME), events, quotes (ECB+) or timelines (SemEval-2015 Task 4)"),
            new Entry("bench", new BenchCommand(),
                    "bench extract|open [--articles N] [--corpora DIR] [--json] | bench timeline [--json]",
                    "measure extraction throughput (MB/s, articles/s, heap), a cold open against a cached reopen, "
                    + "or timeline drawing (ms per frame)"),
            new Entry("export", new ExportCommand(),
                    "export FOLDER|MODEL.json --chart timeline|coverage --format png|svg [--scale 1|2|4] [--story ID] "
                    + "[--from DATE] [--to DATE] [--lanes outlet|story] [--true-scale] [--title TEXT] [--no-legend] --out FILE",
                    "draw a chart of a folder of articles (or a model JSON) as PNG or SVG, headless"),
            new Entry("timelinejs", new TimelineJsCommand(),
                    "timelinejs FOLDER|MODEL.json|WORKSPACE.parallax [--story ID] [--from DATE] [--to DATE] "
                    + "[--title TEXT] --out FILE.json",
                    "write the timeline as TimelineJS JSON, to publish it on the web with TimelineJS"),
            new Entry("table", new TableCommand(),
                    "table FOLDER|MODEL.json|WORKSPACE.parallax --table articles|events|quotes|figures|coverage "
                    + "[--out FILE.csv]",
                    "write one table as CSV (UTF-8, a header row) for a spreadsheet or Datawrapper"));

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, Entry> commands = COMMANDS;

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
            out.println("parallax " + ProductVersion.current());
            return OK;
        }
        Entry command = commands.get(args[0]);
        if (command == null) {
            err.println("parallax: unknown command '" + args[0] + "'");
            err.print(usage());
            return USAGE;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        ToolkitWarnings.quiet(); // export and bench start JavaFX headless; its class-path warning is not ours to print
        try {
            return command.command().run(rest, out, err);
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
        for (Entry c : commands.values()) {
            sb.append(String.format(row, "      ", c.usage(), c.summary()));
        }
        sb.append(String.format(row, "      ", "--help | --version", "this text, or the version"));
        return sb.toString();
    }

    private static Map<String, Entry> table(Entry... entries) {
        Map<String, Entry> byName = new LinkedHashMap<>();
        for (Entry e : entries) {
            byName.put(e.name(), e);
        }
        return byName;
    }

    /**
     * A command with its help text.
     *
     * @param name    the word that selects it ("extract")
     * @param command how it runs
     * @param usage   the arguments after "parallax", for the usage line ("extract FOLDER [--out FILE]")
     * @param summary what it does, in one line
     */
    private record Entry(String name, Command command, String usage, String summary) {
    }
}
