package org.parallax.extract.figure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.parallax.extract.figure.FigureWords.NumberWord;
import org.parallax.extract.figure.FigureWords.QualifierPhrase;
import org.parallax.extract.figure.FigureWords.Role;
import org.parallax.extract.figure.FigureWords.Unit;
import org.parallax.extract.figure.FigureWords.UnitKind;
import org.parallax.extract.figure.NumberContext.Chunk;
import org.parallax.extract.figure.FigureTokens.Kind;
import org.parallax.model.Claim;
import org.parallax.model.ClaimKind;
import org.parallax.model.Qualifier;
import org.parallax.model.Span;

/**
 * One pass over one article's tokens: at each token that may start a number, reads the figure there (the number,
 * a range, the unit or the noun counted, qualifiers) and turns it into a claim, or rejects it.
 */
final class FigureFinder {

    /** Words of change: after them "from X to Y" is a movement between two figures, not a range. */
    private static final List<String> CHANGE_STEMS = List.of("rise", "rose", "risen", "rising", "fell", "fall", "increas",
            "decreas", "grow", "grew", "drop", "climb", "jump", "declin", "rais", "reduc", "slip", "surg", "plung",
            "soar", "cut", "lower", "boost", "went", "gone", "moved", "shr", "up", "down", "chang", "expand",
            "narrow", "widen");
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private final String id;
    private final FigureText ft;
    private final int n;
    private final FigureWords lexicon;
    private final NumberReader numbers;
    private final NumberContext context;
    private final List<Claim> out = new ArrayList<>();

    /** The figure read so far: its tokens {@code [spanFirst, last]}, value, qualifier, kind, unit and subject. */
    private static final class Draft {
        int spanFirst;
        int last;
        BigDecimal value;
        BigDecimal max;
        Qualifier qualifier = Qualifier.NONE;
        ClaimKind kind = ClaimKind.COUNT;
        String unit = "";
        String subject = "";

        Draft(int spanFirst, WrittenNumber a) {
            this.spanFirst = spanFirst;
            this.last = a.last();
            this.value = a.value();
        }
    }

    FigureFinder(String id, FigureText ft, FigureWords lexicon) {
        this.id = id;
        this.ft = ft;
        this.n = ft.n;
        this.lexicon = lexicon;
        this.numbers = new NumberReader(ft, lexicon);
        this.context = new NumberContext(ft, lexicon);
    }

    /** Token i (made on first ask). */
    private FigureToken t(int i) {
        return ft.token(i);
    }

    /** The figures of the article, in text order; claim ids are {@code id + "/c" + n}, n from 1. */
    List<Claim> run() {
        // most tokens start no figure: skipped from the token arrays, each run of them in one call
        for (int i = ft.nextMayStartFigure(0, lexicon); i < n;
                i = ft.nextMayStartFigure(Math.max(i + 1, ft.consumed()), lexicon)) {
            Claim f = at(i);
            if (f != null) {
                out.add(f);
            }
        }
        return out;
    }

    /** The figure at token i, or null. */
    private Claim at(int i) {
        Unit sign = null;
        int numStart = i;
        if (ft.kind(i) == Kind.CURRENCY) {
            sign = lexicon.currencySigns.get(t(i).text());
            numStart = i + 1;
            if (sign == null || numStart >= n || !ft.sameSentence(i, numStart)
                    || (ft.kind(numStart) != Kind.NUMBER && ft.kind(numStart) != Kind.NUMBER_WORD)) {
                return null;
            }
        } else if (!mayStartNumber(i)) {
            return null;
        }
        WrittenNumber a = numbers.readNumber(numStart, sign != null, false);
        if (a == null || (sign == null && !numbers.plausibleNumber(a))) {
            return null;
        }
        Draft d = new Draft(i, a);
        readRange(d, a, sign);
        if (score(d) || !readUnit(d, a, sign) || !readQualifiers(d, a)) {
            return null;
        }
        return claim(d);
    }

