package org.parallax.extract.figure;

/**
 * The UD part-of-speech tags of figure tokens. The figure extractor needs them for one decision the words alone
 * cannot make: whether the word after a number is the thing counted ("the two leaders") or not ("the other two
 * included"), and where that noun phrase ends ("250,000 lives and left thousands homeless"). An address is tagged
 * as the word "URL", so its dots and slashes never confuse the tagger.
 */
final class PartsOfSpeech {

    /** The tags of the tokens {@code [from, to)} of {@code text}. */
    String[] tag(FigureText text, int from, int to) {
        org.parallax.text.PartsOfSpeech tagger = org.parallax.text.PartsOfSpeech.ofThisThread(); // one per thread
        String[] words = new String[to - from];
        for (int i = 0; i < words.length; i++) {
            FigureToken t = text.token(from + i);
            words[i] = t.kind() == FigureTokens.Kind.ADDRESS ? "URL" : t.text();
        }
        return tagger.tag(words);
    }
}
