package org.parallax.compare.event;

/**
 * The numbers that decide which statements are one event; each is explained where it is used and in the
 * comparison's decision record.
 */
public final class EventRules {

    /** A statement dated more than this many days before its article's publication is background. */
    public static final int BACKGROUND_DAYS = 7;

    /** Weighted Dice similarity two statements of the same date need to be one event. */
    public static final double SAME_DATE_THRESHOLD = 0.22;

    /**
     * Similarity a coarser statement ("three weeks ago", "last month") needs to join a finer one inside its
     * interval: higher, because a coarse date says less.
     */
    public static final double COARSE_THRESHOLD = 0.3;

    /**
     * Weighted Dice similarity two statements with the same actor and the same kind of action need: low, because
     * actor and action already agree; above zero, because they must share some content ("its decision").
     */
    public static final double GIST_THRESHOLD = 0.12;

    /**
     * Weighted Dice similarity an undated statement needs with a statement of a dated event, with the same actor and
     * action, to join it ({@link UndatedJoiner}); higher without an actor on either side, since then only the
     * action and the words say it is the same happening.
     */
    public static final double UNDATED_THRESHOLD = 0.3;
    public static final double UNDATED_NO_ACTOR_THRESHOLD = 0.45;

    /** Merge reasons kept per event (the distinct ones; a thousand outlets repeating a statement give a few). */
    public static final int MAX_REASONS = 5;

    /** A coarser date absorbs finer ones only when it spans at most this many days (a week, a month). */
    public static final int MAX_ABSORBING_DAYS = 31;

    /** Kind weights of terms: names (participants, places), predicate heads ("visit", "meet"), other words. */
    public static final double NAME_WEIGHT = 1.5;
    public static final double PREDICATE_WEIGHT = 2.0;
    public static final double WORD_WEIGHT = 1.0;

    /**
     * Blocking: a term shared by more statements of one date than this proposes for each statement only the next
     * {@link #WINDOW} statements holding it. Keeps the comparisons per statement bounded.
     */
    public static final int MAX_POSTING = 100;

    /** The neighbours a common term proposes per statement (see {@link #MAX_POSTING}). */
    public static final int WINDOW = 10;

    /** Labels are cut to this many characters at a clause boundary. */
    public static final int MAX_LABEL = 80;

    private EventRules() {
    }
}
