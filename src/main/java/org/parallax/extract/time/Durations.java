package org.parallax.extract.time;

import static org.parallax.extract.time.MatchText.has;
import static org.parallax.extract.time.MatchText.wordAfter;
import static org.parallax.extract.time.MatchText.wordBefore;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations and sets ("two years", "the past nine days", "every week", "weekly") and the TIMEX3 amounts they are
 * written in: numbers as written ("three", "a few", "twenty-five") and unit words ("weeks" → W).
 */
final class Durations {

    private static final Set<String> A_DURATION_CUES = Set.of("for", "over", "within", "in", "about", "nearly",
            "almost", "than", "after", "past", "last", "next", "around", "roughly", "some", "least", "just", "only",
            "under", "into", "of", "spent", "took", "take", "takes", "lasted", "lasting", "approximately");

    // compiled once: the normalisers run for every match of the duration rules
    private static final Pattern POINT_AFTER = Pattern.compile("(?i)ago|earlier|later|hence");
    private static final Pattern AFTER_OR_BEFORE = Pattern.compile("(?i)after|before");
    private static final Pattern RANKED_AFTER = Pattern.compile("(?i)largest|biggest|highest|time");
    private static final Pattern OVER_UNDER = Pattern.compile("(?:just\\s+|well\\s+)?(?:over|under)");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern DECIMAL = Pattern.compile("\\d+(\\.\\d+)?");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TWO_WORDS = Pattern.compile("[a-z]+[ -][a-z]+");
    private static final Pattern SPACE_OR_HYPHEN = Pattern.compile("[ -]");

    private final TimeWords lx;

    Durations(TimeWords lx) {
        this.lx = lx;
    }

    Value duration(Matcher m, Context c, String s) {
        if (POINT_AFTER.matcher(wordAfter(s, m.end())).matches()) {
            return null; // a point in time the "ago" rule resolves, or cannot without a date: never a duration
        }
        if (m.group().toLowerCase(Locale.ROOT).endsWith("old")) {
            return null; // "a 22-year-old driver", "two years old": an age, not a stretch of time in the story
        }
        String rawN = m.group("n").toLowerCase(Locale.ROOT);
        String pre = m.group("pre") == null ? "" : m.group("pre").toLowerCase(Locale.ROOT);
        boolean article = rawN.equals("a") || rawN.equals("an");
        boolean qualified = has(m, "q");
        if (qualified && !qualifierFits(m.group("q"), wordBefore(s, m.start()))) {
            return null; // "Over two years, the firm grew": "over" is a signal there; the bare duration is found alone
        }
        if (article && pre.isEmpty() && !qualified && !A_DURATION_CUES.contains(wordBefore(s, m.start()))
                && !AFTER_OR_BEFORE.matcher(wordAfter(s, m.end())).matches()) {
            return null; // "a day" without "for", "in", "over": often not a duration ("a day of talks")
        }
        if (rawN.equals("one") && m.group("u").equalsIgnoreCase("day") && pre.isEmpty()
                && !A_DURATION_CUES.contains(wordBefore(s, m.start()))) {
            return null; // "one day he will ..."
        }
        String u = m.group("u");
        if (article && (u.equalsIgnoreCase("second") || u.equalsIgnoreCase("quarter"))) {
            return null; // "a second consecutive day", "about a quarter of its dealers"
        }
        if (DIGITS.matcher(m.group("n")).matches() && u.equalsIgnoreCase("second") || u.equalsIgnoreCase("seconds")
                && RANKED_AFTER.matcher(wordAfter(s, m.end())).matches()) {
            return null;
        }
        String v = durationValue(number(m.group("n"), m.group("nh") != null), unitCode(u));
        if (m.group("n2") != null) {
            String v2 = durationValue(number(m.group("n2"), m.group("n2h") != null), unitCode(m.group("u2")));
            v = combine(v, v2);
        }
        return v == null ? null : Value.duration(v);
    }

    /** "Over"/"under" qualify a number only after a word that already links it ("in over a decade"). */
    static boolean qualifierFits(String q, String wordBefore) {
        return !OVER_UNDER.matcher(q.toLowerCase(Locale.ROOT)).matches() || OVER_CUES.contains(wordBefore);
    }

