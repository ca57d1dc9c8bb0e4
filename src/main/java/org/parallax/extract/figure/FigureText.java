package org.parallax.extract.figure;

import java.util.Arrays;
import java.util.List;
import org.parallax.extract.figure.FigureTokens.Kind;
import org.parallax.text.AnalysedText;
import org.parallax.text.Sentence;
import org.parallax.text.SentenceSplitter;
import org.parallax.text.WordFeatures;

/**
 * One article as the figure extractor reads it: its tokens, the sentence of each token, its clauses and their
 * part-of-speech tags (tagged on first use), and how far earlier figures have consumed the tokens. Confined to the
 * thread that made it: its tokens are made and kept without a lock, and its tagger, bound on first use, is that thread's
 * ({@link PartsOfSpeech}; a tagger keeps state between calls).
 */
final class FigureText {

    /** Figures are read in sentences by punctuation where a line break ends one and a number never starts one. */
    private static final SentenceSplitter SENTENCES = SentenceSplitter.punctuation(
            SentenceSplitter.Option.LINE_BREAKS_END, SentenceSplitter.Option.NUMBERS_CONTINUE);
    /**
     * A clause longer than any sentence (over {@link org.parallax.text.PartsOfSpeech#WINDOW} words: a page without
     * punctuation) is tagged in pieces of this many words from the word a figure reads first, with
     * {@link #LONG_CLAUSE_CONTEXT} words of context either side: tagging such a clause whole for its first number
     * tagged the whole page, and pieces on a grid tagged most of it again (a number every twenty words).
     */
    static final int LONG_CLAUSE_PIECE = 8;
    /** Words of context either side of a piece: twice what the tagger's features look at. */
    static final int LONG_CLAUSE_CONTEXT = 4;

    final String text;
    /** The tokens, each made when first asked for ({@link #token}). */
    private final ScannedTokens tokens;
    final int n;
    /** The sentence of each token, numbered from 0 over the sentences that hold a token. */
    private final int[] sentence;
    /** The first token of each sentence, by its number in {@link #sentence}. */
    private final int[] sentenceFirst;
    /**
     * Each token's tag once its clause is tagged ("" for none), else null: made on the first tag asked, as most tokens
     * of most articles are never tagged (an array of tags and one of flags per token of every article were made before).
     */
    private String[] tags;
    /**
     * Clauses, the unit of tagging: a sentence cut at , ; : ( ) and quotation marks. Kept as the end of each clause in
     * order (the first {@link #clauseCount}; a clause starts where the one before ends, the first at token 0), a token's
     * clause found when its clause is tagged: a start and an end written for every token of every article were read
     * for the few clauses tagged.
     */
    private final int[] clauseEnds;
    private final int clauseCount;
    /**
     * No clause is longer than the tagger's window, so each is tagged whole and a token's tag is the same whichever
     * token asked first: a question may then be left unasked when nobody reads its tags. (A long clause is tagged in
     * pieces from the token first asked, so there every tag asked before must still be asked.)
     */
    private final boolean wholeClauses;
    private PartsOfSpeech pos;
    /** Tokens before this one belong to a figure already read. */
    private int consumed;

    FigureText(AnalysedText analysed) {
        this.text = analysed.text();
        // one copy of the chars for the tokens and the sentences (each made its own); no other stage splits as figures do
        char[] chars = text.toCharArray();
        this.tokens = FigureTokens.scan(text, chars);
        this.n = tokens.count();
        this.sentence = new int[n];
        this.sentenceFirst = sentencesOfTokens(SENTENCES.split(text, chars));
        ScannedTokens.Clauses clauses = tokens.clauses(sentence);
        this.clauseEnds = clauses.ends();
        this.clauseCount = clauses.count();
        this.wholeClauses = clauses.longest() <= org.parallax.text.PartsOfSpeech.WINDOW;
    }

    /**
     * Notes each token's sentence in {@link #sentence} and returns the first token of each sentence, as
     * {@link Sentence#tokenStarts} finds them (a sentence holding no token has no number, tokens after the last
     * sentence's end are one more), from the tokens' starts in place.
     */
    private int[] sentencesOfTokens(List<Sentence> split) {
        int[] first = new int[split.size() + 1];
        int count = tokens.sentenceStarts(split, first);
        for (int s = 0; s < count; s++) {
            Arrays.fill(sentence, first[s], s + 1 < count ? first[s + 1] : n, s);
        }
        return first;
    }

    /**
     * Whether a symbol token whose first char is {@code c} ends a clause: , ; : ( ) [ ] and the quotation marks and
     * dashes (a symbol token is one code point, so its first char tells). A switch, where a string's {@code indexOf}
     * was calls per symbol under C1.
     */
    static boolean isClauseMark(char c) {
        switch (c) {
            case ',', ';', ':', '(', ')', '[', ']', '"', '“', '”', '—', '–':
                return true;
            default:
                return false;
        }
    }

    /** Whether every clause is tagged whole, so tags do not depend on which token asks first ({@link #wholeClauses}). */
    boolean taggedInWholeClauses() {
        return wholeClauses;
    }

    /** The sentence of token k, from 0 (for tests). */
    int sentenceOf(int k) {
        return sentence[k];
    }

    /** The clause of token k, the unit of tagging, as {@code [start, end)} (for tests). */
    int[] clauseOf(int k) {
        int c = clauseIndex(k);
        return new int[] {c == 0 ? 0 : clauseEnds[c - 1], clauseEnds[c]};
    }

