package org.parallax.extract.quote;

import java.util.List;

/** A noun phrase that may name a speaker, as written; {@link PersonRegistry} turns it into a canonical name. */
sealed interface Phrase {

    /** Where the phrase starts in the article text. */
    int pos();

    /**
     * A proper name, honorifics stripped ("Mr Putin" → [Putin]).
     *
     * @param words     the name's words as written
     * @param roleWords the title before it, lower case, head last ("russian", "president"); empty if none
     * @param gender    what an honorific says, if any
     * @param described the name stands in an apposition that describes it ("Jonas Berg, the former governor,",
     *                  "the press secretary, Jane Roe,"); a title before it is in {@code roleWords}
     */
    record Name(List<String> words, List<String> roleWords, Gender gender, int pos, boolean described)
            implements Phrase {
        public Name {
            words = List.copyOf(words);
            roleWords = List.copyOf(roleWords);
        }

        Name(List<String> words, List<String> roleWords, Gender gender, int pos) {
            this(words, roleWords, gender, pos, false);
        }

        /** Whether the attribution describes the person beside the name: a title or an apposition. */
        boolean withDescription() {
            return described || !roleWords.isEmpty();
        }

        String display() {
            return String.join(" ", words);
        }
    }

    /**
     * A role standing for a person: "the Russian President", "the Syrian leader", "Putin's spokesman".
     *
     * @param modifiers lower-case words before the head that must match a learned role ("russian")
     * @param head      the role noun, lower case
     * @param definite  "the"/a possessive/a bare title; an indefinite role ("a spokesman") names nobody
     */
    record Role(List<String> modifiers, String head, String possessor, boolean definite, int pos) implements Phrase {
        public Role {
            modifiers = List.copyOf(modifiers);
        }
    }

    /**
     * A named body spoken of by a common noun or "it": "the company", "the US automaker", "the airline", "it"; or
     * a document that speaks for whoever issued it: "the statement".
     *
     * @param head the noun, lower case ("company", "statement"), or "it"
     */
    record Body(String head, int pos) implements Phrase {
    }

    /** {@code p} as named in an apposition, when it is a name; else {@code p}. */
    static Phrase described(Phrase p) {
        return p instanceof Name n ? new Name(n.words, n.roleWords, n.gender, n.pos, true) : p;
    }

    /** "he", "she". */
    record Pronoun(Gender gender, int pos) implements Phrase {
    }
}
