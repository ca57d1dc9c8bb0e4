package org.parallax.extract.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.parallax.text.DataFile;

/**
 * The words of {@code time-words.txt}: month and day names, numbers, ordinals, units, parts of day, seasons and
 * tense cues. Each section maps a written word to its key; {@link #alternation(String)} turns a section into a
 * regular-expression alternation, longest words first.
 */
final class TimeWords {

    private static final String RESOURCE = "time-words.txt";

    /** Section name to (word to key); words of case-insensitive sections are stored in lower case. */
    private final Map<String, Map<String, String>> sections;

    private TimeWords(Map<String, Map<String, String>> sections) {
        this.sections = sections;
    }

    private static final class Bundled {
        static final TimeWords INSTANCE = load();
    }

    static TimeWords bundled() {
        return Bundled.INSTANCE;
    }

    private static TimeWords load() {
        return read(DataFile.of(TimeWords.class, RESOURCE));
    }

    static TimeWords read(DataFile file) {
        Map<String, Map<String, String>> sections = new LinkedHashMap<>();
        file.sections().forEach((name, lines) -> {
            if (name.isEmpty()) {
                throw new IllegalStateException(file.name() + " line " + lines.get(0).number()
                        + ": entry before any section: " + lines.get(0).text());
            }
            Map<String, String> current = sections.computeIfAbsent(name, k -> new LinkedHashMap<>());
            for (DataFile.Line line : lines) {
                String l = line.text();
                if (name.equals("future") || name.equals("past") || name.equals("speech")) {
                    current.put(l, name);
                    continue;
                }
                String[] parts = l.split("\\s+");
                for (int i = 1; i < parts.length; i++) {
                    current.put(caseSensitive(name) ? parts[i] : parts[i].toLowerCase(Locale.ROOT), parts[0]);
                }
            }
        });
        return new TimeWords(sections);
    }

    private static boolean caseSensitive(String section) {
        return section.equals("month") || section.equals("weekday");
    }

    Map<String, String> section(String name) {
        Map<String, String> s = sections.get(name);
        if (s == null) {
            throw new IllegalStateException("no section [" + name + "] in " + RESOURCE);
        }
        return s;
    }

    /** The key of {@code word} in a section, or null. */
    String key(String section, String word) {
        String w = caseSensitive(section) ? word : word.toLowerCase(Locale.ROOT);
        String k = section(section).get(w);
        if (k == null && caseSensitive(section)) {
            // "SEPTEMBER", "september" in a headline or sloppy text
            for (Map.Entry<String, String> e : section(section).entrySet()) {
                if (e.getKey().equalsIgnoreCase(word)) {
                    return e.getValue();
                }
            }
        }
        return k;
    }

    /** A non-capturing alternation of a section's words, longest first, spaces matching any white space. */
    String alternation(String section) {
        List<String> words = new ArrayList<>(section(section).keySet());
        words.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        return words.stream().map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|", "(?:", ")"));
    }

    List<String> words(String section) {
        return List.copyOf(section(section).keySet());
    }
}
