package org.parallax.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one reader of Parallax's data files: word lists, tables and patterns kept beside the classes that use them
 * (abbreviations, time words, cue verbs, units, outlet domains, page-furniture patterns, lemmas...). Every such file
 * has the same shape: UTF-8, one entry a line, surrounding white space ignored, blank lines and lines starting with
 * {@code #} ignored. What an entry means (a word, a regex, {@code |}-separated fields, a {@code [section]} header) is
 * the caller's business; this class only hands over the lines, with their numbers for error messages.
 */
public final class DataFile {

    /**
     * One entry of a data file.
     *
     * @param number the line number in the file, from 1
     * @param text   the line without surrounding white space, never empty
     */
    public record Line(int number, String text) {
    }

    private final String name;
    private final List<Line> lines;

    private DataFile(String name, List<Line> lines) {
        this.name = name;
        this.lines = List.copyOf(lines);
    }

    /**
     * Reads a bundled data file, named as for {@link Class#getResourceAsStream}: relative to {@code owner}'s
     * package, or absolute with a leading slash. A missing bundled file is a build error, so it fails loudly.
     */
    public static DataFile of(Class<?> owner, String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing data file " + resource);
            }
            return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data file " + resource, e);
        }
    }

    /** The entries of {@code fileLines}, the whole file one line per element; {@code name} is for messages. */
    public static DataFile parse(String name, List<String> fileLines) {
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < fileLines.size(); i++) {
            String s = fileLines.get(i).strip();
            if (!s.isEmpty() && !s.startsWith("#")) {
                out.add(new Line(i + 1, s));
            }
        }
        return new DataFile(name, out);
    }

    /** The file name given when it was read. */
    public String name() {
        return name;
    }

    public List<Line> lines() {
        return lines;
    }

    /** The entries' text, in file order. */
    public List<String> texts() {
        return lines.stream().map(Line::text).toList();
    }

    /** Each entry split at runs of white space: a word list whose lines may hold several words. */
    public List<String[]> words() {
        return lines.stream().map(l -> l.text().split("\\s+")).toList();
    }

    /**
     * Each entry split at {@code |} into exactly {@code count} fields, each stripped (the last field takes the
     * rest of the line, {@code |} included).
     *
     * @throws IllegalStateException naming the line that has fewer fields
     */
    public List<String[]> fields(int count) {
        List<String[]> out = new ArrayList<>(lines.size());
        for (Line l : lines) {
            String[] f = Arrays.stream(l.text().split("\\|", count)).map(String::strip).toArray(String[]::new);
            if (f.length != count) {
                throw new IllegalStateException(
                        name + " line " + l.number() + ": expected " + count + " fields in: " + l.text());
            }
            out.add(f);
        }
        return out;
    }

    /**
     * The entries grouped under {@code [section]} header lines, sections in file order; entries before the first
     * header are under the section named {@code ""}.
     */
    public Map<String, List<Line>> sections() {
        Map<String, List<Line>> out = new LinkedHashMap<>();
        List<Line> current = new ArrayList<>();
        out.put("", current);
        for (Line l : lines) {
            String s = l.text();
            if (s.startsWith("[") && s.endsWith("]")) {
                current = out.computeIfAbsent(s.substring(1, s.length() - 1), k -> new ArrayList<>());
            } else {
                current.add(l);
            }
        }
        if (out.get("").isEmpty()) {
            out.remove("");
        }
        return out;
    }
}
