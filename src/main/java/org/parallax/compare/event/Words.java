package org.parallax.compare.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.parallax.text.DataFile;
import org.parallax.text.Token;
import org.parallax.text.WordTable;

/**
 * Word splitting and a light lemmatiser for matching events (and naming stories) across outlets. Words are runs of
 * letters and digits (with inner apostrophes and hyphens). {@link #lemma} lower-cases, maps irregular forms and
 * synonyms to one head word by the table in {@code lemmas.txt} ("met" → "meet", "airstrikes" → "strike"), and strips
 * regular endings (-s, -es, -ies, -ed, -ing). Function words, reporting verbs and calendar words are in
 * {@code stopwords.txt}.
 */
public final class Words {

    /** A possessive at the end, compiled once (normalise is a hot path). */
    private static final Pattern POSSESSIVE = Pattern.compile("'s$");

    private static final Set<String> STOP = readSet("stopwords.txt");
    private static final Map<String, String> LEMMAS = readMap("lemmas.txt");
    /** Head words of the synonym classes: the words that name a happening ("visit", "meet", "strike"). */
    private static final Set<String> PREDICATES = new HashSet<>(LEMMAS.values());
    /** The first words of the multi-word forms ("put" of "put-on-hold"): only they start a longer match. */
    private static final Set<String> FORM_STARTS = formStarts();
    /** Every word of the tables with what each table says of it: one look-up where each table was asked apart. */
    private static final Map<String, Entry> TABLE = table();

    private Words() {
    }

    /**
     * The words of {@code [from, to)}: runs of letters and digits ({@code \p{L}}, {@code \p{N}}) joined by single
     * apostrophes or hyphens, as the pattern {@code [\p{L}\p{N}]++(?:['’\-][\p{L}\p{N}]++)*+} finds them
     * (read char by char: split is asked of every statement, clause and article).
     */
    public static List<Token> split(String text, int from, int to) {
        // sized for a word in about six chars: the list grew and was copied five times in a sentence of 25 words
        List<Token> out = new ArrayList<>(Math.max(10, (to - from) / 6));
        int i = from;
        while (i < to) {
            int end = wordEnd(text, i, to);
            if (end < 0) {
                i++;
                continue;
            }
            out.add(new Token(i, end, text.substring(i, end)));
            i = end;
        }
        return out;
    }

    /**
     * The end of the word {@link #split} finds starting at {@code i} (runs of letters and digits joined by single
     * apostrophes or hyphens), or -1 when none starts there: for a caller that reads the words without a token each.
     */
    public static int wordEnd(String text, int i, int to) {
        int end = run(text, i, to);
        if (end < 0) {
            return -1;
        }
        while (end < to) {
            char c = text.charAt(end);
            int next = c == '\'' || c == '’' || c == '-' ? run(text, end + 1, to) : -1;
            if (next < 0) {
                break;
            }
            end = next;
        }
        return end;
    }

    /** The end of the run of letters and digits starting at {@code i}, or -1 when none starts there. */
    public static int run(String text, int i, int to) {
        int at = i;
        while (at < to) {
            char c = text.charAt(at);
            if (c < 128) { // ASCII, most of any text: no code point to read
                if (!asciiLetterOrDigit(c)) {
                    break;
                }
                at++;
                continue;
            }
            int cp = text.codePointAt(at);
            int next = at + Character.charCount(cp);
            if (next > to || !letterOrNumber(cp)) {
                break;
            }
            at = next;
        }
        return at > i ? at : -1;
    }

    /** {@link #wordEnd(String, int, int)} over a text's chars ({@code text.toCharArray()}): no {@code charAt} per char. */
    public static int wordEnd(char[] chars, int i, int to) {
        int end = run(chars, i, to);
        if (end < 0) {
            return -1;
        }
        while (end < to) {
            char c = chars[end];
            int next = c == '\'' || c == '’' || c == '-' ? run(chars, end + 1, to) : -1;
            if (next < 0) {
                break;
            }
            end = next;
        }
        return end;
    }

