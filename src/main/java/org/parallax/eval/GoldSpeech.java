package org.parallax.eval;

import java.util.List;

/**
 * One gold speech or cognition event of a MEANTIME document (an {@code EVENT_MENTION} that {@code REFERS_TO} an
 * {@code EVENT} of class {@code SPEECH_COGNITIVE}) and its speaker: the {@code Arg0} participant
 * ({@code HAS_PARTICIPANT}) and the entity that mention {@code REFERS_TO}.
 *
 * @param start          where the event's words (the cue: "said", "announced", "statement") start in the text
 * @param end            where they end
 * @param cue            the event's words
 * @param sentence       the corpus' id of the cue's sentence
 * @param speakerMention the words of the {@code Arg0} mention ("he", "The bank 's CEO , Ken Lewis"), null when the
 *                       event has no {@code Arg0} that is an entity mention
 * @param mentionType    that mention's {@code syntactic_type} (NAM, NOM, PRO, APP, ...; empty when not given)
 * @param entity         the entity's {@code TAG_DESCRIPTOR} ("Ken Lewis"), null when the mention refers to none
 * @param entityType     the entity's {@code ent_type}: PER, ORG, LOC, PRO, FIN, MIX; null without an entity
 * @param named          whether the entity has a name: a DBpedia {@code external_ref} or a mention tagged NAM in the
 *                       document ("most analysts", "Some customers" have none)
 * @param nameForms      what the entity is called: its descriptor, the label of its DBpedia reference and the words
 *                       of its NAM mentions in the document, unnormalised
 */
public record GoldSpeech(int start, int end, String cue, String sentence, String speakerMention, String mentionType,
                         String entity, String entityType, boolean named, List<String> nameForms) {

    public GoldSpeech {
        nameForms = List.copyOf(nameForms);
    }

    /** Whether the speaker is a person or an organisation with a name: the events the speaker score counts. */
    public boolean hasNamedSpeaker() {
        return named && ("PER".equals(entityType) || "ORG".equals(entityType));
    }
}
