package org.parallax.compare.quote;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parallax.text.DataFile;

/**
 * The word lists quote comparison uses: function words ({@code stopwords.txt}) and classes of related words a
 * translation or paraphrase may swap ({@code related-words.txt}). Also the light stemmer every measure shares.
 */
public final class QuoteLexicon {

    private static final QuoteLexicon STANDARD = load();

    private final Set<String> stopwords;
    /** stem → class name (the first word of its line, stemmed). */
    private final Map<String, String> classes;

    QuoteLexicon(Set<String> stopwords, Map<String, String> classes) {
        this.stopwords = Set.copyOf(stopwords);
        this.classes = Map.copyOf(classes);
    }

    public static QuoteLexicon standard() {
        return STANDARD;
    }

    public boolean isStopword(String word) {
        return stopwords.contains(word);
    }

    /** The class a stem belongs to, else the stem itself. */
    public String classOf(String stem) {
        return classes.getOrDefault(stem, stem);
    }

    /**
     * A light, explainable stemmer: "-ies" → "-y", drops "-ing" and "-ed" from words of six and five letters or more,
     * "-es" after s, x, z, ch, sh, and a final "-s" (not "-ss", "-us", "-is"). "spreading", "spreads" → "spread".
     */
    public static String stem(String w) {
        int n = w.length();
        if (n > 4 && w.endsWith("ies")) {
            return w.substring(0, n - 3) + "y";
        }
        if (n > 5 && w.endsWith("ing")) {
            return w.substring(0, n - 3);
        }
        if (n > 4 && w.endsWith("ed")) {
            return w.substring(0, n - 2);
        }
        if (n > 4 && (w.endsWith("ses") || w.endsWith("xes") || w.endsWith("zes") || w.endsWith("ches")
                || w.endsWith("shes"))) {
            return w.substring(0, n - 2);
        }
        if (n > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, n - 1);
        }
        return w;
    }

    private static QuoteLexicon load() {
        Set<String> stop = new HashSet<>(lines("stopwords.txt"));
        Map<String, String> classes = new HashMap<>();
        for (String line : lines("related-words.txt")) {
            String[] words = line.split("\\s+");
            String name = stem(words[0]);
            for (String w : words) {
                classes.putIfAbsent(stem(w), name);
            }
        }
        return new QuoteLexicon(stop, classes);
    }

    /** The entries of a data file in lower case; here '#' also starts a comment inside a line. */
    private static List<String> lines(String name) {
        return DataFile.of(QuoteLexicon.class, name).texts().stream()
                .map(s -> s.replaceFirst("#.*", "").strip().toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty()).toList();
    }
}
