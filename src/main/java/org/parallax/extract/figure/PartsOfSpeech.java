package org.parallax.extract.figure;

import org.parallax.text.WordFeatures;

/**
 * The UD part-of-speech tags of figure tokens. The figure extractor needs them for one decision the words alone
 * cannot make: whether the word after a number is the thing counted ("the two leaders") or not ("the other two
 * included"), and where that noun phrase ends ("250,000 lives and left thousands homeless"). An address is tagged
 * as the word "URL", so its dots and slashes never confuse the tagger. Confined to the thread that made it, as its
 * {@link FigureText} is: it binds that thread's tagger when made, and a tagger keeps state between calls.
 */
final class PartsOfSpeech {

    /** The tagger of the thread that made this (one article's, on one thread): one per thread, looked up once. */
    private final org.parallax.text.PartsOfSpeech tagger = org.parallax.text.PartsOfSpeech.ofThisThread();
    /** The thread's words as strings, looked up once with the tagger. */
    private final WordStrings strings = WordStrings.ofThisThread();
    /** What the tagger reads of "URL", the word an address is tagged as; asked once. */
    private WordFeatures url;

    /**
     * The tags of the tokens {@code [from, to)} of {@code text}. Their texts are read without making the tokens (most
     * words of a clause are asked nothing else), and the tagger is handed each word's features as the thread's kept
     * words hold them: the same tags as of their strings ({@link org.parallax.text.PartsOfSpeech#tag(WordFeatures[])}).
     */
    String[] tag(FigureText text, int from, int to) {
        WordFeatures[] words = new WordFeatures[to - from];
        for (int i = 0; i < words.length; i++) {
            words[i] = text.kind(from + i) == FigureTokens.Kind.ADDRESS ? url() : text.features(from + i, strings);
        }
        return tagger.tag(words);
    }

    private WordFeatures url() {
        if (url == null) {
            url = org.parallax.text.PartsOfSpeech.features("URL");
        }
        return url;
    }
}
