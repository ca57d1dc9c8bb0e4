package org.parallax.extract.time;

import java.util.Locale;
import java.util.regex.Matcher;
import org.parallax.model.TimexMod;

/**
 * The TimeML modifiers that words before an expression add: a position in its time ("early", "mid-", "the end of")
 * and a quantity's qualifier ("nearly", "over", "at least"). Rules capture them in groups {@code pre}, {@code rel}
 * and {@code q}; every rule's value gets its modifier here, so no normaliser has to.
 */
final class Mods {

    /** A quantity's qualifier before a number: "nearly five months", "over a decade", "at least three days". */
    static final String QUALIFIER = "(?<q>(?i:about|around|roughly|approximately|nearly|almost|some|more\\s+than|"
            + "less\\s+than|fewer\\s+than|at\\s+least|at\\s+most|no\\s+more\\s+than|up\\s+to|just\\s+over|just\\s+under|"
            + "well\\s+over|over|under))\\s+";

    private Mods() {
    }

    /** Which of the modifier groups a rule's pattern has: looked up once, not per match (a missing group throws). */
    record Groups(boolean q, boolean pre, boolean rel) {

        static Groups of(String regex) {
            return new Groups(regex.contains("(?<q>"), regex.contains("(?<pre>"), regex.contains("(?<rel>"));
        }

        boolean any() {
            return q || pre || rel;
        }
    }

    /** {@code v} with the modifier its match's words add, if it has none yet. */
    static Value apply(Value v, Matcher m, Groups groups) {
        if (v == null || v.mod() != null) {
            return v;
        }
        TimexMod mod = groups.q() && m.group("q") != null ? qualifier(m.group("q")) : null;
        if (mod == null && groups.pre() && m.group("pre") != null) {
            mod = position(m.group("pre"));
        }
        if (mod == null && groups.rel() && m.group("rel") != null) {
            mod = position(m.group("rel"));
        }
        return v.withMod(mod);
    }

    static TimexMod qualifier(String q) {
        String w = MatchText.oneSpace(q.toLowerCase(Locale.ROOT));
        return switch (w) {
            case "about", "around", "roughly", "approximately", "nearly", "almost", "some" -> TimexMod.APPROX;
            case "more than", "over", "just over", "well over" -> TimexMod.MORE_THAN;
            case "less than", "fewer than", "under", "just under" -> TimexMod.LESS_THAN;
            case "at least" -> TimexMod.EQUAL_OR_MORE;
            case "at most", "no more than", "up to" -> TimexMod.EQUAL_OR_LESS;
            default -> null;
        };
    }

    /** "early", "the beginning of" → START; "mid", "the middle of" → MID; "late", "the end of" → END. */
    static TimexMod position(String pre) {
        String w = pre.toLowerCase(Locale.ROOT);
        if (w.startsWith("early") || w.contains("beginning") || w.contains("start")) {
            return TimexMod.START;
        }
        if (w.startsWith("mid") || w.contains("middle")) {
            return TimexMod.MID;
        }
        if (w.startsWith("late") && !w.startsWith("later") || w.contains("end of") || w.contains("close of")) {
            return TimexMod.END;
        }
        return null;
    }
}
