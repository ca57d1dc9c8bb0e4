package org.parallax.extract.figure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.parallax.extract.figure.FigureWords.NumberWord;
import org.parallax.extract.figure.FigureWords.QualifierPhrase;
import org.parallax.extract.figure.FigureWords.Role;
import org.parallax.extract.figure.FigureWords.Unit;
import org.parallax.extract.figure.FigureWords.UnitKind;
import org.parallax.extract.figure.Tokens.Kind;
import org.parallax.extract.figure.Tokens.Token;
import org.parallax.model.Article;
import org.parallax.model.Claim;
import org.parallax.model.ClaimKind;
import org.parallax.model.Qualifier;
import org.parallax.model.Span;
import org.parallax.text.AnalyzedText;
import org.parallax.text.Sentence;
import org.parallax.text.SentenceSplitter;
import org.parallax.text.TextAnalyzer;

/**
 * Finds the figures an article states: counts and amounts with their qualifier, unit and subject ("around 120
 * civilians", "more than 250,000 lives", "at least 4,000 fighters from the former Soviet Union", "$3 billion",
 * "40 per cent of voters", "between 10 and 20 people", "dozens of protesters").
 *
 * <p>Not figures: years ("since 2011"), dates ("Sep. 30", "18 November", "2015-10-20"), times ("10:30",
 * "3pm"), ordinals ("20th", "first"), decades ("the 1980s"), numbers inside names ("G20", "Su-24", "Resolution
 * 2254"), durations and ages ("three weeks ago", "a two-year operation", "a 45-year-old", "aged 45": TimeML
 * annotates those as temporal expressions), frequencies ("three times"), a number word without a noun ("the
 * other two included"), "one" on its own (far more often a pronoun than a count), a bare vague plural ("left
 * thousands homeless": there is no "of" saying what). Page furniture is not read: the loader has already taken it
 * out of {@link Article#text()}.
 *
 * <p>Thread-safe: every call works on its own state.
 */
public final class FigureExtractor {

