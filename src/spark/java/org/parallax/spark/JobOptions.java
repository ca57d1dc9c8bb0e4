package org.parallax.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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

    static JobOptions parse(String... args) {
        List<String> rest = new ArrayList<>();
        String out = null;
        String model = null;
        String story = null;
        String format = null;
        LocalDate from = null;
        LocalDate to = null;
        Set<String> outlets = Set.of();
        int partitions = 0;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) {
                rest.add(a);
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(a + " needs a value; " + USAGE);
            }
            String v = args[++i];
            switch (a) {
                case "--out" -> out = v;
                case "--model" -> model = v;
                case "--story" -> story = v;
                case "--format" -> format = v;
                case "--from" -> from = LocalDate.parse(v);
                case "--to" -> to = LocalDate.parse(v);
                case "--outlets" -> outlets = Set.of(v.split("\\s*,\\s*"));
                case "--partitions" -> partitions = Integer.parseInt(v);
                default -> throw new IllegalArgumentException("unknown option " + a + "; " + USAGE);
            }
        }
        if (rest.size() != 1 || out == null) {
            throw new IllegalArgumentException(USAGE);
        }
        String input = rest.get(0);
        return new JobOptions(input, format == null ? guess(input) : Format.valueOf(format.toUpperCase(Locale.ROOT)),
                out, model, story, from, to, outlets, partitions);
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
