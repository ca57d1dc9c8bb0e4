package org.parallax.extract.figure;

import java.util.Arrays;
import java.util.List;
import org.parallax.extract.figure.FigureTokens.Kind;
import org.parallax.text.AnalysedText;
import org.parallax.text.Sentence;
import org.parallax.text.SentenceSplitter;

/**
 * One article as the figure extractor reads it: its tokens, the sentence of each token, its clauses and their
 * part-of-speech tags (tagged on first use), and how far earlier figures have consumed the tokens.
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
    private final int[] sentence;
    private final List<int[]> sentences;
    private final String[] tags;
    private final boolean[] tagged;
    /** Clauses, the unit of tagging: a sentence cut at , ; : ( ) and quotation marks. */
    private final int[] segmentStart;
    private final int[] segmentEnd;
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
        this.sentences = sentencesOfTokens(SENTENCES.split(text, chars));
        this.tags = new String[n];
        this.segmentStart = new int[n];
        this.segmentEnd = new int[n];
        int from = 0;
        int longestClause = 0;
        for (int i = 0; i <= n; i++) {
            boolean symbol = i < n && tokens.kind(i) == Kind.SYMBOL;
            boolean mark = symbol && isClauseMark(tokens.firstChar(i));
            if (i == n || (i > from && sentence[i] != sentence[i - 1]) || mark) {
                int to = symbol ? i + 1 : i; // any symbol, not only a mark
                longestClause = Math.max(longestClause, to - from);
                for (int k = from; k < to; k++) {
                    segmentStart[k] = from;
                    segmentEnd[k] = to;
                }
                from = to;
            }
        }
        this.tagged = new boolean[n];
        this.wholeClauses = longestClause <= org.parallax.text.PartsOfSpeech.WINDOW;
    }

    /**
     * The sentences as ranges of tokens ({@link Sentence#tokenRanges}),
     * each token's sentence noted in {@link #sentence}.
     */
    private List<int[]> sentencesOfTokens(List<Sentence> split) {
        List<int[]> out = Sentence.tokenRanges(split, tokens.starts());
        for (int s = 0; s < out.size(); s++) {
            Arrays.fill(sentence, out.get(s)[0], out.get(s)[1], s);
        }
        return out;
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
        return new int[] {segmentStart[k], segmentEnd[k]};
    }

    /** Token i, made on first ask. */
    FigureToken token(int i) {
        return tokens.token(i);
    }

    /** The kind of token i, without making it. */
    Kind kind(int i) {
        return tokens.kind(i);
    }

    /** Whether token i is "a" or "an", case aside, without making an ASCII one. */
    boolean isAOrAn(int i) {
        return tokens.isAOrAn(i);
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

    FigureToken previousWord(int i) {
        int k = i - 1;
        if (k >= 0 && token(k).is(".")) {
            k--;
        }
        return k >= 0 && tokens.kind(k) == Kind.WORD && sameSentence(k, i) ? token(k) : null;
    }

    boolean sameSentence(int a, int b) {
        return sentence[a] == sentence[b];
    }

    boolean sentenceInitial(int i) {
        int s = sentences.get(sentence[i])[0];
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
        if (!tagged[k]) {
            if (pos == null) {
                pos = new PartsOfSpeech();
            }
            int from = segmentStart[k];
            int to = segmentEnd[k];
            if (to - from > org.parallax.text.PartsOfSpeech.WINDOW) {
                tagPiece(k, from, to);
            } else {
                String[] segmentTags = pos.tag(this, from, to);
                System.arraycopy(segmentTags, 0, tags, from, segmentTags.length);
                java.util.Arrays.fill(tagged, from, to, true);
            }
        }
        return tags[k] == null ? "" : tags[k];
    }

    /** Tags the {@linkplain #LONG_CLAUSE_PIECE piece} of the long clause {@code [from, to)} from k not yet tagged. */
    private void tagPiece(int k, int from, int to) {
        int end = Math.min(to, k + LONG_CLAUSE_PIECE);
        int contextFrom = Math.max(from, k - LONG_CLAUSE_CONTEXT);
        String[] pieceTags = pos.tag(this, contextFrom, Math.min(to, end + LONG_CLAUSE_CONTEXT));
        for (int i = k; i < end; i++) {
            if (!tagged[i]) {
                tags[i] = pieceTags[i - contextFrom];
                tagged[i] = true;
            }
        }
    }
}
