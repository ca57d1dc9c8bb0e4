package org.parallax.model;

/**
 * Why a quote's speaker is the one it is: what in the article (or the corpus) named them. Kept so a reader can check
 * the choice, the weaker ones (a pronoun, a surname joined to a full name) first.
 */
public enum SpeakerFrom implements JsonNamed {
    /** Named beside the attribution's speech verb ("Peskov said", "said Dmitry Peskov", "according to Peskov"). */
    CUE,
    /** Named with a title or a description beside the name ("Kremlin spokesman Dmitry Peskov", "X, the former ..."). */
    APPOSITION,
    /**
     * A shorter form or a description (a surname, "the Kremlin spokesman", "the company") joined to the full name of
     * the person or body named earlier in the article or elsewhere in the corpus.
     */
    ALIAS,
    /** "he", "she", "it", "the statement": the person or body last spoken of. */
    PRONOUN,
    /** A quote without attribution right after the same speaker's quote (the next paragraph, the second half). */
    CONTINUATION,
    /** The article names nobody; the speaker is the one the other outlets carrying the words credit. */
    CLUSTER;

    public static SpeakerFrom fromJson(String s) { return JsonNamed.fromJson(SpeakerFrom.class, s); }
}
