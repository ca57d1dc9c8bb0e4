package org.parallax.compare.event;

import java.util.ArrayList;
import java.util.List;
import org.parallax.text.Token;

/**
 * The words of a whole article as {@link Words#split} gives them, joined from its sentences' words, which the
 * statements' finder has split already: the name forms read every article's words, and splitting each article twice
 * was two fifths of reading them. The join is those words only where no word of the whole text crosses a sentence's
 * end; where one may, the text is split anew.
 */
final class ArticleWords {

    private ArticleWords() {
    }

    /**
     * {@code Words.split(text)}, from {@code sentences} ({@code [start, end)} ranges in text order) and their words;
     * the text between sentences is split on its own.
     */
    static List<Token> of(String text, List<int[]> sentences, List<SentenceWords> words) {
        List<Token> out = new ArrayList<>();
        int at = 0;
        for (int k = 0; k < sentences.size(); k++) {
            int[] s = sentences.get(k);
            if (s[0] < at || s[1] > text.length() || !apart(text, s[0]) || !apart(text, s[1])) {
                return Words.split(text);
            }
            out.addAll(Words.split(text, at, s[0]));
            out.addAll(words.get(k).all());
            at = s[1];
        }
        out.addAll(Words.split(text, at, text.length()));
        return out;
    }

    /**
     * Whether no word of the whole text holds both the char before {@code at} and the one at it: one of the two is
     * no char of a word. A word's chars are letters, digits and joiners (' ’ -); any char beyond ASCII but white
     * space counts as one, so half a surrogate pair does too.
     */
    private static boolean apart(String text, int at) {
        return at == 0 || at >= text.length() || !wordChar(text.charAt(at - 1)) || !wordChar(text.charAt(at));
    }

    private static boolean wordChar(char c) {
        if (c >= 128) {
            return !Character.isWhitespace(c);
        }
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '\'' || c == '-';
    }
}
