package org.parallax.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The gold timelines of SemEval-2015 Task 4: files in {@code TimeLines_*} folders whose first line names an
 * entity and whose other lines are {@code order TAB date TAB docid-sentence-word [TAB more mentions]}.
 * Each mention of a dated event (date not {@code XXXX-XX-XX}) is an anchor: the sentence it stands in and the
 * date the annotators gave it.
 */
final class Timelines {

    record Anchor(String doc, String sentence, String word, String date, String entity) {
    }

    /**
     * One line of a timeline: its position (0: not anchored, not ordered), its date ({@code 2007-02-28},
     * {@code 2007-10-XX}, {@code 2007-XX-XX}, {@code XXXX-XX-XX}) and its coreferent mentions
     * ({@code docid-sentence-word}).
     */
    record Entry(int position, String date, List<String> mentions) {

        Entry {
            mentions = List.copyOf(mentions);
        }
    }

    /** The timeline of one target entity, its lines in file order. */
    record Timeline(String entity, List<Entry> entries) {

        Timeline {
            entries = List.copyOf(entries);
        }

        /** How many mentions it places in time (position above 0). */
        int anchoredMentions() {
            return entries.stream().filter(e -> e.position() > 0).mapToInt(e -> e.mentions().size()).sum();
        }
    }

    /** A timeline from its lines: the entity on the first, then {@code position TAB date TAB mention...}. */
    static Timeline parse(List<String> lines) {
        String entity = lines.isEmpty() ? "" : lines.get(0).strip();
        List<Entry> entries = new ArrayList<>();
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            String[] cols = line.split("\t");
            if (cols.length < 3 || !cols[0].strip().matches("\\d+")) {
                continue;
            }
            List<String> mentions = new ArrayList<>();
            for (int i = 2; i < cols.length; i++) {
                if (!cols[i].isBlank()) {
                    mentions.add(cols[i].strip());
                }
            }
            entries.add(new Entry(Integer.parseInt(cols[0].strip()), cols[1].strip(), mentions));
        }
        return new Timeline(entity, entries);
    }

    /** The timeline files of one folder ({@code TimeLines_Gold_Standard}), in name order. */
    static List<Timeline> readFolder(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        List<Timeline> out = new ArrayList<>();
        for (Path f : files) {
            out.add(parse(Files.readAllLines(f, StandardCharsets.UTF_8)));
        }
        return out;
    }

    private Timelines() {
    }

    static List<Anchor> read(Path root) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(Files::isRegularFile)
                    .filter(p -> p.getParent() != null && p.getParent().getFileName().toString().startsWith("TimeLines"))
                    .filter(p -> p.toString().endsWith(".txt"))
                    .sorted().toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        List<Anchor> out = new ArrayList<>();
        for (Path f : files) {
            List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
            if (lines.isEmpty()) {
                continue;
            }
            String entity = lines.get(0).strip();
            for (String line : lines.subList(1, lines.size())) {
                String[] cols = line.split("\t");
                if (cols.length < 3 || cols[1].startsWith("XXXX")) {
                    continue;
                }
                for (int i = 2; i < cols.length; i++) {
                    String[] m = cols[i].strip().split("-", 3);
                    if (m.length == 3) {
                        out.add(new Anchor(m[0], m[1], m[2], cols[1].strip(), entity));
                    }
                }
            }
        }
        return out;
    }
}