    private static final Set<String> MONTHS = Set.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
            "Sep", "Sept", "Oct", "Nov", "Dec");
    private static final Set<String> NOUNISH = Set.of("NOUN", "PROPN");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her", "our",
            "this", "that", "these", "those", "all");
    /** Function words a mistagged unknown word is never: the chunk stops at them whatever their tag. */
    private static final Set<String> CLOSED_CLASS = Set.of("and", "or", "but", "nor", "yet", "than", "then", "that",
            "this", "these", "those", "with", "from", "into", "onto", "upon", "over", "under", "about", "above", "below",
            "after", "before", "since", "until", "while", "when", "where", "which", "whose", "what", "against",
            "among", "amid", "between", "through", "during", "without", "within", "across", "along", "around",
            "behind", "beyond", "near", "inside", "outside", "toward", "towards", "despite", "unless", "whether",
            "because", "although", "though", "also", "only", "even", "just", "still", "were", "have", "been", "being",
            "their", "there", "they", "them", "will", "would", "could", "should", "shall", "might", "must");
    /** Words ending in s that are not plurals of a modifier ("news agency", "arms deal", "sales figures"). */
    private static final Set<String> NOT_PLURAL = Set.of("news", "arms", "sales", "goods", "savings", "series",
            "species", "politics", "economics", "physics", "means", "headquarters", "crossroads", "customs", "forces",
            "affairs", "rights", "relations", "services", "operations", "nations", "states", "armed", "emissions",
            "earnings", "losses", "assets", "securities", "jobs", "weapons", "parts", "troops");
    private static final Set<String> CLAUSE_MARKS = Set.of(",", ";", ":", "(", ")", "[", "]", "\"", "“", "”", "—", "–");
    /** Words of change: after them "from X to Y" is a movement between two figures, not a range. */
    private static final List<String> CHANGE_STEMS = List.of("rise", "rose", "risen", "rising", "fell", "fall", "increas",
            "decreas", "grow", "grew", "drop", "climb", "jump", "declin", "rais", "reduc", "slip", "surg", "plung",
            "soar", "cut", "lower", "boost", "went", "gone", "moved", "shr", "up", "down", "chang", "expand",
            "narrow", "widen");
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    /** Figures are read in sentences by punctuation where a line break ends one and a number never starts one. */
    private static final SentenceSplitter SENTENCES = SentenceSplitter.punctuation(
            SentenceSplitter.Option.LINE_BREAKS_END, SentenceSplitter.Option.NUMBERS_CONTINUE);

    private final FigureWords lexicon = FigureWords.get();

    /**
     * The figures of an article, with qualifier, upper value, subject and kind; {@code text} is its text as the
     * extraction analysed it. Claim ids are {@code articleId + "/c" + n}, n from 1 in text order.
     */
    public List<Claim> extract(Article article, AnalyzedText text) {
        return figures(article.id(), text);
    }

    /** As {@link #extract(Article, AnalyzedText)}, analysing the article's text first: for an article on its own. */
    public List<Claim> extract(Article article) {
        return figures(article.id(), article.text());
    }

    /** The figures of a text on its own (analysed first); claim ids are {@code articleId + "/c" + n}. */
    public List<Claim> figures(String articleId, String text) {
        return figures(articleId, TextAnalyzer.shared().analyze(Objects.requireNonNull(text, "text")));
    }

    private List<Claim> figures(String articleId, AnalyzedText text) {
        Objects.requireNonNull(articleId, "articleId");
        return new Pass(articleId, text).run();
    }


    /** A number as read: its value, its tokens and how it was written. */
    private record Num(BigDecimal value, int first, int last, boolean words, boolean scaled, BigDecimal vagueMagnitude,
                       Unit glued) {

        boolean vague() {
            return vagueMagnitude != null;
        }
    }

    /** A noun phrase: its tokens [first, last], the first noun (where the unit begins). */
    private record Chunk(int first, int firstNoun, int last) {
    }

    /** One article's text, tokens and lazily computed tags. */
    private final class Pass {

        private final String id;
        private final String text;
        private final List<Token> t;
        private final int n;
        private final int[] sentence;
        private final List<int[]> sentences;
        private final String[] tags;
        private final boolean[] tagged;
        /** Clauses, the unit of tagging: a sentence cut at , ; : ( ) and quotation marks. */
        private final int[] segmentStart;
        private final int[] segmentEnd;
        private PartsOfSpeech pos;
        private int consumed;
        private final List<Claim> out = new ArrayList<>();

        Pass(String id, AnalyzedText analysed) {
            this.id = id;
            this.text = analysed.text();
            this.t = Tokens.of(text);
            this.n = t.size();
            this.sentences = Sentence.tokenRanges(analysed.sentences(SENTENCES), n, k -> t.get(k).start());
            this.sentence = new int[n];
            for (int s = 0; s < sentences.size(); s++) {
                for (int i = sentences.get(s)[0]; i < sentences.get(s)[1]; i++) {
                    sentence[i] = s;
                }
            }
            this.tags = new String[n];
            this.segmentStart = new int[n];
            this.segmentEnd = new int[n];
            int from = 0;
            for (int i = 0; i <= n; i++) {
                boolean boundary = i == n || (i > from && sentence[i] != sentence[i - 1])
                        || (t.get(i).kind() == Kind.SYMBOL && CLAUSE_MARKS.contains(t.get(i).text()));
                if (boundary) {
                    int to = i < n && t.get(i).kind() == Kind.SYMBOL ? i + 1 : i;
                    for (int k = from; k < to; k++) {
                        segmentStart[k] = from;
                        segmentEnd[k] = to;
                    }
                    from = to;
                }
            }
            this.tagged = new boolean[n];
        }

        List<Claim> run() {
            for (int i = 0; i < n; i++) {
                if (i < consumed) {
                    continue;
                }
                Claim f = at(i);
                if (f != null) {
                    out.add(f);
                }
            }
            return out;
        }

        // ---- the figure at token i ------------------------------------------------------------------------

        private Claim at(int i) {
            Token tok = t.get(i);
            Unit sign = null;
            int numStart = i;
            if (tok.kind() == Kind.CURRENCY) {
                sign = lexicon.currencySigns.get(tok.text());
                numStart = i + 1;
                if (sign == null || numStart >= n || !sameSentence(i, numStart)
                        || (t.get(numStart).kind() != Kind.NUMBER && t.get(numStart).kind() != Kind.NUMBER_WORD)) {
                    return null;
                }
            } else if (tok.kind() == Kind.WORD && (tok.is("a") || tok.is("an")) && i + 1 < n) {
                NumberWord next = numberWord(t.get(i + 1));
                if (next == null || (next.role() != Role.DOZEN && next.role() != Role.HUNDRED
                        && next.role() != Role.SCALE)) {
                    return null;
                }
            } else if (tok.kind() != Kind.NUMBER && tok.kind() != Kind.NUMBER_WORD && tok.kind() != Kind.WORD) {
                return null;
            }
            Num a = readNumber(numStart, sign != null, false);
            if (a == null || (sign == null && !plausibleNumber(a))) {
                return null;
            }
            int spanFirst = i;
            int last = a.last();
            BigDecimal value = a.value();
            BigDecimal max = null;
            Qualifier qualifier = Qualifier.NONE;

            // a range: "between 10 and 20", "10 to 20", "10-20", "two or three", "$2 to $3 billion"
            if (!a.vague() && last + 1 < n && sameSentence(last, last + 1) && !change(spanFirst)) {
                Token c = t.get(last + 1);
                boolean between = spanFirst >= 1 && t.get(spanFirst - 1).is("between");
                boolean dash = (c.is("-") || c.is("–")) && !c.spaceBefore();
                boolean connector = c.is("to") || (c.is("or") && a.value().compareTo(BigDecimal.ONE) > 0)
                        || (c.is("and") && between) || dash || (c.is("–") && c.spaceBefore());
                if (connector && last + 2 < n) {
                    int k = last + 2;
                    boolean sign2 = t.get(k).kind() == Kind.CURRENCY;
                    if (sign2) {
                        k++;
                    }
                    Num b = k < n && !(dash && t.get(k).spaceBefore()) ? readNumber(k, sign != null || sign2, true) : null;
                    if (b != null && !b.vague() && b.words() == a.words() && plausibleNumber(b)) {
                        BigDecimal low = a.value();
                        if (!a.scaled() && b.scaled() && a.glued() == null) {
                            low = low.multiply(scaleOf(b));
                        }
                        if (b.value().compareTo(low) > 0) {
                            value = low;
                            max = b.value();
                            last = b.last();
                            qualifier = Qualifier.RANGE;
                            if (between) {
                                spanFirst--;
                            }
                        }
                    }
                }
            }

            if (qualifier != Qualifier.RANGE && last + 2 < n && !t.get(last + 1).spaceBefore()
                    && (t.get(last + 1).is("-") || t.get(last + 1).is("–")) && !t.get(last + 2).spaceBefore()
                    && t.get(last + 2).kind() == Kind.NUMBER) {
                return null; // "3-1": a score, not a range
            }

            // the unit: a currency, a percentage, a measure, or the noun counted
            ClaimKind kind = ClaimKind.COUNT;
            String unit = "";
            String subject = "";
            int subjectFirst = -1;
            int j = last + 1;
            Unit glued = a.glued();
            if (sign != null) {
                kind = ClaimKind.MONEY;
                unit = sign.canonical();
            } else if (glued != null) {
                kind = ClaimKind.MEASURE;
                unit = glued.canonical();
            }
            boolean sameSentenceAfter = j < n && sameSentence(last, j);
            Unit after = sign == null && glued == null && sameSentenceAfter ? unitAt(j) : null;
            if (sign != null && sameSentenceAfter) {
                Unit word = unitAt(j);
                if (word != null && word.kind() == UnitKind.CURRENCY) {
                    last = j + word.words().size() - 1; // "$5.9 billion dollars"
                    j = last + 1;
                }
            }
            if (after != null) {
                switch (after.kind()) {
                    case TIME, TIMES, FRACTION -> {
                        return null;
                    }
                    case PERCENT -> kind = ClaimKind.PERCENT;
                    case CURRENCY -> kind = ClaimKind.MONEY;
                    case MEASURE -> kind = ClaimKind.MEASURE;
                    default -> {
                        return null;
                    }
                }
                unit = after.canonical();
                last = j + after.words().size() - 1;
            }
            if (kind == ClaimKind.COUNT) {
                int from = j;
                if (a.vague()) {
                    if (from >= n || !t.get(from).is("of")) {
                        return null;
                    }
                    from++;
                }
                if (a.vague() && from < n && sameSentence(last, from)) {
                    Unit money = unitAt(from);
                    if (money != null && money.kind() == UnitKind.CURRENCY) { // "billions of dollars"
                        kind = ClaimKind.MONEY;
                        unit = money.canonical();
                        last = from + money.words().size() - 1;
                        subject = subjectAfter(last, kind);
                    }
                }
                Chunk chunk = kind != ClaimKind.COUNT ? null
                        : from < n && sameSentence(last, from) ? chunk(from, true) : null;
                if (chunk != null && chunk.last() + 1 < n && sameSentence(chunk.last(), chunk.last() + 1)
                        && timeWord(chunk.last() + 1)) {
                    return null; // "five trading days": a duration
                }
                if (chunk != null && afterName(a.first()) && !pluralLooking(t.get(chunk.last()))) {
                    return null; // "Boeing 767 tanker", "the FTSE 100 index": a model or index name
                }
                if (chunk != null) {
                    if (timeWord(chunk.first()) || timeWord(chunk.last())) {
                        return null;
                    }
                    unit = text.substring(t.get(chunk.firstNoun()).start(), t.get(chunk.last()).end());
                    subjectFirst = chunk.first();
                    int subjectLast = withPrepositionalPhrase(chunk.last());
                    subject = text.substring(t.get(subjectFirst).start(), t.get(subjectLast).end());
                    last = chunk.last();
                } else if (kind == ClaimKind.MONEY) {
                    // "billions of dollars": unit and subject set above
                } else if (a.vague() || a.words() || afterName(a.first())
                        || !bareNumberFigure(spanFirst, last, qualifier)) {
                    return null;
                }
            } else {
                subject = subjectAfter(last, kind);
            }

            // qualifiers: before the number ("at least"), after it ("or more")
            if (a.vague()) {
                qualifier = Qualifier.VAGUE;
                value = a.vagueMagnitude().multiply(TWO);
            }
            QualifierPhrase before = qualifierBefore(spanFirst);
            if (before != null) {
                spanFirst -= before.words().size();
                if (qualifier == Qualifier.NONE) {
                    qualifier = before.qualifier();
                }
            }
            QualifierPhrase afterQ = qualifierAfter(last + 1);
            if (afterQ != null) {
                last += afterQ.words().size();
                if (qualifier == Qualifier.NONE) {
                    qualifier = afterQ.qualifier();
                }
            }
            if (qualifier == Qualifier.NONE && before == null && kind == ClaimKind.COUNT && unit.isEmpty()
                    && !bareNumberFigure(spanFirst, last, qualifier)) {
                return null;
            }
            int start = t.get(spanFirst).start();
            int end = t.get(last).end();
            consumed = last + 1;
            String claimId = id + "/c" + (out.size() + 1);
            return new Claim(claimId, new Span(id, start, end), text.substring(start, end), normal(value),
                    max == null ? null : normal(max), unit, qualifier, subject, kind);
        }

        // ---- numbers --------------------------------------------------------------------------------------

        /** The number starting at token i, or null if none starts there (or it is a date, time, ordinal, name...). */
        private Num readNumber(int i, boolean money, boolean secondOfRange) {
            if (i >= n) {
                return null;
            }
            Token tok = t.get(i);
            return switch (tok.kind()) {
                case NUMBER -> digits(i, money, secondOfRange);
                case NUMBER_WORD -> gluedDigits(i, money);
                case WORD -> words(i);
                default -> null;
            };
        }

        private Num digits(int i, boolean money, boolean secondOfRange) {
            Token tok = t.get(i);
            BigDecimal v = new BigDecimal(tok.text().replace(",", ""));
            if (secondOfRange ? gluedAfter(i) : gluedToNumber(i)) {
                return null;
            }
            int last = i;
            boolean scaled = false;
            if (i + 1 < n && sameSentence(i, i + 1)) {
                Token next = t.get(i + 1);
                NumberWord w = numberWord(next);
                if (w != null && w.role() == Role.SCALE) {
                    v = v.multiply(w.value());
                    last = i + 1;
                    scaled = true;
                } else if (next.isWord()) {
                    BigDecimal suffix = suffixScale(next.lower(), money);
                    if (suffix != null) {
                        v = v.multiply(suffix);
                        last = i + 1;
                        scaled = true;
                    }
                }
            }
            return new Num(v, i, last, false, scaled, null, null);
        }

        /** "3bn", "$10m", "10km"; ordinals ("20th"), decades ("1980s") and times ("3pm") are no figures. */
        private Num gluedDigits(int i, boolean money) {
            String s = t.get(i).text();
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
                return new Num(v.multiply(scale), i, i, false, true, null, null);
            }
            Unit measure = lexicon.measureWords.get(letters);
            return measure == null ? null : new Num(v, i, i, false, false, null, measure);
        }

        private BigDecimal suffixScale(String letters, boolean money) {
            BigDecimal scale = lexicon.suffixes.get(letters);
            boolean ambiguous = letters.equals("m") || letters.equals("k") || letters.equals("b");
            return scale == null || (ambiguous && !money) ? null : scale;
        }

        /** Number words: "three", "twenty-five", "three hundred and twenty", "a dozen", "tens of thousands". */
        private Num words(int i) {
            Token first = t.get(i);
            int p = i;
            BigDecimal article = null;
            if (first.is("a") || first.is("an")) {
                article = BigDecimal.ONE;
                p = i + 1;
            }
            if (p >= n) {
                return null;
            }
            NumberWord w0 = numberWord(t.get(p));
            if (w0 != null && w0.role() == Role.VAGUE && article == null) {
                return vague(p);
            }
            if (t.get(p).text().indexOf('-') > 0 && w0 == null) {
                return null; // "three-hour", "two-year": a duration; "two-thirds", "one-off": not a count
            }
            BigDecimal total = BigDecimal.ZERO;
            BigDecimal current = article == null ? BigDecimal.ZERO : article;
            Role prev = article == null ? null : Role.UNIT;
            int last = -1;
            int k = p;
            while (k < n && sameSentence(p, k)) {
                Token tok = t.get(k);
                if (tok.is("and") && (prev == Role.HUNDRED || prev == Role.SCALE) && k + 1 < n) {
                    NumberWord nx = numberWord(t.get(k + 1));
                    if (nx != null && (nx.role() == Role.UNIT || nx.role() == Role.TEN)) {
                        k++;
                        continue;
                    }
                    break;
                }
                NumberWord w = numberWord(tok);
                if (w == null || !follows(prev, w.role())) {
                    break;
                }
                if (k > p && tok.isCapitalised() && !t.get(p).isCapitalised()) {
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
            if (last == p && t.get(p).is("one") && article == null) {
                return null; // "one" alone: "one of them", "one way", "no one"
            }
            if (t.get(p).isCapitalised() && !sentenceInitial(article == null ? p : i)) {
                return null; // "the Big Four", "Group of Seven": a name
            }
            boolean scaled = prev == Role.SCALE;
            return new Num(value, i, last, true, scaled, null, null);
        }

        /** "dozens of", "tens of thousands of", "hundreds of thousands of"; the caller checks the "of" that follows. */
        private Num vague(int p) {
            BigDecimal magnitude = numberWord(t.get(p)).value();
            int last = p;
            while (last + 2 < n && t.get(last + 1).is("of")) {
                NumberWord w = numberWord(t.get(last + 2));
                if (w == null || w.role() != Role.VAGUE || t.get(last + 2).is("dozens") || t.get(last + 2).is("tens")) {
                    break;
                }
                magnitude = magnitude.multiply(w.value());
                last += 2;
            }
            if (t.get(p).is("tens") && last == p) {
                return null; // "tens" alone is not used as a count
            }
            if (t.get(p).isCapitalised() && !sentenceInitial(p)) {
                return null;
            }
            return new Num(magnitude, p, last, true, false, magnitude, null);
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

        private NumberWord numberWord(Token tok) {
            if (tok.kind() != Kind.WORD) {
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

        private BigDecimal scaleOf(Num b) {
            Token scaleTok = t.get(b.last());
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
        private boolean plausibleNumber(Num num) {
            if (num.words()) {
                return true;
            }
            int i = num.first();
            Token tok = t.get(i);
            String digits = tok.text();
            boolean integer = tok.kind() == Kind.NUMBER && digits.matches("\\d+");
            int small = integer && digits.length() <= 2 ? Integer.parseInt(digits) : -1;
            Token prev = previousWord(i);
            Token next = i + 1 < n ? t.get(i + 1) : null;
            if (prev != null && MONTHS.contains(prev.text())) {
                return false; // "Sep. 30", "November 20", "May 2015"
            }
            if (small >= 1 && small <= 31 && next != null && next.isWord() && MONTHS.contains(next.text())) {
                return false; // "18 November"
            }
            if (integer && digits.length() == 4 && !num.scaled()) {
                int year = Integer.parseInt(digits);
                if (year >= 1000 && year <= 2100) {
                    return false; // "since 2011", "in 2015", "2015 elections"
                }
            }
            if (prev != null && (lexicon.namePrefixes.contains(prev.text()) || prev.is("aged") || prev.is("age"))) {
                return false; // "Resolution 2254", "No. 10", "aged 45"
            }
            if (i > 0 && (t.get(i - 1).is("'") || t.get(i - 1).is("’")) && !tok.spaceBefore() && digits.length() == 2) {
                return false; // "since '82"
            }
            if (i > 0 && t.get(i - 1).is("#") && !tok.spaceBefore()) {
                return false;
            }
            return true;
        }

        /** Part of "20/10/2015", "2015-10-20", "21.10.2015", "10:30", "3-1" (but a range "10-20" is read by the caller). */
        private boolean gluedToNumber(int i) {
            Token tok = t.get(i);
            if (i >= 2 && !tok.spaceBefore()) {
                Token sep = t.get(i - 1);
                if (!sep.spaceBefore() && "-/.:–,".contains(sep.text()) && sep.kind() == Kind.SYMBOL
                        && (t.get(i - 2).kind() == Kind.NUMBER || t.get(i - 2).kind() == Kind.NUMBER_WORD)) {
                    return true;
                }
            }
            if (i + 2 < n) {
                Token sep = t.get(i + 1);
                Token after = t.get(i + 2);
                boolean glued = !sep.spaceBefore() && !after.spaceBefore() && sep.kind() == Kind.SYMBOL
                        && (after.kind() == Kind.NUMBER || after.kind() == Kind.NUMBER_WORD);
                if (glued && "/.:,".contains(sep.text())) {
                    return true;
                }
                if (glued && ("-".equals(sep.text()) || "–".equals(sep.text()))) {
                    // "2015-10-20", "2015-16": dates and seasons; "10-20" stays a range candidate
                    boolean third = i + 4 < n && !t.get(i + 3).spaceBefore() && "-–".contains(t.get(i + 3).text())
                            && t.get(i + 4).kind() == Kind.NUMBER;
                    boolean yearLike = tok.text().matches("(1\\d|20)\\d\\d");
                    return third || yearLike;
                }
            }
            // "3-year-old", "24-hour", "12-member": a compound modifier (a duration, an age, a size), not a count
            if (i + 2 < n && t.get(i + 1).is("-") && !t.get(i + 1).spaceBefore() && !t.get(i + 2).spaceBefore()
                    && t.get(i + 2).isWord()) {
                return true;
            }
            return false;
        }

        /** For the second number of a range "10-20": only what follows it can make it a date or time. */
        private boolean gluedAfter(int i) {
            if (i + 2 < n) {
                Token sep = t.get(i + 1);
                Token after = t.get(i + 2);
                return !sep.spaceBefore() && !after.spaceBefore() && sep.kind() == Kind.SYMBOL
                        && "-/.:–".contains(sep.text()) && (after.kind() == Kind.NUMBER || after.isWord());
            }
            return false;
        }

        // ---- units, chunks, subjects --------------------------------------------------------------------

        /** The unit from the lexicon at token j ("per cent", "%", "km", "weeks", "dollars"), longest first. */
        private Unit unitAt(int j) {
            if (j >= n) {
                return null;
            }
            for (Unit u : lexicon.unitsByFirstWord.getOrDefault(t.get(j).lower(), List.of())) {
                if (matches(j, u.words())) {
                    return u;
                }
            }
            return null;
        }

        private boolean matches(int j, List<String> words) {
            if (j + words.size() > n) {
                return false;
            }
            for (int k = 0; k < words.size(); k++) {
                Token tok = t.get(j + k);
                if (!tok.lower().equals(words.get(k)) || !sameSentence(j, j + k)) {
                    return false;
                }
                if (k > 0 && tok.kind() == Kind.SYMBOL && tok.spaceBefore()) {
                    return false;
                }
            }
            return true;
        }

        private boolean timeOrMonth(int from, int to) {
            for (int k = from; k <= to; k++) {
                if (timeWord(k) || MONTHS.contains(t.get(k).text())) {
                    return true;
                }
            }
            return false;
        }

        private boolean timeWord(int k) {
            return t.get(k).isWord() && lexicon.notCountedWords.contains(t.get(k).lower());
        }

        /**
         * A noun phrase from token k: adjectives and nouns ending in a noun ("Syrian civilians", "air strikes"),
         * with one coordinated phrase ("jets and helicopters") if {@code coordinate}.
         */
        private Chunk chunk(int k, boolean coordinate) {
            int e = k;
            int firstNoun = -1;
            int lastNoun = -1;
            while (e < n && e - k < 6 && sameSentence(k, e) && t.get(e).isWord() && !tag(e).isEmpty()) {
                String tag = tag(e);
                boolean participle = tag.equals("VERB") && e == k && t.get(e).lower().endsWith("ed");
                if (e > k && timeWord(e)) {
                    break; // "1.2 million customers last year"
                }
                if (mistagged(e, tag)) {
                    tag = "ADJ"; // an unknown word the tagger calls CCONJ or PUNCT ("armoured", "three-hour")
                }
                if (NOUNISH.contains(tag)) {
                    if (firstNoun < 0) {
                        firstNoun = e;
                    }
                    lastNoun = e;
                } else if (!tag.equals("ADJ") && !participle) {
                    break;
                }
                if (lexicon.numberWords.containsKey(t.get(e).lower())) {
                    break;
                }
                e++;
            }
            if (lastNoun < 0) {
                return null;
            }
            for (int k2 = firstNoun; k2 <= lastNoun; k2++) {
                if (tag(k2).equals("NOUN") && !mistagged(k2, tag(k2))) {
                    firstNoun = k2; // "United States stock market indexes": the unit is what is counted, "indexes"
                    break;
                }
            }
            // "90 companies bid for": a plural noun does not modify a following noun; the second is a verb
            for (int k2 = firstNoun; k2 < lastNoun; k2++) {
                if (NOUNISH.contains(tag(k2)) && pluralLooking(t.get(k2)) && NOUNISH.contains(tag(k2 + 1))) {
                    lastNoun = k2;
                    break;
                }
            }
            // "a dozen eggs cost $5": a noun followed by what starts an object is the verb, mistagged
            while (lastNoun > firstNoun && lastNoun + 1 < n && startsObject(lastNoun + 1)) {
                lastNoun--;
                while (lastNoun > firstNoun && !NOUNISH.contains(tag(lastNoun))) {
                    lastNoun--;
                }
            }
            if (coordinate && lastNoun + 2 < n && (t.get(lastNoun + 1).is("and") || t.get(lastNoun + 1).is("or")
                    || t.get(lastNoun + 1).is("&"))) {
                Chunk more = chunk(lastNoun + 2, false);
                if (more != null && !DETERMINERS.contains(t.get(lastNoun + 2).lower())) {
                    lastNoun = more.last();
                }
            }
            return new Chunk(k, firstNoun, lastNoun);
        }

        private boolean mistagged(int k, String tag) {
            if (!Set.of("CCONJ", "PUNCT", "SYM", "X", "ADP", "INTJ").contains(tag)) {
                return false;
            }
            String w = t.get(k).lower();
            return w.length() > 3 && !CLOSED_CLASS.contains(w) && w.chars().allMatch(c -> Character.isLetter(c) || c == '-');
        }

        private boolean pluralLooking(Token tok) {
            String w = tok.lower();
            return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")
                    && !NOT_PLURAL.contains(w) && !tok.isCapitalised();
        }

        /** "rose from 5 to 7 percent", "an increase from $100 to $250": a change between two figures, not a range. */
        private boolean change(int first) {
            if (first < 2 || !t.get(first - 1).is("from")) {
                return false;
            }
            String w = t.get(first - 2).lower();
            for (String stem : CHANGE_STEMS) {
                if (w.startsWith(stem)) {
                    return true;
                }
            }
            return false;
        }

        /** The number follows a capitalised word inside a sentence: "Boeing 767", "Nikkei 225", "S&P 500". */
        private boolean afterName(int first) {
            if (first == 0 || !sameSentence(first - 1, first) || !t.get(first).spaceBefore()) {
                return false;
            }
            Token prev = t.get(first - 1);
            boolean capitalised = prev.isWord() && !prev.text().equals(prev.lower()) && !MONTHS.contains(prev.text());
            return capitalised && !sentenceInitial(first - 1) && qualifierBefore(first) == null;
        }

        private boolean startsObject(int k) {
            Token tok = t.get(k);
            if (!sameSentence(k - 1, k)) {
                return false;
            }
            if (tok.kind() == Kind.CURRENCY || tok.kind() == Kind.NUMBER) {
                return true;
            }
            String tag = tok.isWord() ? tag(k) : "";
            return tag.equals("DET") || tag.equals("PRON") || tag.equals("NUM");
        }

        /** Extends a subject over a following "of ..." or "from ..." phrase: "fighters from the former Soviet Union". */
        private int withPrepositionalPhrase(int last) {
            int k = last + 1;
            if (k + 1 < n && (t.get(k).is("of") || t.get(k).is("from")) && sameSentence(last, k + 1)) {
                int np = k + 1;
                if (DETERMINERS.contains(t.get(np).lower()) && np + 1 < n) {
                    np++;
                }
                Chunk pp = chunk(np, true);
                if (pp != null && !timeOrMonth(np, pp.last())) {
                    return pp.last();
                }
            }
            return last;
        }

        /** What an amount or share is of: "40% of voters" → "voters", "$3 billion in aid" → "aid". */
        private String subjectAfter(int last, ClaimKind kind) {
            int k = last + 1;
            if (k >= n || !sameSentence(last, k)) {
                return "";
            }
            int np = -1;
            if (t.get(k).is("of") || (kind == ClaimKind.MONEY && t.get(k).is("in"))) {
                np = k + 1;
                if (np < n && DETERMINERS.contains(t.get(np).lower())) {
                    np++;
                }
            } else if (kind == ClaimKind.MONEY && t.get(k).isWord()) {
                np = k;
            }
            if (np < 0 || np >= n) {
                return "";
            }
            Chunk c = chunk(np, true);
            if (c == null || timeWord(c.first()) || timeWord(c.last())) {
                return "";
            }
            int end = withPrepositionalPhrase(c.last());
            return text.substring(t.get(c.first()).start(), t.get(end).end());
        }

        /** A digit number with no unit is a figure only where a verb or preposition states it: "rose to 120", "killed 120". */
        private boolean bareNumberFigure(int first, int last, Qualifier qualifier) {
            if (qualifier != Qualifier.NONE || qualifierBefore(first) != null) {
                return true;
            }
            if (first == 0 || !sameSentence(first - 1, first)) {
                return false;
            }
            Token prev = t.get(first - 1);
            if (prev.is("to") || prev.is("of") || prev.is("by")) {
                return true;
            }
            String tag = tag(first - 1);
            return prev.isWord() && (tag.equals("VERB") || tag.equals("AUX"));
        }

        private QualifierPhrase qualifierBefore(int first) {
            if (first < 1 || !lexicon.qualifierEnds.contains(t.get(first - 1).lower())) {
                return null;
            }
            for (QualifierPhrase q : lexicon.qualifiers) {
                int size = q.words().size();
                int from = first - size;
                if (q.before() && from >= consumed && from >= 0 && matches(from, q.words()) && sameSentence(from, first)) {
                    return q;
                }
            }
            return null;
        }

        private QualifierPhrase qualifierAfter(int k) {
            if (k >= n || !lexicon.qualifierStarts.contains(t.get(k).lower())) {
                return null;
            }
            for (QualifierPhrase q : lexicon.qualifiers) {
                if (!q.before() && k < n && sameSentence(k - 1, k) && matches(k, q.words())) {
                    return q;
                }
            }
            return null;
        }

        // ---- helpers ---------------------------------------------------------------------------------------

        private Token previousWord(int i) {
            int k = i - 1;
            if (k >= 0 && t.get(k).is(".")) {
                k--;
            }
            return k >= 0 && t.get(k).isWord() && sameSentence(k, i) ? t.get(k) : null;
        }

        private boolean sameSentence(int a, int b) {
            return sentence[a] == sentence[b];
        }

        private boolean sentenceInitial(int i) {
            int s = sentences.get(sentence[i])[0];
            for (int k = s; k < i; k++) {
                if (t.get(k).isWord() || t.get(k).kind() == Kind.NUMBER) {
                    return false;
                }
            }
            return true;
        }

        /**
         * The UD tag of token k, tagging its clause on first use. Clauses, not sentences: only the few around a
         * number get tagged, which is most of the extractor's time; the tagger looks two words either side.
         */
        private String tag(int k) {
            if (!tagged[k]) {
                int from = segmentStart[k];
                int to = segmentEnd[k];
                if (pos == null) {
                    pos = new PartsOfSpeech();
                }
                String[] segmentTags = pos.tag(t.subList(from, to));
                System.arraycopy(segmentTags, 0, tags, from, segmentTags.length);
                java.util.Arrays.fill(tagged, from, to, true);
            }
            return tags[k] == null ? "" : tags[k];
        }
    }

    private static BigDecimal normal(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
