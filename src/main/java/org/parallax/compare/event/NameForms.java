package org.parallax.compare.event;

import java.io.Serializable;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.parallax.model.Article;
import org.parallax.text.Token;
import org.parallax.text.WordTable;

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
     * one after the other on one thread was most of this. Each thread reads with its own {@link Reader}, which asks
     * the shared sets only for words it has not met.
     */
    static NameForms of(List<Article> articles) {
        Set<String> alone = ConcurrentHashMap.newKeySet();
        Set<String> lower = ConcurrentHashMap.newKeySet();
        Map<Thread, Reader> readers = new ConcurrentHashMap<>();
        articles.parallelStream().forEach(a -> readers.computeIfAbsent(Thread.currentThread(),
                t -> new Reader(alone, lower)).read(a));
        return new NameForms(alone, lower);
    }

    /** The forms of articles read one at a time (a partition of the Spark job): those {@link #of} reads. */
    public static NameForms read(Iterator<Article> articles) {
        Set<String> alone = new HashSet<>();
        Set<String> lower = new HashSet<>();
        Reader reader = new Reader(alone, lower);
        articles.forEachRemaining(reader::read);
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

    /**
     * Reads articles' forms into two sets, on one thread. A word is read by its place in the text, not as a token: it
     * is copied into a string only the first time this reader meets it ({@link SeenWords}), and only then is the set
     * asked (most words of an article are known by then, and the sets may be shared by every core). Each word is read
     * from the article's chars and hashed in the pass that finds it.
     */
    private static final class Reader {
        private final Set<String> alone;
        private final Set<String> lower;
        private final SeenWords seenAlone = new SeenWords(1024);
        private final SeenWords seenLower = new SeenWords(1024);
        /** The end and the hash ({@link String#hashCode}) of the word {@link #next} found last. */
        private int foundEnd;
        private int foundHash;

        Reader(Set<String> alone, Set<String> lower) {
            this.alone = alone;
            this.lower = lower;
        }

        /**
         * Adds one article's forms: its words as {@link Words#split} gives them, each capitalised word written alone
         * (not joined by white space alone to a capitalised word or "the" before it, nor to a name after it) in
         * {@code alone} without its possessive, each word that opens with a lower-case letter in {@code lower}.
         */
        void read(Article a) {
            String text = a.text();
            char[] chars = text.toCharArray(); // the words found in an array: charAt per char was most of reading
            int n = chars.length;
            int prevStart = -1;
            int prevEnd = -1;
            int start = next(chars, 0, n);
            int end = foundEnd;
            int hash = foundHash;
            while (start < n) {
                int nextStart = next(chars, end, n);
                int nextEnd = foundEnd;
                int nextHash = foundHash;
                char first = chars[start];
                if (isLetter(first)) {
                    if (!isUpperCase(first)) {
                        add(lower, seenLower, chars, start, end, hash);
                    } else if (!(prevStart >= 0 && joined(chars, prevEnd, start)
                            && nameOrThe(text, chars, prevStart, prevEnd))
                            && !(nextStart < n && joined(chars, end, nextStart)
                            && nameLike(chars, nextStart, nextEnd))) {
                        int cut = possessiveCut(chars, start, end);
                        add(alone, seenAlone, chars, start, cut, cut == end ? hash : WordTable.hash(chars, start, cut));
                    }
                }
                prevStart = start;
                prevEnd = end;
                start = nextStart;
                end = nextEnd;
                hash = nextHash;
            }
        }

        /** {@link Character#isLetter(char)}, ASCII told without a call. */
        private static boolean isLetter(char c) {
            return c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' : Character.isLetter(c);
        }

        /** {@link Character#isUpperCase(char)}, ASCII told without a call. */
        private static boolean isUpperCase(char c) {
            return c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
        }

        /** Whether the word {@code chars[from, to)} is capitalised or "the" ({@link Words#normalise normalised}). */
        private static boolean nameOrThe(String text, char[] chars, int from, int to) {
            // normalising lower-cases (which never shortens a word) and may cut a possessive: "the" comes of at most 5
            // chars, the first of them a 't' in either case (no other char lower-cases to one)
            char c = chars[from];
            return isUpperCase(c) || to - from <= 5 && (c == 't' || c == 'T')
                    && Words.normalise(text.substring(from, to)).equals("the");
        }

        /** {@link NameForms#nameLike} of the word {@code chars[from, to)}, copied out only when it holds a dash. */
        private static boolean nameLike(char[] chars, int from, int to) {
            if (isUpperCase(chars[from])) {
                return true;
            }
            for (int i = from + 1; i < to; i++) {
                if (chars[i] == '-') {
                    return particleName(new String(chars, from, to - from));
                }
            }
            return false; // no dash: no particle
        }

        /**
         * Adds {@code chars[from, to)} ({@code hash} its hash) to {@code set} the first time this reader meets it
         * there.
         */
        private static void add(Set<String> set, SeenWords seen, char[] chars, int from, int to, int hash) {
            if (seen.add(chars, from, to, hash)) { // met for the first time
                addNew(set, new String(chars, from, to - from));
            }
        }

        /**
         * Where the next word starts at or after {@code i} ({@link Words#split}'s steps), its end and hash left in
         * {@link #foundEnd} and {@link #foundHash}; {@code n} when none does. Each word is found and hashed in one pass
         * ({@link Words#wordAt}).
         */
        private int next(char[] chars, int i, int n) {
            for (; i < n; i++) {
                if (Words.asciiNonWord(chars[i])) {
                    continue; // a space or mark, most chars between words: no word starts there, told without a call
                }
                long word = Words.wordAt(chars, i, n);
                if (word < 0) {
                    continue;
                }
                foundEnd = (int) (word >>> 32);
                foundHash = (int) word;
                return i;
            }
            foundEnd = -1;
            return n;
        }
    }

    /**
     * Adds {@code word} unless the set holds it: asking a concurrent set takes no lock where adding may (the shared
     * sets' locks were a third of reading the forms).
     */
    private static void addNew(Set<String> set, String word) {
        if (!set.contains(word)) {
            set.add(word);
        }
    }

    /** The word without a possessive "'s" or "’s" at its end (a word holds no line break, so the end is its end). */
    static String withoutPossessive(String word) {
        int n = word.length();
        int end = possessiveCut(word.toCharArray(), 0, n); // a copy: only the tests read a word as a string
        return end < n ? word.substring(0, end) : word;
    }

    /** Where {@code chars[start, end)} ends without a possessive "'s" or "’s" at its end. */
    private static int possessiveCut(char[] chars, int start, int end) {
        boolean possessive = end - start >= 2 && chars[end - 1] == 's'
                && (chars[end - 2] == '\'' || chars[end - 2] == '’');
        return possessive ? end - 2 : end;
    }

    /**
     * Forms read from the same words: the same sets. A value, read in parts and united ({@link #union}: the Spark job's
     * partitions); the tests hold every way of reading (every core, one article at a time) to the tokens' reading by
     * it, and a record would make its sets public.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof NameForms f && alone.equals(f.alone) && lower.equals(f.lower);
    }

    @Override
    public int hashCode() {
        return 31 * alone.hashCode() + lower.hashCode();
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

    /** Only white space between two words, the one ending at {@code end} and the next starting at {@code start}. */
    private static boolean joined(char[] chars, int end, int start) {
        for (int i = end; i < start; i++) {
            if (!Character.isWhitespace(chars[i])) {
                return false;
            }
        }
        return true;
    }
}
