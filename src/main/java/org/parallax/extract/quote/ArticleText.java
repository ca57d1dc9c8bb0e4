package org.parallax.extract.quote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.parallax.model.Article;
import org.parallax.text.AnalysedText;
import org.parallax.text.Sentence;
import org.parallax.text.SentenceSplitter;

/**
 * One article prepared for quote finding: its paragraphs, its quoted runs, its tokens with the quoted
 * words masked (so a name inside a quote never counts as a speaker), and its sentences: those of the extraction's
 * analysis by punctuation with quotation marks as written, except that a sentence never ends inside quoted words
 * (“We left. Then we ate,” he said is one sentence).
 */
final class ArticleText {

    /** The punctuation rule with marks as written: quotes are where marks are turned the wrong way round. */
    private static final SentenceSplitter SENTENCES =
            SentenceSplitter.punctuation(SentenceSplitter.Option.MARKS_AS_WRITTEN);

    final Article article;
    final String text;
    /** Paragraphs as char ranges {@code [from, to)}. */
    final Ranges paragraphs;
    final List<QuotedRun> runs;
    final Tokens tokens;
    /** Sentences as token index ranges {@code [from, to)}. */
    final Ranges sentences;
    /** Per token: whether it is the first word of its sentence (after any quotation marks). */
    boolean[] sentenceFirst;
    /**
     * The runs of name and title tokens of every sentence ({@link Phrases#nameRuns}), sentence after sentence, as
     * {@code from, to} pairs: found once, as the text is made and its tokens are at hand, for the registry's second
     * pass and the organisations quote finding looks for, which each read every token of the article for them.
     */
    private final int[] nameRuns;
    /** Per sentence and one more: the number of the sentence's first run in {@link #nameRuns}. */
    private final int[] firstRuns;

    ArticleText(Article article, AnalysedText analysed) {
        this(article, analysed, new ArticleWords(article.text().length() / 12)); // distinct words: a guess, it grows
    }

    /**
     * With {@code words}, a table of words this thread read from articles before (see {@link ArticleWords}): the
     * tokens are those of a table of this article alone.
     */
    ArticleText(Article article, AnalysedText analysed, ArticleWords words) {
        this.article = article;
        this.text = article.text();
        char[] chars = text.toCharArray(); // read by the mark scanner and the words' table, never changed
        List<int[]> paragraphs = new ArrayList<>(); // read by the mark scanner, then kept packed
        int start = 0;
        while (start <= chars.length) {
            int br = paragraphBreak(chars, start);
            int end = br < 0 ? chars.length : br;
            paragraphs.add(new int[] {start, end});
            if (br < 0) {
                break;
            }
            start = br + Article.PARAGRAPH_BREAK.length();
        }
        runs = MarkScanner.scan(text, chars, paragraphs);
        this.paragraphs = Ranges.of(paragraphs);
        // per char, whether quoted words hold it: read only here, while the tokens and sentences are made (a char's
        // flag kept per article was as many bytes as its text, for every article until its quotes were found)
        boolean[] quoted = new boolean[text.length()];
        char[] masked = chars.clone(); // an array: a builder checks every index it is given
        for (QuotedRun run : runs) {
            for (QuotedRun.Piece piece : run.pieces()) {
                for (int i = piece.rawStart(); i < piece.rawEnd(); i++) {
                    quoted[i] = true;
                    if (masked[i] != '\n') {
                        masked[i] = 'x';
                    }
                }
            }
        }
        int[] wordOf = new int[Math.max(16, text.length() / 4)]; // each token's word number in the table (grows)
        Tokens.Builder made = new Tokens.Builder(wordOf.length);
        for (int i = 0; i < masked.length; ) {
            if (TokenScanner.space(masked[i])) {
                i++;
                continue;
            }
            int end = TokenScanner.end(masked, i);
            if (made.size() == wordOf.length) {
                wordOf = Arrays.copyOf(wordOf, wordOf.length * 2);
            }
            if (quoted[i]) {
                wordOf[made.size()] = -1;
                made.add(i, end, MaskedToken.QUOTED_WORD);
            } else {
                made.add(i, end, words.word(text, chars, i, end));
                wordOf[made.size() - 1] = words.lastWord();
            }
            i = end;
        }
        tokens = made.done();
        List<Sentence> joined =
                Sentence.joined(analysed.sentences(SENTENCES), (before, next) -> quoted[before.end() - 1]);
        int[] starts = new int[tokens.size()];
        for (int k = 0; k < starts.length; k++) {
            starts[k] = tokens.start(k);
        }
        sentences = Ranges.of(Sentence.tokenRanges(joined, starts));
        sentenceFirst = new boolean[tokens.size()];
        for (int n = 0; n < sentences.size(); n++) {
            for (int k = sentences.from(n); k < sentences.to(n); k++) {
                if (tokens.get(k).isWord()) {
                    sentenceFirst[k] = !tokens.get(k).quoted();
                    break;
                }
            }
        }
        firstRuns = new int[sentences.size() + 1];
        nameRuns = findNameRuns(firstRuns);
        words.read(this, wordOf);
    }

