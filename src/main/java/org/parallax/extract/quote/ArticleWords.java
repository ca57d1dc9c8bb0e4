package org.parallax.extract.quote;

import java.util.Arrays;
import java.util.Set;
import org.parallax.text.WordTable;

/**
 * The words of the tokens of articles read one after another on one thread, made once per distinct word: the first
 * "said" is made as its {@link MaskedToken} (its text, its lower case and its word tests); every later "said", in the
 * same article or in the next ones read with this table, shares that word. Articles repeat most of their tokens
 * (punctuation, function words, names), and so do the articles of a corpus: a table per article made each word's
 * strings and facts (a substring, a lower-case copy, the word lists' look-ups) once per article that used it, a table
 * over a run of articles makes them once per run (once for the corpus when the runs share {@link CorpusWords}), and
 * the tokens of the corpus (live until its quotes are found) share them. Looked up by the chars of the text, without
 * making a string ({@link WordTable}); one thread uses a table, so nothing is shared between threads while it fills.
 */
final class ArticleWords {

    /** The words read, numbered in the order first read. */
    private final WordTable table;
    /** Per word number: the word of the first token read with its chars, which every later one shares. */
    private MaskedToken[] firsts;
    /**
     * Per word number: whether it was given to the first pass's {@link #INSIDE} set, to its {@link #LOWER} set; with
     * {@link #corpus}, unused (its entries hold the bits for every table).
     */
    private byte[] given;
    /** Per word number, with {@link #corpus}: the word's entry there. */
    private CorpusWords.Entry[] entries;
    /** The word number of the word {@link #word} gave last. */
    private int lastWord;
    /** The chars of the articles read ({@link #read}): at most what the table keeps of their texts. */
    private long charsRead;
    /** The registry's first-pass sets ({@link PersonRegistry#firstPassWords}), shared by every thread; or null. */
    private final Set<String> inside;
    private final Set<String> lower;
    /** The words every table of the corpus shares, or null: this table's words are then made here. */
    private final CorpusWords corpus;

    private static final byte INSIDE = 1;
    private static final byte LOWER = 2;

    /** A table for the words of one text or of texts read in turn: {@code expected}, the distinct words, is a guess. */
    ArticleWords(int expected) {
        this(expected, null, null, null);
    }

    /**
     * A table that also gives the words of each text it reads to the first pass's sets ({@link #read}), each word once
     * per table: nearly every word of an article was given already, and asking a set shared by every thread for each
     * token (a concurrent look-up, slowed further while the set grows) was most of the first pass.
     */
    ArticleWords(int expected, Set<String> inside, Set<String> lower) {
        this(expected, inside, lower, null);
    }

    /**
     * A table as {@link #ArticleWords(int, Set, Set)} whose new words come from {@code corpus}, shared with the other
     * tables of the corpus: a word is made, and given to each set, once for the corpus, not once per table.
     */
    ArticleWords(int expected, Set<String> inside, Set<String> lower, CorpusWords corpus) {
        table = new WordTable(expected);
        int words = Math.max(16, expected);
        firsts = new MaskedToken[words];
        given = corpus == null ? new byte[words] : null;
        entries = corpus == null ? null : new CorpusWords.Entry[words];
        this.inside = inside;
        this.lower = lower;
        this.corpus = corpus;
    }

    /** The number of the word {@link #word} gave last, shared by every token of the same chars read with this table. */
    int lastWord() {
        return lastWord;
    }

    /**
     * Gives the words of an article read with this table (its tokens' word numbers: {@code words}, from
     * {@link #lastWord}) to
     * the first pass's sets, as {@link CorpusNames.Capitals#collect} finds them, those given before left out.
     */
    void read(ArticleText at, int[] words) {
        charsRead += at.text.length();
        if (inside == null) {
            return;
        }
        CorpusNames.Capitals.collectTokens(at, k -> {
            if (firstGiven(words[k], INSIDE)) {
                addAbsent(inside, NameRuns.base(at.tokens.get(k)));
            }
        }, k -> {
            if (firstGiven(words[k], LOWER)) {
                addAbsent(lower, at.tokens.get(k).text());
            }
        });
    }

    /** How many chars of text were read with this table: the most its table can keep of them. */
    long charsRead() {
        return charsRead;
    }

    private boolean firstGiven(int word, byte set) {
        if (corpus != null) {
            CorpusWords.Entry entry = entries[word];
            if ((entry.given & set) != 0) {
                return false;
            }
            entry.given |= set; // another thread's bit lost here costs that word one more give, which the set ignores
            return true;
        }
        if ((given[word] & set) != 0) {
            return false;
        }
        given[word] |= set;
        return true;
    }

    /** Asked before it is added: adding a word that is there may still lock its bin of the set. */
    private static void addAbsent(Set<String> set, String word) {
        if (!set.contains(word)) {
            set.add(word);
        }
    }

    /**
     * The word of the unquoted token {@code text[start, end)}, that of the first token read with the same chars;
     * {@code chars} are the text's chars (read here, not through {@code charAt}, which checks each index and the
     * string's coder), which the table keeps and never changes.
     */
    MaskedToken word(String text, char[] chars, int start, int end) {
        int known = table.size();
        int word = table.number(chars, start, end);
        lastWord = word;
        if (word < known) {
            return firsts[word];
        }
        if (word == firsts.length) {
            firsts = Arrays.copyOf(firsts, word * 2);
            given = corpus == null ? Arrays.copyOf(given, word * 2) : null;
            entries = corpus == null ? null : Arrays.copyOf(entries, word * 2);
        }
        if (corpus != null) {
            CorpusWords.Entry entry = corpus.entry(text.substring(start, end));
            entries[word] = entry;
            firsts[word] = entry.word;
            return entry.word;
        }
        MaskedToken made = MaskedToken.of(text.substring(start, end), false);
        firsts[word] = made;
        return made;
    }
}
