package org.parallax.spark;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine;

/**
 * The job's arguments: {@code INPUT --out DIR [--format folder|jsonl|parquet] [--model FILE] [--story ID]
 * [--from DATE] [--to DATE] [--outlets A,B] [--partitions N]}. The format defaults by the input's name.
 */
record JobOptions(String input, Format format, String out, String model, String story, LocalDate from, LocalDate to,
                  Set<String> outlets, int partitions) {

    enum Format { FOLDER, JSONL, PARQUET }

    static final String USAGE = "usage: parallax-spark INPUT --out DIR [--format folder|jsonl|parquet] [--model FILE]"
            + " [--story ID] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--outlets A,B] [--partitions N]";

    JobOptions {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("--to " + to + " is before --from " + from);
        }
        outlets = Set.copyOf(outlets);
    }

    /**
     * The arguments read by picocli, as the app's command line reads its own; a wrong one (a bad date, an unknown
     * option) is an {@link IllegalArgumentException} that says what is wrong and how to call the job.
     */
    static JobOptions parse(String... args) {
        Args a = new Args();
        try {
            new CommandLine(a).setCaseInsensitiveEnumValuesAllowed(true).parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            String why = e.getMessage(); // "Unknown options: '--colour'", "Missing required option: '--out=<out>'"
            throw new IllegalArgumentException("parallax-spark: " + why.substring(0, 1).toLowerCase(Locale.ROOT)
                    + why.substring(1) + "; " + USAGE, e);
        }
        return new JobOptions(a.input, a.format == null ? guess(a.input) : a.format, a.out, a.model, a.story, a.from,
                a.to, a.outlets == null ? Set.of() : Set.copyOf(a.outlets), a.partitions);
    }

    /** What picocli fills in. */
    @CommandLine.Command(name = "parallax-spark")
    private static final class Args {
        @CommandLine.Parameters(paramLabel = "INPUT", arity = "1")
        String input;
        @CommandLine.Option(names = "--out", required = true)
        String out;
        @CommandLine.Option(names = "--format")
        Format format;
        @CommandLine.Option(names = "--model")
        String model;
        @CommandLine.Option(names = "--story")
        String story;
        @CommandLine.Option(names = "--from")
        LocalDate from;
        @CommandLine.Option(names = "--to")
        LocalDate to;
        @CommandLine.Option(names = "--outlets", split = "\\s*,\\s*")
        List<String> outlets;
        @CommandLine.Option(names = "--partitions")
        int partitions;
    }

    private static Format guess(String input) {
        String lower = input.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
            return Format.JSONL;
        }
        return lower.endsWith(".parquet") ? Format.PARQUET : Format.FOLDER;
    }

    /** Whether the user named a slice for the model JSON. */
    boolean sliced() {
        return story != null || from != null || to != null || !outlets.isEmpty();
    }
}