    /** The index of token k's clause: the first whose end is after k (a binary search of {@link #clauseEnds}). */
    private int clauseIndex(int k) {
        int low = 0;
        int high = clauseCount - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (clauseEnds[mid] > k) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    /** Token i, made on first ask. */
    FigureToken token(int i) {
        return tokens.token(i);
    }

    /** What the tagger reads of token i, without making it, kept with the thread's {@code words}. */
    WordFeatures features(int i, WordStrings words) {
        return tokens.features(i, words);
    }

    /** Token i's lower case in {@code into} and its length if ASCII without '-', else -1 (no token made). */
    int asciiLowerWithoutDash(int i, char[] into) {
        return tokens.asciiLowerWithoutDash(i, into);
    }

    /** The kind of token i, without making it. */
    Kind kind(int i) {
        return tokens.kind(i);
    }

    boolean isWord(int i) {
        return tokens.kind(i) == Kind.WORD;
    }

    boolean spaceBefore(int i) {
        return tokens.spaceBefore(i);
    }

    /** Whether token i is {@code s}, case aside ({@link FigureToken#is}), without making an ASCII one. */
    boolean is(int i, String s) {
        return tokens.is(i, s);
    }

    /**
     * Whether token i is one char and one of {@code chars}, without making it: {@code chars.contains(text)} where no
     * token is two of them (a symbol is one code point).
     */
    boolean oneCharOf(int i, String chars) {
        return tokens.length(i) == 1 && chars.indexOf(tokens.firstChar(i)) >= 0;
    }

    char firstChar(int i) {
        return tokens.firstChar(i);
    }

    /** {@link ScannedTokens#lowerLongerThan}. */
    boolean lowerLongerThan(int i, int most) {
        return tokens.lowerLongerThan(i, most);
    }

    /** {@link ScannedTokens#notLowerCase}. */
    boolean notLowerCase(int i) {
        return tokens.notLowerCase(i);
    }

    /** Whether token i is "a" or "an", case aside, without making an ASCII one. */
    boolean isAOrAn(int i) {
        return tokens.isAOrAn(i);
    }

    /**
     * The first token from {@code from} on where a figure may start ({@link ScannedTokens#nextMayStartFigure}), or
     * {@link #n}; told without making the tokens.
     */
    int nextMayStartFigure(int from, FigureWords lexicon) {
        return tokens.nextMayStartFigure(from, lexicon);
    }

    /** False where token i, a word, is certainly no number word; an ASCII one told without making it. */
    boolean mayBeNumberWord(int i, FigureWords lexicon) {
        return tokens.mayBeNumberWord(i, lexicon);
    }

    int consumed() {
        return consumed;
    }

    /** Marks the tokens before {@code end} as part of a figure read. */
    void consume(int end) {
        consumed = end;
    }

    /** The word before token i in its sentence, a full stop between aside ("Sep. 30"), or -1. */
    int previousWord(int i) {
        int k = i - 1;
        if (k >= 0 && tokens.is(k, ".")) {
            k--;
        }
        return k >= 0 && tokens.kind(k) == Kind.WORD && sameSentence(k, i) ? k : -1;
    }

    boolean sameSentence(int a, int b) {
        return sentence[a] == sentence[b];
    }

    boolean sentenceInitial(int i) {
        int s = sentenceFirst[sentence[i]];
        for (int k = s; k < i; k++) {
            if (tokens.kind(k) == Kind.WORD || tokens.kind(k) == Kind.NUMBER) {
                return false;
            }
        }
        return true;
    }

    /**
     * The UD tag of token k, tagging its clause (or its piece of a {@linkplain #LONG_CLAUSE_PIECE long clause}) on first
     * use. Clauses, not sentences: only the few around a number get tagged, which is most of the extractor's time; the
     * tagger looks two words either side.
     */
    String tag(int k) {
        if (tags == null) {
            tags = new String[n];
            pos = new PartsOfSpeech();
        }
        if (tags[k] == null) {
            int c = clauseIndex(k);
            int from = c == 0 ? 0 : clauseEnds[c - 1];
            int to = clauseEnds[c];
            if (to - from > org.parallax.text.PartsOfSpeech.WINDOW) {
                tagPiece(k, from, to);
            } else {
                String[] segmentTags = pos.tag(this, from, to);
                for (int i = from; i < to; i++) {
                    tags[i] = orNone(segmentTags[i - from]);
                }
            }
        }
        return tags[k];
    }

    /** A tag, or "" for none: a tag asked is never null. */
    private static String orNone(String tag) {
        return tag == null ? "" : tag;
    }

    /** Tags the {@linkplain #LONG_CLAUSE_PIECE piece} of the long clause {@code [from, to)} from k not yet tagged. */
    private void tagPiece(int k, int from, int to) {
        int end = Math.min(to, k + LONG_CLAUSE_PIECE);
        int contextFrom = Math.max(from, k - LONG_CLAUSE_CONTEXT);
        String[] pieceTags = pos.tag(this, contextFrom, Math.min(to, end + LONG_CLAUSE_CONTEXT));
        for (int i = k; i < end; i++) {
            if (tags[i] == null) {
                tags[i] = orNone(pieceTags[i - contextFrom]);
            }
        }
    }
}
