package org.parallax.compare.event;

import java.io.Serializable;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.parallax.model.Article;
import org.parallax.text.Token;

/**
 * How a corpus writes its names, for shortening them in headlines: which capitalised words it writes alone (not next
 * to another capitalised word, not after "the": the surnames, "Assad" but not "Bashar"), and which words it also
 * writes in lower case (common words, so titles: "minister", "foreign", "state"). Serializable on purpose: word sets,
 * which the Spark job gathers as an aggregate and broadcasts (decision 0016).
 */
public final class NameForms implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Forms that let every name stand alone and no word be common (tests of made-up sentences). */
    static final NameForms NONE = new NameForms(Set.of(), Set.of());

    private final Set<String> alone;
    private final Set<String> lower;

    NameForms(Set<String> alone, Set<String> lower) {
        this.alone = Set.copyOf(alone);
        this.lower = Set.copyOf(lower);
    }

    /**
     * Read from every article on every core into two shared sets (sets, so order is moot): joining per-article sets
     * one after the other on one thread was most of this.
     */
    static NameForms of(List<Article> articles) {
        Set<String> alone = ConcurrentHashMap.newKeySet();
        Set<String> lower = ConcurrentHashMap.newKeySet();
        articles.parallelStream().forEach(a -> read(a, alone, lower));
        return new NameForms(alone, lower);
    }

    /** The forms of articles read one at a time (a partition of the Spark job): those {@link #of} reads. */
    public static NameForms read(Iterator<Article> articles) {
        Set<String> alone = new HashSet<>();
        Set<String> lower = new HashSet<>();
        articles.forEachRemaining(a -> read(a, alone, lower));
        return new NameForms(alone, lower);
    }

    /** The forms of two parts of a corpus together: those of the whole. */
    public NameForms union(NameForms other) {
        Set<String> alone = new HashSet<>(this.alone);
        alone.addAll(other.alone);
        Set<String> lower = new HashSet<>(this.lower);
        lower.addAll(other.lower);
        return new NameForms(alone, lower);
    }

    /** Adds one article's forms to {@code alone} and {@code lower}. */
    private static void read(Article a, Set<String> alone, Set<String> lower) {
        String text = a.text();
        List<Token> ws = Words.split(text);
        for (int i = 0; i < ws.size(); i++) {
            Token w = ws.get(i);
            if (!Character.isLetter(w.text().charAt(0))) {
                continue;
            }
            if (!w.capitalised()) {
                addNew(lower, w.text());
                continue;
            }
            boolean prevJoined = i > 0 && joined(text, ws.get(i - 1), w)
                    && (ws.get(i - 1).capitalised() || Words.normalise(ws.get(i - 1).text()).equals("the"));
            boolean nextJoined = i + 1 < ws.size() && joined(text, w, ws.get(i + 1)) && nameLike(ws.get(i + 1));
            if (!prevJoined && !nextJoined) {
                addNew(alone, withoutPossessive(w.text()));
            }
        }
    }

    /**
     * Adds {@code word} unless the set holds it: most words of an article are known by then, and asking a concurrent
     * set takes no lock where adding may (the shared sets' locks were a third of reading the forms).
     */
    private static void addNew(Set<String> set, String word) {
        if (!set.contains(word)) {
            set.add(word);
        }
    }

    /** The word without a possessive "'s" or "’s" at its end (a word holds no line break, so the end is its end). */
    static String withoutPossessive(String word) {
        int n = word.length();
        boolean possessive = n >= 2 && word.charAt(n - 1) == 's' && (word.charAt(n - 2) == '\'' || word.charAt(n - 2) == '’');
        return possessive ? word.substring(0, n - 2) : word;
    }

    /** Whether the articles write this capitalised word alone (a surname). */
    boolean alone(String word) {
        return alone.contains(word);
    }

    /** Whether the articles also write this word in lower case, or it is a function word or title ("President"). */
    boolean common(String word) {
        String l = word.toLowerCase(Locale.ROOT);
        return lower.contains(l) || Words.isStopWord(l);
    }

    /** A name with a particle: "al-Assad", "bin-Salman" (compiled once: asked of every word of every statement). */
    private static final Pattern PARTICLE_NAME = Pattern.compile("\\p{Ll}{1,3}-\\p{Lu}.*");

    static boolean particleName(String word) {
        // most words have no dash where the pattern wants one: no matcher for them. Up to three lower-case letters
        // come first, each one char or two (a letter outside the Basic Multilingual Plane)
        int dash = word.indexOf('-');
        return dash >= 1 && dash <= 6 && PARTICLE_NAME.matcher(word).matches();
    }

    /** A capitalised word or a name with a particle ("al-Assad"). */
    static boolean nameLike(Token w) {
        return w.capitalised() || particleName(w.text());
    }

    /** Only white space between the two words (asked of every word: no copy of the gap). */
    private static boolean joined(String text, Token a, Token b) {
        for (int i = a.end(); i < b.start(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