    private static final Set<String> OVER_CUES = Set.of("in", "for", "after", "than", "of", "within", "lasting", "lasted",
            "took", "take", "takes", "spent", "from", "by", "at", "just", "well");

    Value setEvery(Matcher m, Context c, String s) {
        String n = m.group("n") == null ? "1" : m.group("n").toLowerCase(Locale.ROOT);
        if (n.equals("other")) {
            n = "2";
        } else if (!DIGITS.matcher(n).matches()) {
            n = lx.key("number", n);
        }
        if (m.group("w") != null) {
            return Value.set("XXXX-WXX-" + lx.key("weekday", m.group("w")));
        }
        if (m.group("pod") != null) {
            return Value.set("XXXX-XX-XXT" + lx.key("part-of-day", m.group("pod")));
        }
        return Value.set(durationValue(n, unitCode(m.group("u"))));
    }

    static Value setAdverb(Matcher m, Context c, String s) {
        String w = m.group("w").toLowerCase(Locale.ROOT).replace("-", "");
        return Value.set(switch (w) {
            case "daily", "nightly" -> "P1D";
            case "weekly" -> "P1W";
            case "biweekly", "fortnightly" -> "P2W";
            case "monthly" -> "P1M";
            case "quarterly" -> "P3M";
            case "biannual", "semiannual" -> "P6M";
            case "hourly" -> "PT1H";
            default -> "P1Y";
        });
    }

    /** A number as written ("three", "27", "a few", "twenty-five", "2.5") as a TIMEX3 amount, X if vague. */
    String number(String raw, boolean andAHalf) {
        String w = SPACES.matcher(raw.toLowerCase(Locale.ROOT)).replaceAll(" ").replace(",", "");
        String v;
        if (DECIMAL.matcher(w).matches()) {
            v = w;
        } else if (w.equals("a couple of") || w.equals("couple of")) {
            v = "2";
        } else if (w.equals("a dozen")) {
            v = "12";
        } else if (w.equals("a few")) {
            v = "X";
        } else if (TWO_WORDS.matcher(w).matches()) {
            String[] parts = SPACE_OR_HYPHEN.split(w);
            String a = lx.key("number", parts[0]);
            String b = lx.key("number", parts[1]);
            v = a == null || b == null || a.equals("X") || b.equals("X") ? "X"
                    : Integer.toString(Integer.parseInt(a) + Integer.parseInt(b));
        } else {
            v = lx.key("number", w);
            if (v == null) {
                v = "X";
            }
        }
        if (andAHalf && !v.equals("X")) {
            double d = Double.parseDouble(v) + 0.5;
            v = d == Math.floor(d) ? Long.toString((long) d) : Double.toString(d);
        }
        return v;
    }

    /** The TIMEX3 unit code of a unit word ("weeks" → W, "hours" → H). */
    String unitCode(String word) {
        return lx.key("unit", word.toLowerCase(Locale.ROOT));
    }

    /** "P3W", "PT3H", "P10Y" for a decade, "PXY". */
    static String durationValue(String n, String code) {
        if (code == null) {
            return null;
        }
        return switch (code) {
            case "H" -> "PT" + n + "H";
            case "MIN" -> "PT" + n + "M";
            case "S" -> "PT" + n + "S";
            case "DE" -> n.equals("X") ? "PXDE" : "P" + scale(n, 10) + "Y";
            case "CE" -> n.equals("X") ? "PXCE" : "P" + scale(n, 100) + "Y";
            default -> "P" + n + code;
        };
    }

    static String scale(String n, int f) {
        double d = Double.parseDouble(n) * f;
        return d == Math.floor(d) ? Long.toString((long) d) : Double.toString(d);
    }

    /** "P2Y" and "PXW" → "P2YXW" is not ISO; keep the larger unit, which is what a reader needs on a timeline. */
    static String combine(String a, String b) {
        if (a == null) {
            return b;
        }
        if (b == null || b.contains("X")) {
            return a;
        }
        if (a.startsWith("PT") || b.startsWith("PT")) {
            return a;
        }
        String order = "YMWD";
        char ua = a.charAt(a.length() - 1);
        char ub = b.charAt(b.length() - 1);
        if (order.indexOf(ua) >= 0 && order.indexOf(ub) > order.indexOf(ua) && !a.contains("X")) {
            return a + b.substring(1); // P2Y + P3M → P2Y3M
        }
        return a;
    }
}