    /**
     * A number, a number word, or "a"/"an" before "dozen", "hundred", "million". Any other word starts no number (the
     * reader would find none there): it is told so here, where it was read as a number at every word of the text.
     */
    private boolean mayStartNumber(int i) {
        Kind kind = ft.kind(i); // asked of every token: read without making it
        if (kind == Kind.WORD && ft.isAOrAn(i) && i + 1 < n) {
            NumberWord next = numbers.numberWordAt(i + 1);
            return next != null && (next.role() == Role.DOZEN || next.role() == Role.HUNDRED
                    || next.role() == Role.SCALE);
        }
        return kind == Kind.NUMBER || kind == Kind.NUMBER_WORD
                || (kind == Kind.WORD && numbers.numberWordAt(i) != null);
    }

    /** A range: "between 10 and 20", "10 to 20", "10-20", "two or three", "$2 to $3 billion". */
    private void readRange(Draft d, WrittenNumber a, Unit sign) {
        if (a.vague() || d.last + 1 >= n || !ft.sameSentence(d.last, d.last + 1) || change(d.spanFirst)) {
            return;
        }
        int c = d.last + 1;
        boolean between = d.spanFirst >= 1 && ft.is(d.spanFirst - 1, "between");
        boolean dash = (ft.is(c, "-") || ft.is(c, "–")) && !ft.spaceBefore(c);
        boolean connector = ft.is(c, "to") || (ft.is(c, "or") && a.value().compareTo(BigDecimal.ONE) > 0)
                || (ft.is(c, "and") && between) || dash || (ft.is(c, "–") && ft.spaceBefore(c));
        if (!connector || d.last + 2 >= n) {
            return;
        }
        int k = d.last + 2;
        boolean sign2 = ft.kind(k) == Kind.CURRENCY;
        if (sign2) {
            k++;
        }
        WrittenNumber b = k < n && !(dash && ft.spaceBefore(k))
                ? numbers.readNumber(k, sign != null || sign2, true) : null;
        if (b == null || b.vague() || b.words() != a.words() || !numbers.plausibleNumber(b)) {
            return;
        }
        BigDecimal low = a.value();
        if (!a.scaled() && b.scaled() && a.glued() == null) {
            low = low.multiply(numbers.scaleOf(b));
        }
        if (b.value().compareTo(low) > 0) {
            d.value = low;
            d.max = b.value();
            d.last = b.last();
            d.qualifier = Qualifier.RANGE;
            if (between) {
                d.spanFirst--;
            }
        }
    }

    /** "3-1": a score, not a range. */
    private boolean score(Draft d) {
        int last = d.last;
        return d.qualifier != Qualifier.RANGE && last + 2 < n && !ft.spaceBefore(last + 1)
                && (ft.is(last + 1, "-") || ft.is(last + 1, "–")) && !ft.spaceBefore(last + 2)
                && ft.kind(last + 2) == Kind.NUMBER;
    }

    /** The unit: a currency, a percentage, a measure, or the noun counted; false if that makes it no figure. */
    private boolean readUnit(Draft d, WrittenNumber a, Unit sign) {
        int j = d.last + 1;
        Unit glued = a.glued();
        if (sign != null) {
            d.kind = ClaimKind.MONEY;
            d.unit = sign.canonical();
        } else if (glued != null) {
            d.kind = ClaimKind.MEASURE;
            d.unit = glued.canonical();
        }
        boolean sameSentenceAfter = j < n && ft.sameSentence(d.last, j);
        Unit after = sign == null && glued == null && sameSentenceAfter ? context.unitAt(j) : null;
        if (sign != null && sameSentenceAfter) {
            Unit word = context.unitAt(j);
            if (word != null && word.kind() == UnitKind.CURRENCY) {
                d.last = j + word.words().size() - 1; // "$5.9 billion dollars"
                j = d.last + 1;
            }
        }
        if (after != null) {
            switch (after.kind()) {
                case PERCENT -> d.kind = ClaimKind.PERCENT;
                case CURRENCY -> d.kind = ClaimKind.MONEY;
                case MEASURE -> d.kind = ClaimKind.MEASURE;
                default -> {
                    return false; // time, times, fraction: "three weeks", "three times", "two thirds"
                }
            }
            d.unit = after.canonical();
            d.last = j + after.words().size() - 1;
        }
        if (d.kind != ClaimKind.COUNT) {
            d.subject = context.subjectAfter(d.last, d.kind);
            return true;
        }
        return readCount(d, a, j);
    }

