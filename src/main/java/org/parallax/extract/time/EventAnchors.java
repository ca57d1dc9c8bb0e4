package org.parallax.extract.time;

import static org.parallax.extract.time.MatchText.has;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates counted from an event the article named by a noun and dated earlier ("The vote was held on March 3. ... the
 * day before the vote" is March 2; "two days after the election", "the morning after the attack", "on the eve of the
 * summit"), and "at the time": the date the paragraph wrote out last. The nouns are the {@code [event]} section of
 * {@code time-words.txt}. An event without a date in the article leaves its expression unresolved, not dated by the
 * publication day: counting from a day the article never gave would put the statement on a guessed day.
 *
 * <p>A noun takes the day of a date in its own clause ({@link #read}): the nearest day-precise date of the sentence
 * with at most {@value #MAX_WORDS_BETWEEN} words, no other date, no bracket, quotation mark, colon or semicolon and no
 * verb of saying between them ("Police said on Monday that the attack ..." dates the saying, not the attack), where
 * the noun is not governed by a preposition of time ("On March 3, ahead of the vote, ..." does not date the vote).
 */
final class EventAnchors {

    static final int MAX_WORDS_BETWEEN = 8;
    /** Beyond this many characters between them a noun and a date share no clause (and nothing long is scanned). */
    private static final int MAX_CHARS_BETWEEN = 160;

    /** Words before a noun (up to two words back) that set it before or after the date, not at it. */
    private static final Set<String> TEMPORAL_PREPOSITIONS = Set.of("before", "after", "ahead", "since", "until", "till",
            "following", "prior", "pending", "preceding", "awaiting");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[;:()\"“”«»]");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}'’]+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'’-]+");

    private final TimeWords lx;
    private final Durations durations;
    private final Pattern noun;
    /** Where a noun may start: the pattern tried only there, as it was tried at every char of every dated sentence. */
    private final MatchStarts nounStarts;
    private final Set<String> speechVerbs;

    EventAnchors(TimeWords lx, Durations durations) {
        this.lx = lx;
        this.durations = durations;
        this.noun = Pattern.compile("(?<![\\w'’-])" + nouns() + "(?![\\w'’-])");
        this.nounStarts = MatchStarts.of(noun);
        this.speechVerbs = Set.copyOf(lx.words("speech"));
    }

    /** The alternation of the event nouns, any case, for a rule's pattern. */
    String nouns() {
        return "(?i:" + lx.alternation("event") + ")";
    }

    /**
     * "The day before the vote", "two days after the election", "the morning after the attack", "the eve of the
     * summit": counted from the day the article gave the event; null when it gave none.
     */
    Value relative(Matcher m, Context c, String s) {
        LocalDate day = c.scene().eventDay(lx.key("event", m.group("ev")));
        if (day == null) {
            return null;
        }
        if (has(m, "eve")) {
            return Value.date(Calendar.day(day.minusDays(1)));
        }
        String dir = m.group("dir").toLowerCase(Locale.ROOT);
        int sign = dir.startsWith("before") || dir.startsWith("ahead") || dir.startsWith("prior") ? -1 : 1;
        if (has(m, "pu")) {
            String pu = m.group("pu").toLowerCase(Locale.ROOT);
            return switch (pu) {
                case "day" -> Value.date(Calendar.day(day.plusDays(sign)));
                case "week" -> Value.date(Calendar.week(day.plusWeeks(sign)));
                default -> Value.time(Calendar.day(day.plusDays(sign)) + "T" + lx.key("part-of-day", pu));
            };
        }
        String n = durations.number(m.group("n"), has(m, "nh"));
        if (n.equals("X") || n.contains(".")) {
            return null; // "days after the vote": no day to count to
        }
        long k = Long.parseLong(n) * sign;
        return switch (durations.unitCode(m.group("u"))) {
            case "D" -> Value.date(Calendar.day(day.plusDays(k)));
            case "W" -> Value.date(Calendar.week(day.plusWeeks(k)));
            case "M" -> Value.date(Calendar.month(YearMonth.from(day).plusMonths(k)));
            case "Y" -> Value.date(Calendar.year(day.getYear() + (int) k));
            case "H", "MIN", "S" -> Value.date(Calendar.day(day)); // hours or minutes from it: its day
            default -> null;
        };
    }

    /**
     * "At the time": the date the paragraph wrote out last, at its precision ("In January 2011, ... at the time" is
     * 2011-01), when the phrase closes its clause ("at the time, ...", "said at the time."; "at the time he left" is
     * the time of a clause, not of the paragraph); "at the time of the attack": the day the article gave the attack.
     */
    Value atTheTime(Matcher m, Context c, String s) {
        if (has(m, "ev")) {
            LocalDate day = c.scene().eventDay(lx.key("event", m.group("ev")));
            return day == null ? null : Value.date(Calendar.day(day));
        }
        String focus = c.scene().focusValue();
        if (focus == null || !CLOSES.matcher(s).region(m.end(), s.length()).lookingAt()) {
            return null;
        }
        return focus.contains("T") ? Value.time(focus) : Value.date(focus);
    }

    private static final Pattern CLOSES = Pattern.compile("\\s*(?:[.,;:!?)\"”’]|$)");

    /** A dated mention of a sentence: its offsets in the sentence and its day. */
    record Dated(int start, int end, LocalDate day) {
    }

    /**
     * Records in {@code into} the day each event noun of sentence {@code s} takes from a date of its clause; the
     * sentence's mentions in text order ({@code day} null for those without a day), a later day overriding an earlier.
     * Returns whether it recorded one (else {@code into} is as it was).
     */
    boolean read(MatchStarts.Text sentence, List<Dated> mentions, Map<String, LocalDate> into) {
        if (!anyDay(mentions)) {
            return false;
        }
        boolean recorded = false;
        String s = sentence.string();
        Matcher m = noun.matcher(s);
        int next = 0; // the first mention ending after the noun: mentions and nouns both come in text order
        int from = 0;
        while (from <= s.length() && nounStarts.find(m, sentence, from)) {
            int ns = m.start();
            int ne = m.end();
            from = ne > ns ? ne : ns + 1; // where find() would go on
            while (next < mentions.size() && mentions.get(next).end() <= ns) {
                next++;
            }
            if (next < mentions.size() && mentions.get(next).start() < ne || governedByTime(s, ns)) {
                continue; // inside a mention ("the day before the vote") or set before or after a date
            }
            LocalDate day = nearestDay(s, ns, ne, next > 0 ? mentions.get(next - 1) : null,
                    next < mentions.size() ? mentions.get(next) : null);
            if (day != null) {
                into.put(lx.key("event", m.group()), day);
                recorded = true;
            }
        }
        return recorded;
    }

    /** Whether one of {@code mentions} has a day. */
    private static boolean anyDay(List<Dated> mentions) {
        for (Dated d : mentions) {
            if (d.day() != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * The day of the nearer of the mentions right before and right after the noun (no other date between), when it
     * has a day and shares the noun's clause; null otherwise.
     */
    private LocalDate nearestDay(String s, int ns, int ne, Dated before, Dated after) {
        boolean beforeFits = before != null && fits(s, before, before.end(), ns);
        boolean afterFits = after != null && fits(s, after, ne, after.start());
        if (beforeFits && afterFits) {
            return ns - before.end() <= after.start() - ne ? before.day() : after.day();
        }
        return beforeFits ? before.day() : afterFits ? after.day() : null;
    }

    private boolean fits(String s, Dated d, int from, int to) {
        return d.day() != null && to - from <= MAX_CHARS_BETWEEN && sameClause(s, from, to) && !saidOn(s, d);
    }

    private boolean sameClause(String s, int from, int to) {
        if (CLAUSE_BREAK.matcher(s).region(from, to).find()) {
            return false;
        }
        Matcher w = WORD.matcher(s).region(from, to);
        int words = 0;
        while (w.find()) {
            if (++words > MAX_WORDS_BETWEEN || speechVerbs.contains(w.group().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a verb of saying stands right before the date ("said on Monday", "told reporters Monday"): its day. */
    private boolean saidOn(String s, Dated d) {
        return oneOfWordsBefore(s, d.start(), 3, speechVerbs);
    }

    /** Whether one of the {@code n} words before {@code pos} is one of {@code words} (lower case). */
    private static boolean oneOfWordsBefore(String s, int pos, int n, Set<String> words) {
        String[] before = NOT_LETTERS.split(s.substring(Math.max(0, pos - 60), pos).toLowerCase(Locale.ROOT));
        for (int k = before.length - 1, seen = 0; k >= 0 && seen < n; k--) {
            if (!before[k].isEmpty()) {
                if (words.contains(before[k])) {
                    return true;
                }
                seen++;
            }
        }
        return false;
    }

    /** Whether a word before the noun ("ahead of the presidential vote") sets it before or after a date. */
    private static boolean governedByTime(String s, int start) {
        return oneOfWordsBefore(s, start, 4, TEMPORAL_PREPOSITIONS);
    }
}
