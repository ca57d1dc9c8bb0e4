package org.parallax.extract.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.model.Article;

/**
 * One article prepared for quote finding: its paragraphs, its quoted runs, its tokens with the quoted
 * words masked (so a name inside a quote never counts as a speaker), and its sentences.
 *
 * <p>The sentence splitter is a small private one (a paragraph always ends a sentence; "Mr.", "Sept.",
 * "U.S." and initials do not; a sentence never ends inside quoted words). It can be replaced by the shared
 * one of {@code extract.text} when that exists: only {@link #sentences} depends on it.
 */
final class ArticleText {

    private static final Pattern TOKEN = Pattern.compile(
            "(?:\\p{Lu}\\.){2,}|[\\p{L}\\p{M}\\p{N}]+(?:[-'’‐][\\p{L}\\p{M}\\p{N}]+)*|\\S");

    final Article article;
    final String text;
    final List<int[]> paragraphs = new ArrayList<>();
    final List<QuotedRun> runs;
    final boolean[] quoted;
    final List<Token> tokens = new ArrayList<>();
    /** Sentences as token index ranges {@code [from, to)}. */
    final List<int[]> sentences = new ArrayList<>();
    /** Per token: whether it is the first word of its sentence (after any quotation marks). */
    boolean[] sentenceFirst;

    ArticleText(Article article, SpeechWords lex) {
        this.article = article;
        this.text = article.text();
        int start = 0;
        while (start <= text.length()) {
            int br = text.indexOf(Article.PARAGRAPH_BREAK, start);
            int end = br < 0 ? text.length() : br;
            paragraphs.add(new int[] {start, end});
            if (br < 0) {
                break;
            }
            start = br + Article.PARAGRAPH_BREAK.length();
        }
        runs = MarkScanner.scan(text, paragraphs);
        quoted = new boolean[text.length()];
        StringBuilder masked = new StringBuilder(text);
        for (QuotedRun run : runs) {
            for (QuotedRun.Piece piece : run.pieces()) {
                for (int i = piece.rawStart(); i < piece.rawEnd(); i++) {
                    quoted[i] = true;
                    if (text.charAt(i) != '\n') {
                        masked.setCharAt(i, 'x');
                    }
                }
            }
        }
        Matcher m = TOKEN.matcher(masked);
        while (m.find()) {
            boolean q = quoted[m.start()];
            tokens.add(new Token(m.start(), m.end(), q ? "x" : text.substring(m.start(), m.end()), q));
        }
        splitSentences(lex);
        sentenceFirst = new boolean[tokens.size()];
        for (int[] s : sentences) {
            for (int k = s[0]; k < s[1]; k++) {
                if (tokens.get(k).isWord()) {
                    sentenceFirst[k] = !tokens.get(k).quoted();
                    break;
                }
            }
        }
    }

    int paragraphOf(int pos) {
        int lo = 0;
        int hi = paragraphs.size() - 1;
        while (lo < hi) { // the first paragraph whose end is at or after pos
            int mid = (lo + hi) >>> 1;
            if (paragraphs.get(mid)[1] < pos) {
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
            int[] s = sentences.get(mid);
            if (s[0] < tokens.size() && tokens.get(s[0]).start() <= pos) {
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
            if (tokens.get(mid).start() < pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private void splitSentences(SpeechWords lex) {
        int from = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean last = i + 1 == tokens.size();
            if (last) {
                sentences.add(new int[] {from, i + 1});
                break;
            }
            Token next = tokens.get(i + 1);
            if (text.substring(t.end(), next.start()).contains(Article.PARAGRAPH_BREAK)) {
                sentences.add(new int[] {from, i + 1});
                from = i + 1;
                continue;
            }
            if (endsSentence(i, lex)) {
                sentences.add(new int[] {from, i + 1});
                from = i + 1;
            }
        }
    }

    /** Whether token {@code i} ends a sentence: a full stop (not of an abbreviation), or a closing mark after one. */
    private boolean endsSentence(int i, SpeechWords lex) {
        Token t = tokens.get(i);
        Token next = tokens.get(i + 1);
        if (t.quoted() || next.start() == t.end()) {
            return false; // no space after it
        }
        char n = text.charAt(next.start());
        boolean startsAnew = Character.isUpperCase(n) || Character.isDigit(n) || QuoteMarks.isMark(n) || n == '(';
        if (!startsAnew) {
            return false;
        }
        char c = t.text().charAt(0);
        if (t.text().length() == 1 && QuoteMarks.isMark(c) && t.start() > 0) {
            // a closing mark ends a sentence when the quoted words (or the text before it) ended one
            int k = t.start() - 1;
            while (k > 0 && Character.isWhitespace(text.charAt(k))) {
                k--;
            }
            char before = text.charAt(k);
            return before == '.' || before == '!' || before == '?' || before == '…';
        }
        if (t.text().length() != 1 || ".!?…".indexOf(c) < 0) {
            return false;
        }
        if (c == '.' && i > 0) {
            Token w = tokens.get(i - 1);
            if (w.end() == t.start() && w.isWord()) {
                String lw = w.lower();
                if (lex.abbreviations.contains(lw) || (w.text().length() == 1 && Character.isUpperCase(w.text().charAt(0)))) {
                    return false;
                }
            }
        }
        return true;
    }
}
