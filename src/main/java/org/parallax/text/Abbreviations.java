package org.parallax.text;

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

    /** Every listed abbreviation, strong and weak, as written in the list ("Sep.", "U.S.", "etc."). */
    public Set<String> listed() {
        Set<String> all = new HashSet<>(strong);
        all.addAll(weak);
        return Set.copyOf(all);
    }

    /** The list bundled with Parallax, read once. */
    public static Abbreviations bundled() {
        return Bundled.INSTANCE;
    }

    private static final class Bundled {
        static final Abbreviations INSTANCE = read(DataFile.of(Abbreviations.class, RESOURCE));
    }

    /** Reads the data-file format: one abbreviation a line under {@code [strong]} or {@code [weak]} (strong first). */
    public static Abbreviations read(DataFile file) {
        Set<String> strong = new HashSet<>();
        Set<String> weak = new HashSet<>();
        file.sections().forEach((section, lines) -> {
            Set<String> into = section.equals("weak") ? weak : strong;
            lines.forEach(l -> into.add(l.text()));
        });
        return new Abbreviations(strong, weak);
    }

    /**
     * Whether a sentence that OpenNLP's model ended with {@code word} should run on into the one starting with
     * {@code next}: the model has judged, so only strong abbreviations and initials overrule it, and weak ones
     * before a lower-case word or a number.
     */
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

    /**
     * Whether {@code word}, ending in a full stop, is an abbreviation when there is no model to judge: any listed
     * one, strong or weak ("Apple Inc. CEO"), an initial, and a word with full stops inside its letters ("B.C.",
     * "N.V.", "a.m.", the "..." of an ellipsis).
     */
    public boolean isAbbreviation(String word) {
        String w = stripOpening(word);
        return strong.contains(w) || weak.contains(w) || isInitial(w) || w.endsWith(".") && dotted(w);
    }

    private static boolean isInitial(String w) {
        return w.length() == 2 && Character.isUpperCase(w.charAt(0)) && w.charAt(1) == '.';
    }

    /** A full stop among the letters and full stops right before the last one. */
    private static boolean dotted(String w) {
        int j = w.length() - 1;
        while (j > 0 && (Character.isLetter(w.charAt(j - 1)) || w.charAt(j - 1) == '.')) {
            j--;
        }
        return w.lastIndexOf('.', w.length() - 2) >= j;
    }

    private static String stripOpening(String word) {
        int i = 0;
        while (i < word.length() && "([{\"'“‘«".indexOf(word.charAt(i)) >= 0) {
            i++;
        }
        return word.substring(i);
    }
}
