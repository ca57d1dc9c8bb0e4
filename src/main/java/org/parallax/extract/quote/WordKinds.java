package org.parallax.extract.quote;

/**
 * What the speech word lists say of a token's word, as bits, found once per distinct word of an article (a repeat
 * shares its first token's bits, {@link ArticleWords}): the name-run rules ask of every token of every article, in the
 * pass that learns names and again around every cue, whether it may be a name's word, a title's, an honorific or a
 * surname particle, and the cue rules whether a cue phrase starts with it; each ask was a look-up of the word's
 * lower-case string in a word list.
 */
final class WordKinds {

    /** A role head or modifier ("president", "russian"), without a possessive ending; unquoted words only. */
    static final int ROLE_WORD = SpeechWords.ROLE_WORD;
    /** An honorific ("mr", "sir"); unquoted only. */
    static final int HONORIFIC = SpeechWords.HONORIFIC;
    /** A surname particle ("al", "bin"); unquoted only. */
    static final int PARTICLE = SpeechWords.PARTICLE;
    /** A capitalised word that may be a name's ({@link #nameish}). */
    static final int NAMEISH = 8;
    /** The first word of a cue verb or cue phrase ({@link SpeechWords#cuePhrasesByFirst}); unquoted only. */
    static final int CUE_START = 16;
    /** A cue participle ({@link SpeechWords#participles}: "saying", "adding"); unquoted only. */
    static final int PARTICIPLE = 32;
    /**
     * The word "according" as {@link MaskedToken#is} tells it (quoted or not): with {@link #CUE_START} and
     * {@link #PARTICIPLE} what reported speech asks of every word before it reads the sentence around it, most words
     * none of the three.
     */
    static final int ACCORDING = 64;

    private WordKinds() {
    }

    /**
     * The bits of a token's word; its facts as {@link MaskedToken} holds them. {@code lowerBare} is the word in lower
     * case without a possessive ending ({@link MaskedToken#lowerBare()}), {@code lower} itself when it has none.
     */
    static int of(SpeechWords lex, String text, boolean quoted, String lower, String lowerBare, boolean word,
            boolean capitalised, boolean ascii) {
        // MaskedToken.is("according"): an ASCII word by its lower case, any other by equalsIgnoreCase ("accordİng")
        int according = (ascii ? lower.equals("according") : text.equalsIgnoreCase("according")) ? ACCORDING : 0;
        if (quoted) {
            return according;
        }
        int kind = lex.runKind(lower);
        int bareKind = lowerBare.equals(lower) ? kind : lex.runKind(lowerBare);
        int bits = kind & (HONORIFIC | PARTICLE);
        if (word && (bareKind & ROLE_WORD) != 0) {
            bits |= ROLE_WORD;
        }
        if (nameish(lex, text, lower, capitalised)) {
            bits |= NAMEISH;
        }
        if (lex.cuePhrasesByFirst.containsKey(lower)) {
            bits |= CUE_START;
        }
        if (lex.participles.contains(lower)) {
            bits |= PARTICIPLE;
        }
        return bits | according;
    }

    /**
     * A capitalised word that is no function word ("The", "We’re"), no party code ("R-Iowa") and no compound
     * adjective ("Chicago-based", "Russian-made").
     */
    private static boolean nameish(SpeechWords lex, String text, String lower, boolean capitalised) {
        if (!capitalised || lex.functionWords.contains(NameRuns.base(lower)) || NameRuns.partyCode(text)) {
            return false;
        }
        int dash = text.lastIndexOf('-');
        return dash < 0 || dash + 1 >= text.length() || !Character.isLowerCase(text.charAt(dash + 1));
    }
}
