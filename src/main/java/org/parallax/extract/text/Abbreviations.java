package org.parallax.extract.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Words ending in a full stop that do not end a sentence, read from a data file ({@code abbreviations.txt}):
 * <em>strong</em> ones ("Sep.", "Mr.", "U.S.") never end one when a word follows, <em>weak</em> ones ("Inc.",
 * "etc.", "p.m.") only hold a sentence together when the next word starts in lower case or with a digit. Single
 * capital initials ("F." in "John F. Kennedy") count as strong.
 */
public final class Abbreviations {

    private static final String RESOURCE = "abbreviations.txt";

    private final Set<String> strong;
    private final Set<String> weak;

    public Abbreviations(Set<String> strong, Set<String> weak) {
        this.strong = Set.copyOf(strong);
        this.weak = Set.copyOf(weak);
    }

    /** The list bundled with Parallax. */
    public static Abbreviations bundled() {
        try (InputStream in = Abbreviations.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the data-file format: one abbreviation per line, {@code [strong]}/{@code [weak]} sections, # comments. */
    public static Abbreviations read(InputStream in) throws IOException {
        Set<String> strong = new HashSet<>();
        Set<String> weak = new HashSet<>();
        Set<String> current = strong;
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line; (line = r.readLine()) != null; ) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            if (l.equals("[strong]")) {
                current = strong;
            } else if (l.equals("[weak]")) {
                current = weak;
            } else {
                current.add(l);
            }
        }
        return new Abbreviations(strong, weak);
    }

    /** Whether a sentence that ends with {@code word} should run on into a sentence starting with {@code next}. */
    public boolean holdsTogether(String word, String next) {
        String w = stripOpening(word);
        if (!w.endsWith(".") || next.isEmpty()) {
            return false;
        }
        if (strong.contains(w) || isInitial(w)) {
            return true;
        }
        char c = next.charAt(0);
        return weak.contains(w) && (Character.isLowerCase(c) || Character.isDigit(c));
    }

    public boolean isAbbreviation(String word) {
        String w = stripOpening(word);
        return strong.contains(w) || weak.contains(w) || isInitial(w);
    }

    private static boolean isInitial(String w) {
        return w.length() == 2 && Character.isUpperCase(w.charAt(0)) && w.charAt(1) == '.';
    }

    private static String stripOpening(String word) {
        int i = 0;
        while (i < word.length() && "([{\"'“‘«".indexOf(word.charAt(i)) >= 0) {
            i++;
        }
        return word.substring(i);
    }
}
