package org.parallax.extract.figure;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.parallax.extract.figure.FigureWords.NumberWord;
import org.parallax.extract.figure.FigureWords.Role;
import org.parallax.extract.figure.FigureWords.Unit;
import org.parallax.extract.figure.FigureTokens.Kind;

/**
 * Reads the number written at a token: digits ("4,000", "1.2 million", "3bn", "10km"), words ("twenty-five",
 * "three hundred and twenty", "a dozen") and vague plurals ("tens of thousands"); and tells the digits that are no
 * count (years, dates, times, scores, names, ages) from those that may be.
 */
final class NumberReader {

    /** The longest number read as a figure, in characters: "1,000,000,000,000,000" is 25. */
    static final int LONGEST_NUMBER = 40;
    private static final Pattern YEAR_LIKE = Pattern.compile("(1\\d|20)\\d\\d");


    static final Set<String> MONTHS = Set.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
            "Sep", "Sept", "Oct", "Nov", "Dec");

    private final FigureText ft;
    private final int n;
    private final FigureWords lexicon;
    /** Room for a word's lower case ({@link #numberWordAt}); a longer word is read from its token. */
    private final char[] lower = new char[32];

    NumberReader(FigureText ft, FigureWords lexicon) {
        this.ft = ft;
        this.n = ft.n;
        this.lexicon = lexicon;
    }

    /** Token i (made on first ask). */
    private FigureToken t(int i) {
        return ft.token(i);
    }

    /** The number starting at token i, or null if none starts there (or it is a date, time, ordinal, name...). */
    WrittenNumber readNumber(int i, boolean money, boolean secondOfRange) {
        if (i >= n) {
            return null;
        }
        return switch (ft.kind(i)) {
            case NUMBER -> digits(i, money, secondOfRange);
            case NUMBER_WORD -> gluedDigits(i, money);
            case WORD -> words(i);
            default -> null;
        };
    }

    private WrittenNumber digits(int i, boolean money, boolean secondOfRange) {
        FigureToken tok = t(i);
        if (tok.text().length() > LONGEST_NUMBER) {
            return null; // no quantity; and reading a megabyte of digits costs the square of its length
        }
        BigDecimal v = new BigDecimal(tok.text().replace(",", ""));
        if (secondOfRange ? gluedAfter(i) : gluedToNumber(i)) {
            return null;
        }
        int last = i;
        boolean scaled = false;
        if (i + 1 < n && ft.sameSentence(i, i + 1)) {
            NumberWord w = numberWordAt(i + 1);
            if (w != null && w.role() == Role.SCALE) {
                v = v.multiply(w.value());
                last = i + 1;
                scaled = true;
            } else if (ft.isWord(i + 1) && !ft.lowerLongerThan(i + 1, lexicon.longestSuffix)) {
                BigDecimal suffix = suffixScale(t(i + 1).lower(), money);
                if (suffix != null) {
                    v = v.multiply(suffix);
                    last = i + 1;
                    scaled = true;
                }
            }
        }
        return new WrittenNumber(v, i, last, false, scaled, null, null);
    }

    /** "3bn", "$10m", "10km"; ordinals ("20th"), decades ("1980s") and times ("3pm") are no figures. */
    private WrittenNumber gluedDigits(int i, boolean money) {
        String s = t(i).text();
        int k = 0;
        while (k < s.length() && (Character.isDigit(s.charAt(k)) || s.charAt(k) == ',' || s.charAt(k) == '.')) {
            k++;
        }
        String digits = s.substring(0, k).replace(",", "");
        String letters = s.substring(k).toLowerCase(Locale.ROOT);
        if (digits.isEmpty() || digits.endsWith(".") || digits.indexOf('.') != digits.lastIndexOf('.')) {
            return null;
        }
        BigDecimal v = new BigDecimal(digits);
        BigDecimal scale = suffixScale(letters, money);
        if (scale != null) {
            return new WrittenNumber(v.multiply(scale), i, i, false, true, null, null);
        }
        Unit measure = lexicon.measureWords.get(letters);
        return measure == null ? null : new WrittenNumber(v, i, i, false, false, null, measure);
    }

    private BigDecimal suffixScale(String letters, boolean money) {
        BigDecimal scale = lexicon.suffixes.get(letters);
        boolean ambiguous = letters.equals("m") || letters.equals("k") || letters.equals("b");
        return scale == null || (ambiguous && !money) ? null : scale;
    }

    /** Number words: "three", "twenty-five", "three hundred and twenty", "a dozen", "tens of thousands". */
    private WrittenNumber words(int i) {
        int p = i;
        BigDecimal article = null;
        if (ft.isAOrAn(i)) {
            article = BigDecimal.ONE;
            p = i + 1;
        }
        if (p >= n) {
            return null;
        }
        NumberWord w0 = numberWordAt(p);
        if (w0 == null) {
            return null; // no number word ("three-hour", "two-year": a duration; "two-thirds", "one-off": not a count)
        }
        if (w0.role() == Role.VAGUE && article == null) {
            return vague(p);
        }
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal current = article == null ? BigDecimal.ZERO : article;
        Role prev = article == null ? null : Role.UNIT;
        int last = -1;
        int k = p;
        while (k < n && ft.sameSentence(p, k)) {
            if (ft.is(k, "and") && (prev == Role.HUNDRED || prev == Role.SCALE) && k + 1 < n) {
                NumberWord nx = numberWordAt(k + 1);
                if (nx != null && (nx.role() == Role.UNIT || nx.role() == Role.TEN)) {
                    k++;
                    continue;
                }
                break;
            }
            NumberWord w = numberWordAt(k);
            if (w == null || !follows(prev, w.role())) {
                break;
            }
            if (k > p && t(k).isCapitalised() && !t(p).isCapitalised()) {
                break;
            }
            switch (w.role()) {
                case UNIT, TEN -> current = current.add(w.value());
                case HUNDRED -> current = (current.signum() == 0 ? BigDecimal.ONE : current).multiply(w.value());
                case DOZEN -> current = (current.signum() == 0 ? BigDecimal.ONE : current).multiply(w.value());
                case SCALE -> {
                    total = total.add((current.signum() == 0 ? BigDecimal.ONE : current).multiply(w.value()));
                    current = BigDecimal.ZERO;
                }
                default -> {
                    return null;
                }
            }
            prev = w.role();
            last = k;
            k++;
        }
        if (last < 0) {
            return null;
        }
        BigDecimal value = total.add(current);
        if (last == p && ft.is(p, "one") && article == null) {
            return null; // "one" alone: "one of them", "one way", "no one"
        }
        if (t(p).isCapitalised() && !ft.sentenceInitial(article == null ? p : i)) {
            return null; // "the Big Four", "Group of Seven": a name
        }
        boolean scaled = prev == Role.SCALE;
        return new WrittenNumber(value, i, last, true, scaled, null, null);
    }

    /** "dozens of", "tens of thousands of", "hundreds of thousands of"; the caller checks the "of" that follows. */
    private WrittenNumber vague(int p) {
        BigDecimal magnitude = numberWordAt(p).value();
        int last = p;
        while (last + 2 < n && ft.is(last + 1, "of")) {
            NumberWord w = numberWordAt(last + 2);
            if (w == null || w.role() != Role.VAGUE || ft.is(last + 2, "dozens") || ft.is(last + 2, "tens")) {
                break;
            }
            magnitude = magnitude.multiply(w.value());
            last += 2;
        }
        if (ft.is(p, "tens") && last == p) {
            return null; // "tens" alone is not used as a count
        }
        if (t(p).isCapitalised() && !ft.sentenceInitial(p)) {
            return null;
        }
        return new WrittenNumber(magnitude, p, last, true, false, magnitude, null);
    }

    private boolean follows(Role prev, Role next) {
        if (prev == null) {
            return next == Role.UNIT || next == Role.TEN;
        }
        return switch (prev) {
            case UNIT -> next == Role.HUNDRED || next == Role.SCALE || next == Role.DOZEN;
            case TEN -> next == Role.UNIT || next == Role.HUNDRED || next == Role.SCALE;
            case HUNDRED -> next == Role.UNIT || next == Role.TEN || next == Role.SCALE;
            case SCALE, DOZEN -> next == Role.UNIT || next == Role.TEN;
            default -> false;
        };
    }

    /**
     * {@link #numberWord(FigureToken)} of token i: a word whose shape is no number word's is told without making its
     * token (asked of every word of the text).
     */
    NumberWord numberWordAt(int i) {
        if (ft.kind(i) != Kind.WORD || !ft.mayBeNumberWord(i, lexicon)) {
            return null;
        }
        // an ASCII word without a dash is a number word as it stands or none ("twenty-five" is joined below): looked up
        // by its lower-case chars, with no token, lower case nor map look-up for the words that only look like one
        int length = ft.asciiLowerWithoutDash(i, lower);
        return length >= 0 ? lexicon.numberWord(lower, length) : numberWord(t(i));
    }

    /** The number word {@code tok} is ("three", "Twenty-five"), or null. */
    NumberWord numberWord(FigureToken tok) {
        if (tok.kind() != Kind.WORD || !lexicon.mayBeNumberWord(tok)) {
            return null;
        }
        String w = tok.lower();
        NumberWord direct = lexicon.numberWords.get(w);
        if (direct != null) {
            return direct;
        }
        int dash = w.indexOf('-');
        if (dash > 0 && w.indexOf('-', dash + 1) < 0) { // "twenty-five"
            NumberWord tens = lexicon.numberWords.get(w.substring(0, dash));
            NumberWord units = lexicon.numberWords.get(w.substring(dash + 1));
            if (tens != null && units != null && tens.role() == Role.TEN && units.role() == Role.UNIT
                    && units.value().compareTo(BigDecimal.TEN) < 0 && units.value().signum() > 0) {
                return new NumberWord(tens.value().add(units.value()), Role.TEN);
            }
        }
        return null;
    }

    BigDecimal scaleOf(WrittenNumber b) {
        FigureToken scaleTok = t(b.last());
        NumberWord w = numberWord(scaleTok);
        if (w != null && w.role() == Role.SCALE) {
            return w.value();
        }
        BigDecimal s = suffixScale(scaleTok.lower(), true);
        if (s != null) {
            return s;
        }
        String text = scaleTok.text().replaceAll("^[\\d.,]+", "").toLowerCase(Locale.ROOT);
        BigDecimal glued = suffixScale(text, true);
        return glued == null ? BigDecimal.ONE : glued;
    }

    /** Dates, years, times, names and ages that look like numbers. Digits only: number words pass. */
    boolean plausibleNumber(WrittenNumber num) {
        if (num.words()) {
            return true;
        }
        int i = num.first();
        FigureToken tok = t(i);
        String digits = tok.text();
        boolean integer = tok.kind() == Kind.NUMBER && isInteger(digits);
        int small = integer && digits.length() <= 2 ? Integer.parseInt(digits) : -1;
        int before = ft.previousWord(i);
        // a month and a name prefix start with one of their first chars: any other word is neither, told without its text
        FigureToken prev = before >= 0 && lexicon.monthOrNamePrefixFirsts.indexOf(ft.firstChar(before)) >= 0
                ? t(before) : null;
        if (prev != null && MONTHS.contains(prev.text())) {
            return false; // "Sep. 30", "November 20", "May 2015"
        }
        if (small >= 1 && small <= 31 && i + 1 < n && ft.isWord(i + 1) && MONTHS.contains(t(i + 1).text())) {
            return false; // "18 November"
        }
        if (integer && digits.length() == 4 && !num.scaled()) {
            int year = Integer.parseInt(digits);
            if (year >= 1000 && year <= 2100) {
                return false; // "since 2011", "in 2015", "2015 elections"
            }
        }
        if (prev != null && lexicon.namePrefixes.contains(prev.text())
                || before >= 0 && (ft.is(before, "aged") || ft.is(before, "age"))) {
            return false; // "Resolution 2254", "No. 10", "aged 45"
        }
        if (i > 0 && (ft.is(i - 1, "'") || ft.is(i - 1, "’")) && !ft.spaceBefore(i) && digits.length() == 2) {
            return false; // "since '82"
        }
        if (i > 0 && ft.is(i - 1, "#") && !ft.spaceBefore(i)) {
            return false;
        }
        return true;
    }

    /**
     * Whether {@code s} is one or more ASCII digits (what {@code \d+} matches): read by a loop, where a matcher was made
     * for every number of the text.
     */
    static boolean isInteger(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Part of "20/10/2015", "2015-10-20", "21.10.2015", "10:30", "3-1" (but a range "10-20" is read by the caller). */
    private boolean gluedToNumber(int i) {
        // the tokens around it read from the arrays (a symbol is one code point: one of the marks, or two chars and none)
        if (i >= 2 && !ft.spaceBefore(i)) {
            if (!ft.spaceBefore(i - 1) && ft.kind(i - 1) == Kind.SYMBOL && ft.oneCharOf(i - 1, "-/.:–,")
                    && (ft.kind(i - 2) == Kind.NUMBER || ft.kind(i - 2) == Kind.NUMBER_WORD)) {
                return true;
            }
        }
        if (i + 2 < n) {
            int sep = i + 1;
            int after = i + 2;
            boolean glued = !ft.spaceBefore(sep) && !ft.spaceBefore(after) && ft.kind(sep) == Kind.SYMBOL
                    && (ft.kind(after) == Kind.NUMBER || ft.kind(after) == Kind.NUMBER_WORD);
            if (glued && ft.oneCharOf(sep, "/.:,")) {
                return true;
            }
            if (glued && ft.oneCharOf(sep, "-–")) {
                // "2015-10-20", "2015-16": dates and seasons; "10-20" stays a range candidate
                boolean third = i + 4 < n && !ft.spaceBefore(i + 3) && ft.oneCharOf(i + 3, "-–")
                        && ft.kind(i + 4) == Kind.NUMBER;
                boolean yearLike = YEAR_LIKE.matcher(t(i).text()).matches();
                return third || yearLike;
            }
        }
        // "3-year-old", "24-hour", "12-member": a compound modifier (a duration, an age, a size), not a count
        if (i + 2 < n && ft.is(i + 1, "-") && !ft.spaceBefore(i + 1) && !ft.spaceBefore(i + 2)
                && ft.isWord(i + 2)) {
            return true;
        }
        return false;
    }

    /** For the second number of a range "10-20": only what follows it can make it a date or time. */
    private boolean gluedAfter(int i) {
        if (i + 2 < n) {
            int sep = i + 1;
            int after = i + 2;
            return !ft.spaceBefore(sep) && !ft.spaceBefore(after) && ft.kind(sep) == Kind.SYMBOL
                    && ft.oneCharOf(sep, "-/.:–") && (ft.kind(after) == Kind.NUMBER || ft.isWord(after));
        }
        return false;
    }
}
