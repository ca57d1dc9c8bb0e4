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

    /** Words before a noun (up to two words back) that set it before or after the date, not at it. */
    private static final Set<String> TEMPORAL_PREPOSITIONS = Set.of("before", "after", "ahead", "since", "until", "till",
            "following", "prior", "pending", "preceding", "awaiting");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[;:()\"“”«»]");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'’-]+");

    private final TimeWords lx;
    private final Durations durations;
    private final Pattern noun;
    private final Set<String> speechVerbs;

    EventAnchors(TimeWords lx, Durations durations) {
        this.lx = lx;
        this.durations = durations;
        this.noun = Pattern.compile("(?<![\\w'’-])" + nouns() + "(?![\\w'’-])");
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
     */
    void read(String s, List<Dated> mentions, Map<String, LocalDate> into) {
        if (mentions.stream().noneMatch(d -> d.day() != null)) {
            return;
        }
        Matcher m = noun.matcher(s);
        while (m.find()) {
            int ns = m.start();
            int ne = m.end();
            if (mentions.stream().anyMatch(d -> d.start() < ne && ns < d.end()) || governedByTime(s, ns)) {
                continue;
            }
            LocalDate day = nearestDay(s, ns, ne, mentions);
            if (day != null) {
                into.put(lx.key("event", m.group()), day);
            }
        }
    }

    /** The day of the nearest dated mention in the noun's clause, or null. */
    private LocalDate nearestDay(String s, int ns, int ne, List<Dated> mentions) {
        LocalDate best = null;
        int bestGap = Integer.MAX_VALUE;
        for (int i = 0; i < mentions.size(); i++) {
            Dated d = mentions.get(i);
            boolean after = d.start() >= ne;
            int from = after ? ne : d.end();
            int to = after ? d.start() : ns;
            if (d.day() == null || to - from >= bestGap || !sameClause(s, from, to) || saidOn(s, d)
                    || mentionBetween(mentions, from, to)) {
                continue;
            }
            best = d.day();
            bestGap = to - from;
        }
        return best;
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
        String[] before = s.substring(Math.max(0, pos - 60), pos).toLowerCase(Locale.ROOT).split("[^\\p{L}'’]+");
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

    private static boolean mentionBetween(List<Dated> mentions, int from, int to) {
        return mentions.stream().anyMatch(d -> d.start() >= from && d.end() <= to);
    }

    /** Whether a word before the noun ("ahead of the presidential vote") sets it before or after a date. */
    private static boolean governedByTime(String s, int start) {
        return oneOfWordsBefore(s, start, 4, TEMPORAL_PREPOSITIONS);
    }
}
