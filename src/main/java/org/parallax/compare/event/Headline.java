package org.parallax.compare.event;

import java.util.List;

/**
 * A short headline read from one statement: actor, predicate, object and place ("Assad visits Moscow").
 *
 * @param text      the headline, or empty when the statement gave none
 * @param actor     who acts, as the headline names them ("Assad"); empty when unknown
 * @param nameActor whether the actor is a name (not "the visit" or "he")
 * @param cue       whether the statement only says who said something ("Peskov said"): a poor headline alone
 * @param names     the names the headline holds, shortened as it shows them ("Assad", "Moscow")
 * @param place     the place it names ("Moscow" of "in Moscow"), empty when none
 * @param complete  whether the verb has an object or a phrase after it ("visits Moscow", not "remains")
 */
public record Headline(String text, String actor, boolean nameActor, boolean cue, List<String> names, String place,
                       boolean complete) {

    static final Headline NONE = new Headline("", "", false, false, List.of(), "", false);

    public Headline {
        names = List.copyOf(names);
    }

    boolean isEmpty() {
        return text.isEmpty();
    }

    /** How good a headline it is: a named actor, an action other than saying, something done to or a place. */
    double quality() {
        if (text.isEmpty()) {
            return -10;
        }
        double q = nameActor ? 3 : actor.isEmpty() ? 0 : 1;
        q += cue ? -3 : 2;
        q += place.isEmpty() && !complete ? 0 : 1;
        q -= text.length() > TARGET_LENGTH ? (text.length() - TARGET_LENGTH) / 20.0 : 0;
        return q;
    }

    /** A headline longer than this many characters reads as a sentence. */
    static final int TARGET_LENGTH = 55;
}
