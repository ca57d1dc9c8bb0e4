package org.parallax.extract.quote;

import org.parallax.model.SpeakerFrom;

/**
 * A phrase to resolve to a speaker, and the answer once resolved. An {@code event} phrase is somebody a later "he" or
 * "the company" may mean; a {@code speaker} phrase names who said something.
 */
final class SpeakerRequest {

    final Phrase phrase;
    final boolean event;
    final boolean speaker;
    /** The canonical name, null until resolved or when nobody fits. */
    String resolved;
    /** How the phrase named {@link #resolved}, null while unresolved. */
    SpeakerFrom from;

    SpeakerRequest(Phrase phrase, boolean event, boolean speaker) {
        this.phrase = phrase;
        this.event = event;
        this.speaker = speaker;
    }
}
