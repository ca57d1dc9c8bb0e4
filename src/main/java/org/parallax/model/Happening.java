package org.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * One thing that happened in a {@link Coverage}, as its articles word it: every word of one synonym class that names
 * a happening ("struck", "hit"; "arrested", "detained"), in any sentence, dated or not.
 *
 * @param id       "h" and a number, unique in the corpus
 * @param label    the word as its mentions most often write it ("arrested")
 * @param lemma    the key of its words' synonym class: the class's head word where the lexicon has one ("arrest",
 *                 "strike"), else the words' stem ("introduc")
 * @param date     the date of the timeline's events that hold its words (a TIMEX3 value), {@code null} when none does:
 *                 a happening is never given a date its words do not have
 * @param mentions every word that names it, in article and text order
 * @param eventIds the timeline's events whose statements hold one of its words, in the corpus' order; may be empty
 */
public record Happening(String id, String label, String lemma, String date, List<Span> mentions, List<String> eventIds) {

    public Happening {
        Checks.nonNull("id label lemma", id, label, lemma);
        mentions = List.copyOf(Objects.requireNonNull(mentions, "mentions"));
        eventIds = List.copyOf(Objects.requireNonNull(eventIds, "eventIds"));
    }
}
