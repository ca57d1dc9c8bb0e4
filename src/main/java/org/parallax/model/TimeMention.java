package org.parallax.model;

/**
 * A temporal expression in an article, normalised to a TIMEX3 value.
 *
 * @param span   where it stands
 * @param text   the words as written ("Tuesday evening")
 * @param type   the TIMEX3 type
 * @param value  the TIMEX3 value ("2015-10-20TEV", "P3W", "PRESENT_REF")
 * @param mod    the TimeML modifier its words add ("nearly", "the end of"), null when none
 * @param anchor what a relative expression was resolved against, null when its words give the value alone
 */
public record TimeMention(Span span, String text, TimexType type, String value, TimexMod mod, TimeAnchor anchor) {

    public TimeMention {
        Checks.nonNull("span text type value", span, text, type, value);
    }

    /** A mention without modifier or anchor ("20 October 2015"). */
    public TimeMention(Span span, String text, TimexType type, String value) {
        this(span, text, type, value, null, null);
    }

    /** How precise the value is; {@link TimePrecision#NONE} for durations, sets and vague references. */
    public TimePrecision precision() {
        return type == TimexType.DATE || type == TimexType.TIME ? TimePrecision.of(value) : TimePrecision.NONE;
    }
}