    /** The noun a count counts ("120 civilians", "dozens of protesters", "billions of dollars"). */
    private boolean readCount(Draft d, WrittenNumber a, int j) {
        int from = j;
        if (a.vague()) {
            if (from >= n || !ft.is(from, "of")) {
                return false;
            }
            from++;
        }
        if (a.vague() && from < n && ft.sameSentence(d.last, from)) {
            Unit money = context.unitAt(from);
            if (money != null && money.kind() == UnitKind.CURRENCY) { // "billions of dollars"
                d.kind = ClaimKind.MONEY;
                d.unit = money.canonical();
                d.last = from + money.words().size() - 1;
                d.subject = context.subjectAfter(d.last, d.kind);
            }
        }
        if (d.kind == ClaimKind.COUNT && ft.taggedInWholeClauses() && context.afterName(a.first())
                && !context.pluralLookingWithinChunk(from)) {
            // "iPhone 4 will", "the FTSE 100 index": after a name a count is one only if its chunk ends on a
            // plural-looking word (below), and no chunk from here can, so it is none whatever the tags say: its
            // clause is not tagged for them (tagged whole if another figure asks, so its tags stay the same)
            return false;
        }
        Chunk chunk = d.kind != ClaimKind.COUNT ? null
                : from < n && ft.sameSentence(d.last, from) ? context.chunk(from, true) : null;
        if (chunk != null && chunk.last() + 1 < n && ft.sameSentence(chunk.last(), chunk.last() + 1)
                && context.timeWord(chunk.last() + 1)) {
            return false; // "five trading days": a duration
        }
        if (chunk != null && context.afterName(a.first()) && !context.pluralLooking(t(chunk.last()))) {
            return false; // "Boeing 767 tanker", "the FTSE 100 index": a model or index name
        }
        if (chunk != null) {
            if (context.timeWord(chunk.first()) || context.timeWord(chunk.last())) {
                return false;
            }
            d.unit = ft.text.substring(t(chunk.firstNoun()).start(), t(chunk.last()).end());
            int subjectLast = context.withPrepositionalPhrase(chunk.last());
            d.subject = ft.text.substring(t(chunk.first()).start(), t(subjectLast).end());
            d.last = chunk.last();
            return true;
        }
        return d.kind == ClaimKind.MONEY // "billions of dollars": unit and subject set above
                || !(a.vague() || a.words() || context.afterName(a.first())
                        || !context.bareNumberFigure(d.spanFirst, d.last, d.qualifier));
    }

    /** Qualifiers before the number ("at least") and after it ("or more"); false if a bare number stays bare. */
    private boolean readQualifiers(Draft d, WrittenNumber a) {
        if (a.vague()) {
            d.qualifier = Qualifier.VAGUE;
            d.value = a.vagueMagnitude().multiply(TWO);
        }
        QualifierPhrase before = context.qualifierBefore(d.spanFirst);
        if (before != null) {
            d.spanFirst -= before.words().size();
            if (d.qualifier == Qualifier.NONE) {
                d.qualifier = before.qualifier();
            }
        }
        QualifierPhrase afterQ = context.qualifierAfter(d.last + 1);
        if (afterQ != null) {
            d.last += afterQ.words().size();
            if (d.qualifier == Qualifier.NONE) {
                d.qualifier = afterQ.qualifier();
            }
        }
        return !(d.qualifier == Qualifier.NONE && before == null && d.kind == ClaimKind.COUNT && d.unit.isEmpty()
                && !context.bareNumberFigure(d.spanFirst, d.last, d.qualifier));
    }

    private Claim claim(Draft d) {
        int start = t(d.spanFirst).start();
        int end = t(d.last).end();
        ft.consume(d.last + 1);
        String claimId = id + "/c" + (out.size() + 1);
        return new Claim(claimId, new Span(id, start, end), ft.text.substring(start, end), normal(d.value),
                d.max == null ? null : normal(d.max), d.unit, d.qualifier, d.subject, d.kind);
    }

    /** "rose from 5 to 7 percent", "an increase from $100 to $250": a change between two figures, not a range. */
    private boolean change(int first) {
        if (first < 2 || !ft.is(first - 1, "from")) {
            return false;
        }
        String w = t(first - 2).lower();
        for (String stem : CHANGE_STEMS) {
            if (w.startsWith(stem)) {
                return true;
            }
        }
        return false;
    }

    private static BigDecimal normal(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
