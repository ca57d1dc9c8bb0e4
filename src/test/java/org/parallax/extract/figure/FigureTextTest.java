package org.parallax.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parallax.extract.figure.FigureTokens.Kind;
import org.parallax.text.Sentence;
import org.parallax.text.SentenceSplitter;
import org.parallax.text.TextAnalyser;

/**
 * An article as figures read it gets the sentences and clauses it got when its sentences came from the analysed
 * text's cache, token ranges from {@link Sentence#tokenRanges} and clause marks from {@link #CLAUSE_MARKS}'s
 * {@code indexOf} (the reference, kept here): on random texts of news words, numbers, stops, line and paragraph breaks,
 * every symbol that ends a clause and some that do not, at sentence starts too; and whether a token opens its
 * sentence and whether every clause is tagged whole, read from those reference sentences and clauses.
 */
class FigureTextTest {

    /** The symbols that end a clause, each one char, as {@link FigureText#isClauseMark} had them in a string. */
    private static final String CLAUSE_MARKS = ",;:()[]\"“”—–";
    private static final SentenceSplitter SENTENCES = SentenceSplitter.punctuation(
            SentenceSplitter.Option.LINE_BREAKS_END, SentenceSplitter.Option.NUMBERS_CONTINUE);
    private static final String[] PIECES = {"He", "said", "120", "civilians", "Mr.", "U.S.", "4,000", "fighters", ".",
        "!", "?", ",", ";", ":", "(", ")", "[", "]", "\"", "“", "”", "—", "–", "-", "*", "'", "’", "%", "$", "/",
        "It", "rained.", "“We", "ready.”", "\n", "\n\n", "é", "😀", "2.7", "www.example.com", "St.", "A."};

    /** Each token's sentence and clause, as {@code [sentence, clause start, clause end]}, as they were made before. */
    private static int[][] reference(String text) {
        FigureToken[] t = FigureTokens.of(text).toArray(new FigureToken[0]);
        int n = t.length;
        int[] starts = new int[n];
        for (int k = 0; k < n; k++) {
            starts[k] = t[k].start();
        }
        List<int[]> sentences = Sentence.tokenRanges(TextAnalyser.shared().analyse(text).sentences(SENTENCES), starts);
        int[] sentence = new int[n];
        for (int s = 0; s < sentences.size(); s++) {
            for (int i = sentences.get(s)[0]; i < sentences.get(s)[1]; i++) {
                sentence[i] = s;
            }
        }
        int[][] out = new int[n][3];
        int from = 0;
        for (int i = 0; i <= n; i++) {
            boolean boundary = i == n || (i > from && sentence[i] != sentence[i - 1])
                    || (t[i].kind() == Kind.SYMBOL && CLAUSE_MARKS.indexOf(t[i].charAt(0)) >= 0);
            if (boundary) {
                int to = i < n && t[i].kind() == Kind.SYMBOL ? i + 1 : i;
                for (int k = from; k < to; k++) {
                    out[k] = new int[] {sentence[k], from, to};
                }
                from = to;
            }
        }
        return out;
    }

    private static int[][] ours(FigureText ft) {
        int[][] out = new int[ft.n][];
        for (int k = 0; k < ft.n; k++) {
            int[] clause = ft.clauseOf(k);
            out[k] = new int[] {ft.sentenceOf(k), clause[0], clause[1]};
        }
        return out;
    }

    @Test
    void sentencesAndClausesAreWhatTheyWere() {
        Random random = new Random(78);
        for (int trial = 0; trial < 5000; trial++) {
            StringBuilder b = new StringBuilder();
            for (int w = random.nextInt(40); w > 0; w--) {
                b.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextInt(5) == 0 ? "" : " ");
            }
            String text = b.toString();
            FigureText ft = new FigureText(TextAnalyser.shared().analyse(text));
            int[][] reference = reference(text);
            assertThat(ours(ft)).as(text).isDeepEqualTo(reference);
            int longest = 0;
            for (int k = 0; k < ft.n; k++) {
                longest = Math.max(longest, reference[k][2] - reference[k][1]);
                assertThat(ft.sentenceInitial(k)).as(text + " at " + k).isEqualTo(sentenceInitial(ft, reference, k));
            }
            assertThat(ft.taggedInWholeClauses()).isEqualTo(longest <= org.parallax.text.PartsOfSpeech.WINDOW);
        }
    }

    /** No word or number stands before token k in its sentence (the reference's sentences), as it was asked before. */
    private static boolean sentenceInitial(FigureText ft, int[][] reference, int k) {
        for (int i = k - 1; i >= 0 && reference[i][0] == reference[k][0]; i--) {
            if (ft.kind(i) == Kind.WORD || ft.kind(i) == Kind.NUMBER) {
                return false;
            }
        }
        return true;
    }

    @Test
    void aSymbolOpeningASentenceEndsTheClauseBeforeItWhetherItIsAMarkOrNot() {
        String text = "He said 120 died.\n* Then 5 left.";
        FigureText ft = new FigureText(TextAnalyser.shared().analyse(text));
        assertThat(ours(ft)).isDeepEqualTo(reference(text));
        int star = 5; // He said 120 died . *
        assertThat(ft.token(star).kind()).isEqualTo(Kind.SYMBOL);
        assertThat(ft.sentenceOf(star)).isEqualTo(1);
        assertThat(ft.clauseOf(star)).containsExactly(0, 6);
    }

    @Test
    void everyClauseMarkAndNoOtherCharIsOne() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertThat(FigureText.isClauseMark(c)).as("U+%04X", (int) c).isEqualTo(CLAUSE_MARKS.indexOf(c) >= 0);
        }
    }
}
