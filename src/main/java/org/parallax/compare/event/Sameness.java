package org.parallax.compare.event;

import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.parallax.model.TimexValue;

/**
 * Whether two statements of the same date are one happening, and why: who did what, then shared words.
 *
 * <ol>
 *   <li><b>Same actor, same action</b>: both name the actor ({@link Gist}) and actions of one synonym class
 *       ("reversed" ≈ "put on hold" ≈ "halted"), and they share at least {@link EventRules#GIST_THRESHOLD} of their
 *       weighted terms: one happening told in other words.</li>
 *   <li><b>Different actor, different action</b>: both name an actor and an action, the actors share no name, neither
 *       actor's head (its last name) is named in the other statement and the actions differ: two happenings of the same day, however many
 *       words they share.</li>
 *   <li>Otherwise the weighted term overlap decides at the date's threshold.</li>
 * </ol>
 */
final class Sameness {

    private static final int SHOWN_TERMS = 3;

    private Sameness() {
    }

    /** Which rule makes two statements one happening: the reason's words are written apart ({@link #text}). */
    enum Rule { NONE, SAME_GIST, SHARED_TERMS }

    /**
     * The reason {@code a} and {@code b} are one happening, {@code null} when they are not.
     *
     * @param similarity their weighted term overlap
     * @param threshold  what the overlap alone must reach for this pair of dates
     * @param wa         {@code a}'s weighted terms, for naming the shared ones
     */
    static String reason(Candidate a, Candidate b, double similarity, double threshold, WeightedTerms wa) {
        Rule rule = rule(a, b, similarity, threshold);
        return rule == Rule.NONE ? null : text(rule, a, b, wa);
    }

    /**
     * Whether {@code a} and {@code b} are one happening, and by which rule: {@link #reason} without its words, for
     * merging pairs on one thread (most pairs asked are not one happening, and their words were never needed).
     */
    static Rule rule(Candidate a, Candidate b, double similarity, double threshold) {
        Gist ga = a.gist();
        Gist gb = b.gist();
        if (ga.sameActor(gb) && ga.sameAction(gb) && similarity >= EventRules.GIST_THRESHOLD) {
            return Rule.SAME_GIST;
        }
        return apart(a, b) || similarity < threshold ? Rule.NONE : Rule.SHARED_TERMS;
    }

    /** The words of the reason {@code a} and {@code b} are one happening by {@code rule} (not {@code NONE}). */
    static String text(Rule rule, Candidate a, Candidate b, WeightedTerms wa) {
        Gist ga = a.gist();
        Gist gb = b.gist();
        String when = when(a, b);
        if (rule == Rule.SAME_GIST) {
            String action = ga.actionText().equalsIgnoreCase(gb.actionText()) ? ga.actionText()
                    : ga.actionText() + " ≈ " + gb.actionText();
            return when + ", same actor: " + shorter(ga.actorText(), gb.actorText()) + "; " + action;
        }
        // the heaviest first, then by term: one order whatever order the terms come in
        String shared = IntStream.range(0, wa.size()).filter(k -> b.terms().containsKey(wa.term(k))).boxed()
                .sorted(Comparator.<Integer>comparingDouble(wa::weight).reversed().thenComparing(wa::term))
                .limit(SHOWN_TERMS).map(wa::term).collect(Collectors.joining(", "));
        return when + ", shared terms: " + shared;
    }

    /** Two actors that never meet doing two different things. */
    static boolean apart(Candidate a, Candidate b) {
        Gist ga = a.gist();
        Gist gb = b.gist();
        if (ga.actor().isEmpty() || gb.actor().isEmpty() || ga.action() == null || gb.action() == null) {
            return false;
        }
        return !ga.sameAction(gb) && !ga.sameActor(gb)
                && !ga.headNamedIn(b.terms()) && !gb.headNamedIn(a.terms());
    }

    private static String when(Candidate a, Candidate b) {
        if (a.until() != null || b.until() != null) {
            return "same period";
        }
        TimexValue coarser = a.date().dayCount() >= b.date().dayCount() ? a.date() : b.date();
        return coarser.isDay() ? "same day"
                : "same " + coarser.precision().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String shorter(String x, String y) {
        return x.length() <= y.length() ? x : y;
    }
}