    /** Every sentence's name runs, as {@link #nameRuns} holds them; {@code firstRuns} filled. */
    private int[] findNameRuns(int[] firstRuns) {
        Phrases ph = new Phrases(this, SpeechWords.standard(), null); // runs read no registry: the first pass's own
        int[] found = new int[Math.max(16, tokens.size() / 4)];
        int size = 0;
        for (int n = 0; n < sentences.size(); n++) {
            firstRuns[n] = size / 2;
            for (int[] run : ph.nameRuns(sentences.from(n), sentences.to(n))) {
                if (size + 2 > found.length) {
                    found = Arrays.copyOf(found, found.length * 2);
                }
                found[size++] = run[0];
                found[size++] = run[1];
            }
        }
        firstRuns[sentences.size()] = size / 2;
        return Arrays.copyOf(found, size);
    }

    /** The number of sentence {@code n}'s first name run; its runs end where sentence {@code n + 1}'s start. */
    int firstRun(int n) {
        return firstRuns[n];
    }

    /** The first token of name run {@code r}. */
    int runFrom(int r) {
        return nameRuns[2 * r];
    }

    /** The token after name run {@code r}. */
    int runTo(int r) {
        return nameRuns[2 * r + 1];
    }

    /**
     * {@code text.indexOf(Article.PARAGRAPH_BREAK, from)} read from the text's chars: under C1 a string search of a
     * text with curly quotes (UTF-16) is calls per char that are not inlined.
     */
    static int paragraphBreak(char[] chars, int from) {
        String mark = Article.PARAGRAPH_BREAK;
        char first = mark.charAt(0);
        for (int i = from; i + mark.length() <= chars.length; i++) {
            if (chars[i] == first && startsWith(chars, i, mark)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWith(char[] chars, int at, String mark) {
        for (int k = 1; k < mark.length(); k++) {
            if (chars[at + k] != mark.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    int paragraphOf(int pos) {
        int lo = 0;
        int hi = paragraphs.size() - 1;
        while (lo < hi) { // the first paragraph whose end is at or after pos
            int mid = (lo + hi) >>> 1;
            if (paragraphs.to(mid) < pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The sentence (token range) that holds the character at {@code pos}, or the one before it. */
    int[] sentenceAt(int pos) {
        int lo = 0;
        int hi = sentences.size() - 1;
        int best = -1;
        while (lo <= hi) { // the last sentence starting at or before pos
            int mid = (lo + hi) >>> 1;
            int from = sentences.from(mid);
            if (from < tokens.size() && tokens.start(from) <= pos) {
                best = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return best < 0 ? new int[] {0, 0} : sentences.get(best);
    }

    /** The index of the first token starting at or after {@code pos}. */
    int tokenAt(int pos) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.start(mid) < pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
