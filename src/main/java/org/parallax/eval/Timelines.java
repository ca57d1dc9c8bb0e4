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