    /**
     * {@link #run(String, int, int)} over a text's chars: {@code Character.codePointAt} reads up to the array's end
     * as {@code String.codePointAt} reads up to the text's.
     */
    public static int run(char[] chars, int i, int to) {
        int at = i;
        while (at < to) {
            char c = chars[at];
            if (c < 128) {
                if (!ASCII_WORD[c]) {
                    break;
                }
                at++;
                continue;
            }
            int cp = Character.isSurrogate(c) ? Character.codePointAt(chars, at) : c;
            int next = at + Character.charCount(cp);
            if (next > to || !letterOrNumber(cp)) {
                break;
            }
            at = next;
        }
        return at > i ? at : -1;
    }

    /**
     * The word ({@link #split}'s) that starts at {@code i}, {@code chars[i]} not an {@link #asciiNonWord} char and
     * {@code i < to}: its end in the high 32 bits and its {@link #hash} in the low; -1 when no word starts there. Read
     * from the chars, the word's hash coming with it: most words are ASCII letters and digits ending at an ASCII char
     * that joins no word, read and hashed in one pass; any other word is found by {@link #wordEnd} and hashed after.
     */
    static long wordAt(char[] chars, int i, int to) {
        int end = i;
        int hash = 0;
        char c = chars[i];
        while (asciiWord(c)) {
            hash = 31 * hash + c;
            if (++end == to) {
                break;
            }
            c = chars[end];
        }
        if (end == i || end < to && (c >= 128 || c == '\'' || c == '-')) {
            end = wordEnd(chars, i, to);
            if (end < 0) {
                return -1;
            }
            hash = WordTable.hash(chars, i, end);
        }
        return (long) end << 32 | hash & 0xFFFFFFFFL;
    }

    /** {@link #asciiLetterOrDigit} of each ASCII char: one load where C1 compiles up to six compares. */
    private static final boolean[] ASCII_WORD = asciiWord();

    private static boolean[] asciiWord() {
        boolean[] out = new boolean[128];
        for (char c = 0; c < 128; c++) {
            out[c] = asciiLetterOrDigit(c);
        }
        return out;
    }

    /** Whether the char cannot start a word: an ASCII char but a letter or digit (a space, a mark). */
    public static boolean asciiNonWord(char c) {
        return c < 128 && !ASCII_WORD[c];
    }

    /** Whether the char is an ASCII letter or digit. */
    public static boolean asciiWord(char c) {
        return c < 128 && ASCII_WORD[c];
    }

    private static boolean asciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private static boolean allDigits(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isDigit(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The general categories of {@code \p{L}} ({@link Character#isLetter}'s five) and {@code \p{N}}, as bits. */
    private static final int LETTER_OR_NUMBER = 1 << Character.UPPERCASE_LETTER | 1 << Character.LOWERCASE_LETTER
            | 1 << Character.TITLECASE_LETTER | 1 << Character.MODIFIER_LETTER | 1 << Character.OTHER_LETTER
            | 1 << Character.DECIMAL_DIGIT_NUMBER | 1 << Character.LETTER_NUMBER | 1 << Character.OTHER_NUMBER;

    /** {@code \p{L}} or {@code \p{N}}: a letter, or a number of any of the three kinds (one category look-up). */
    private static boolean letterOrNumber(int cp) {
        return (LETTER_OR_NUMBER >> Character.getType(cp) & 1) != 0;
    }

    public static List<Token> split(String text) {
        return split(text, 0, text.length());
    }

    /** Whether the lower-cased word is a function word, reporting verb or calendar word. */
    public static boolean isStopWord(String word) {
        return isNormalStopWord(normalise(word));
    }

    /** {@link #isStopWord} of a word already {@link #normalise normalised}. */
    public static boolean isNormalStopWord(String normal) {
        return STOP.contains(normal);
    }

    /** Whether a lemma is the head of a synonym class of happenings (a predicate worth more in similarity). */
    public static boolean isPredicate(String lemma) {
        return PREDICATES.contains(lemma);
    }

    public static String normalise(String word) {
        if (lowerAsciiOnly(word)) {
            return word; // nothing to lower-case, no apostrophe: most words
        }
        String w = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (w.endsWith("'s")) { // the pattern's one match, cut without it
            return w.substring(0, w.length() - 2);
        }
        return w.contains("'s") ? POSSESSIVE.matcher(w).replaceAll("") : w;
    }

    /** Only lower-case ASCII letters, digits and hyphens: what {@link #normalise} leaves as it is, checked in one pass. */
    private static boolean lowerAsciiOnly(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** The lemma of a word (see the class comment). */
    public static String lemma(String word) {
        return lemmaOfNormal(normalise(word));
    }

    /**
     * What the tables say of a normal word (its lemma, whether that is a predicate head, whether the word is a
     * stop word and whether a multi-word form starts with it): {@link #lemmaOfNormal}, {@link #isPredicate} of the
     * lemma, {@link #isNormalStopWord} and {@link #startsForm}, read with one look-up (two when it has an ending to
     * strip). A clause asked the four tables apart for each word, a fifth of finding statements. A word of the
     * tables (the function words are most of a text's) gets the reading made for it with the tables: each was made
     * anew, its ending stripped again, for every word read.
     */
    static Reading read(String normal) {
        Entry e = TABLE.get(normal);
        return e != null ? e.reading : readOutsideTables(normal);
    }

    /** {@link #read} of a normal word, its own line in the tables {@code e} ({@code null} when none). */
    private static Reading readAnew(String normal, Entry e) {
        boolean stop = e != null && e.stop;
        boolean formStart = e != null && e.formStart;
        if (e != null && e.head != null) {
            return new Reading(e.head, true, stop, formStart);
        }
        String stem = stem(normal);
        Entry s = stem == normal ? null : TABLE.get(stem);
        // a word the lemma table does not map is no head: every head maps (to itself, or to a later line's head)
        return s != null && s.head != null ? new Reading(s.head, true, stop, formStart)
                : new Reading(stem, false, stop, formStart);
    }

    /** {@link #read} of a normal word none of the tables holds: its stem's head, if the stem has one. */
    private static Reading readOutsideTables(String normal) {
        String stem = stem(normal);
        Entry s = stem == normal ? null : TABLE.get(stem);
        return s != null && s.head != null ? new Reading(s.head, true, false, false)
                : new Reading(stem, false, false, false);
    }

    /**
     * {@link #read}: a normal word's lemma and what the tables say of it, and {@code term}, the term a word written in
     * lower case gives ({@link Terms}): its lemma when that has three letters or more and is no stop word, a predicate
     * head's as it is, another's lower-cased unless all digits; null when none. Made with the reading, which
     * {@link KnownWords} makes once per word and thread: the terms tested and lower-cased each lemma for every word.
     */
    record Reading(String lemma, boolean predicate, boolean stop, boolean formStart, String term) {

        Reading(String lemma, boolean predicate, boolean stop, boolean formStart) {
            this(lemma, predicate, stop, formStart, termOf(lemma, predicate));
        }
    }

    private static String termOf(String lemma, boolean predicate) {
        if (lemma.length() < 3 || isStopWord(lemma)) {
            return null;
        }
        if (predicate) {
            return lemma;
        }
        return allDigits(lemma) ? null : lemma.toLowerCase(Locale.ROOT);
    }

    /** Whether a multi-word form ("put-on-hold") starts with this normal word. */
    static boolean startsForm(String normal) {
        return FORM_STARTS.contains(normal);
    }

    /**
     * One word's line in {@link #TABLE}: the head it maps to ({@code null} when none), stop word, form start, and its
     * {@link #read reading} (set once the table is whole: a stem's line is asked for it).
     */
    private static final class Entry {
        final String head;
        final boolean stop;
        final boolean formStart;
        Reading reading;

        Entry(String head, boolean stop, boolean formStart) {
            this.head = head;
            this.stop = stop;
            this.formStart = formStart;
        }
    }

    private static Map<String, Entry> table() {
        Set<String> words = new HashSet<>(STOP);
        words.addAll(LEMMAS.keySet());
        words.addAll(FORM_STARTS);
        Map<String, Entry> out = new HashMap<>();
        for (String w : words) {
            out.put(w, new Entry(LEMMAS.get(w), STOP.contains(w), FORM_STARTS.contains(w)));
        }
        return out;
    }

    /** Each line's reading, once every line is in {@link #TABLE} (set while the class is initialised: every thread sees it). */
    static {
        TABLE.forEach((w, e) -> e.reading = readAnew(w, e));
    }

    private static Set<String> formStarts() {
        Set<String> out = new HashSet<>();
        try (java.io.InputStream in = Words.class.getResourceAsStream("lemmas.txt")) {
            String table = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            java.util.regex.Matcher m = Pattern.compile("(?m)(?:^|\\s)(\\p{L}+)-\\p{L}")
                    .matcher(table.replaceAll("(?m)^#.*$", ""));
            while (m.find()) {
                out.add(m.group(1).toLowerCase(Locale.ROOT));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return Set.copyOf(out);
    }

    /** {@link #lemma} of a word already {@link #normalise normalised}. */
    public static String lemmaOfNormal(String w) {
        String mapped = LEMMAS.get(w);
        if (mapped != null) {
            return mapped;
        }
        String stem = stem(w);
        mapped = LEMMAS.get(stem);
        return mapped != null ? mapped : stem;
    }

    static String stem(String w) {
        char last = w.isEmpty() ? 0 : w.charAt(w.length() - 1);
        if (last != 's' && last != 'd' && last != 'g') {
            return w; // no ending to strip: most words, read without a test per ending
        }
        if (w.length() <= 4 || !allLetters(w)) {
            return w.endsWith("s") && w.length() > 3 && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
        }
        if (w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("sses") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        if (w.endsWith("ied")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("ed") && w.length() > 5) {
            return undouble(w.substring(0, w.length() - 2));
        }
        if (w.endsWith("ing") && w.length() > 6) {
            return undouble(w.substring(0, w.length() - 3));
        }
        return w;
    }

    /** Every char a letter (a loop: {@code chars().allMatch} was a third of lemmatising). */
    private static boolean allLetters(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') && !Character.isLetter(c)) {
                return false;
            }
        }
        return true;
    }

    private static String undouble(String s) {
        int n = s.length();
        if (n > 3 && s.charAt(n - 1) == s.charAt(n - 2) && "lsz".indexOf(s.charAt(n - 1)) < 0) {
            return s.substring(0, n - 1);
        }
        return s;
    }

    private static Set<String> readSet(String name) {
        Set<String> out = new HashSet<>();
        for (String line : lines(name)) {
            for (String w : line.split("\\s+")) {
                if (!w.isEmpty()) {
                    out.add(w.toLowerCase(Locale.ROOT));
                }
            }
        }
        return Set.copyOf(out);
    }

    /** "head: form form form" lines. */
    private static Map<String, String> readMap(String name) {
        Map<String, String> out = new HashMap<>();
        for (String line : lines(name)) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String head = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            out.put(head, head);
            for (String w : line.substring(colon + 1).strip().split("\\s+")) {
                if (!w.isEmpty()) {
                    out.put(w.toLowerCase(Locale.ROOT), head);
                }
            }
        }
        return Map.copyOf(out);
    }

    private static List<String> lines(String name) {
        return DataFile.of(Words.class, name).texts();
    }
}
