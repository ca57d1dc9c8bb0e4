package org.parallax.extract.figure;

import java.util.List;
import java.util.Set;
import org.parallax.extract.figure.FigureWords.QualifierPhrase;
import org.parallax.extract.figure.FigureWords.Unit;
import org.parallax.extract.figure.FigureTokens.Kind;
import org.parallax.model.ClaimKind;
import org.parallax.model.Qualifier;

/**
 * Reads what stands around a number: its unit ("per cent", "km", "dollars"), the noun phrase it counts and what that
 * is of ("fighters from the former Soviet Union"), the qualifier phrases before and after it ("at least", "or
 * more"), and the context that makes it no figure (a name before it, a bare number no verb states).
 */
final class NumberContext {

    /** A noun phrase: its tokens [first, last], the first noun (where the unit begins). */
    record Chunk(int first, int firstNoun, int last) {
    }

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

    /** The tags an unknown word gets when the tagger is lost. */
    private static final Set<String> MISTAGGABLE = Set.of("CCONJ", "PUNCT", "SYM", "X", "ADP", "INTJ");

    /** Words a chunk reads at most before a coordinated phrase. */
    private static final int CHUNK_WORDS = 6;

    private final FigureText ft;
    private final int n;
    private final String text;
    private final FigureWords lexicon;

    NumberContext(FigureText ft, FigureWords lexicon) {
        this.ft = ft;
        this.n = ft.n;
        this.text = ft.text;
        this.lexicon = lexicon;
    }

    /** Token i (made on first ask). */
    private FigureToken t(int i) {
        return ft.token(i);
    }

    /** The unit from the lexicon at token j ("per cent", "%", "km", "weeks", "dollars"), longest first. */
    Unit unitAt(int j) {
        if (j >= n) {
            return null;
        }
        for (Unit u : lexicon.unitsByFirstWord.getOrDefault(t(j).lower(), List.of())) {
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
            FigureToken tok = t(j + k);
            if (!tok.lower().equals(words.get(k)) || !ft.sameSentence(j, j + k)) {
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
            if (timeWord(k) || NumberReader.MONTHS.contains(t(k).text())) {
                return true;
            }
        }
        return false;
    }

    boolean timeWord(int k) {
        return ft.isWord(k) && lexicon.notCountedWords.contains(t(k).lower());
    }

    /**
     * A noun phrase from token k: adjectives and nouns ending in a noun ("Syrian civilians", "air strikes"),
     * with one coordinated phrase ("jets and helicopters") if {@code coordinate}.
     */
    Chunk chunk(int k, boolean coordinate) {
        int e = k;
        int firstNoun = -1;
        int lastNoun = -1;
        int runEnd = chunkRunEnd(k); // the words it may read, the bound pluralLookingWithinChunk reads too
        while (e < runEnd && !ft.tag(e).isEmpty()) {
            String tag = ft.tag(e);
            boolean participle = tag.equals("VERB") && e == k && t(e).lower().endsWith("ed");
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
            if (lexicon.numberWords.containsKey(t(e).lower())) {
                break;
            }
            e++;
        }
        if (lastNoun < 0) {
            return null;
        }
        for (int k2 = firstNoun; k2 <= lastNoun; k2++) {
            if (ft.tag(k2).equals("NOUN") && !mistagged(k2, ft.tag(k2))) {
                firstNoun = k2; // "United States stock market indexes": the unit is what is counted, "indexes"
                break;
            }
        }
        // "90 companies bid for": a plural noun does not modify a following noun; the second is a verb
        for (int k2 = firstNoun; k2 < lastNoun; k2++) {
            if (NOUNISH.contains(ft.tag(k2)) && pluralLooking(t(k2)) && NOUNISH.contains(ft.tag(k2 + 1))) {
                lastNoun = k2;
                break;
            }
        }
        // "a dozen eggs cost $5": a noun followed by what starts an object is the verb, mistagged
        while (lastNoun > firstNoun && lastNoun + 1 < n && startsObject(lastNoun + 1)) {
            lastNoun--;
            while (lastNoun > firstNoun && !NOUNISH.contains(ft.tag(lastNoun))) {
                lastNoun--;
            }
        }
        if (coordinate && lastNoun + 2 < n && (ft.is(lastNoun + 1, "and") || ft.is(lastNoun + 1, "or")
                || ft.is(lastNoun + 1, "&"))) {
            Chunk more = chunk(lastNoun + 2, false);
            if (more != null && !DETERMINERS.contains(t(lastNoun + 2).lower())) {
                lastNoun = more.last();
            }
        }
        return new Chunk(k, firstNoun, lastNoun);
    }

    private boolean mistagged(int k, String tag) {
        if (!MISTAGGABLE.contains(tag)) {
            return false;
        }
        String w = t(k).lower();
        return w.length() > 3 && !CLOSED_CLASS.contains(w) && w.chars().allMatch(c -> Character.isLetter(c) || c == '-');
    }

    /**
     * Whether a {@linkplain #chunk chunk} from {@code k} may end on a {@linkplain #pluralLooking plural-looking} word,
     * told from the tokens alone, so no clause is tagged for it: a chunk ends on one of the words it reads, the run of
     * at most {@link #CHUNK_WORDS} words from {@code k} in its sentence, or on one of the run from two tokens after one
     * of those if "and", "or" or "&amp;" stands between ("jets and helicopters"); its tags only stop it earlier.
     */
    boolean pluralLookingWithinChunk(int k) {
        int end = chunkRunEnd(k);
        for (int e = k; e < end; e++) {
            if (mayLookPlural(t(e))) {
                return true;
            }
            if (e + 2 < n && (ft.is(e + 1, "and") || ft.is(e + 1, "or") || ft.is(e + 1, "&"))) {
                int moreEnd = chunkRunEnd(e + 2);
                for (int f = e + 2; f < moreEnd; f++) {
                    if (mayLookPlural(t(f))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The end of the words a chunk from {@code k} reads at most ({@link #chunk}'s bound), told without tags. */
    private int chunkRunEnd(int k) {
        int e = k;
        while (e < n && e - k < CHUNK_WORDS && ft.sameSentence(k, e) && ft.isWord(e)) {
            e++;
        }
        return e;
    }

    /** {@link #pluralLooking}, an ASCII token whose last char is no "s" told without its lower case. */
    private boolean mayLookPlural(FigureToken tok) {
        return !(tok.ascii() && FigureTokens.asciiLower(tok.charAt(tok.length() - 1)) != 's') && pluralLooking(tok);
    }

    boolean pluralLooking(FigureToken tok) {
        String w = tok.lower();
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")
                && !NOT_PLURAL.contains(w) && !tok.isCapitalised();
    }

    /** The number follows a capitalised word inside a sentence: "Boeing 767", "Nikkei 225", "S&P 500". */
    boolean afterName(int first) {
        if (first == 0 || !ft.sameSentence(first - 1, first) || !ft.spaceBefore(first) || !ft.isWord(first - 1)) {
            return false;
        }
        boolean capitalised = ft.notLowerCase(first - 1) && !NumberReader.MONTHS.contains(t(first - 1).text());
        return capitalised && !ft.sentenceInitial(first - 1) && qualifierBefore(first) == null;
    }

    private boolean startsObject(int k) {
        if (!ft.sameSentence(k - 1, k)) {
            return false;
        }
        Kind kind = ft.kind(k);
        if (kind == Kind.CURRENCY || kind == Kind.NUMBER) {
            return true;
        }
        String tag = kind == Kind.WORD ? ft.tag(k) : "";
        return tag.equals("DET") || tag.equals("PRON") || tag.equals("NUM");
    }

    /** Extends a subject over a following "of ..." or "from ..." phrase: "fighters from the former Soviet Union". */
    int withPrepositionalPhrase(int last) {
        int k = last + 1;
        if (k + 1 < n && (ft.is(k, "of") || ft.is(k, "from")) && ft.sameSentence(last, k + 1)) {
            int np = k + 1;
            if (DETERMINERS.contains(t(np).lower()) && np + 1 < n) {
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
    String subjectAfter(int last, ClaimKind kind) {
        int k = last + 1;
        if (k >= n || !ft.sameSentence(last, k)) {
            return "";
        }
        int np = -1;
        if (ft.is(k, "of") || (kind == ClaimKind.MONEY && ft.is(k, "in"))) {
            np = k + 1;
            if (np < n && DETERMINERS.contains(t(np).lower())) {
                np++;
            }
        } else if (kind == ClaimKind.MONEY && ft.isWord(k)) {
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
        return text.substring(t(c.first()).start(), t(end).end());
    }

    /** A digit number with no unit is a figure only where a verb or preposition states it: "rose to 120", "killed 120". */
    boolean bareNumberFigure(int first, int last, Qualifier qualifier) {
        if (qualifier != Qualifier.NONE || qualifierBefore(first) != null) {
            return true;
        }
        if (first == 0 || !ft.sameSentence(first - 1, first)) {
            return false;
        }
        FigureToken prev = t(first - 1);
        if (prev.is("to") || prev.is("of") || prev.is("by")) {
            return true;
        }
        if (!prev.isWord()) {
            return false; // no tag asked: it would tag the clause before a comma for nothing
        }
        String tag = ft.tag(first - 1);
        return tag.equals("VERB") || tag.equals("AUX");
    }

    /** The longest qualifier phrase that ends right before token {@code first} in its sentence ("at least"), or null. */
    QualifierPhrase qualifierBefore(int first) {
        List<QualifierPhrase> ending = first < 1 ? null
                : lexicon.qualifiersBeforeByLastWord.get(t(first - 1).lower());
        if (ending == null) {
            return null;
        }
        for (QualifierPhrase q : ending) {
            int from = first - q.words().size();
            if (from >= ft.consumed() && from >= 0 && matches(from, q.words()) && ft.sameSentence(from, first)) {
                return q;
            }
        }
        return null;
    }

    /** The longest qualifier phrase from token {@code k} on, in the sentence of the token before ("or more"), or null. */
    QualifierPhrase qualifierAfter(int k) {
        List<QualifierPhrase> starting = k >= n ? null : lexicon.qualifiersAfterByFirstWord.get(t(k).lower());
        if (starting == null) {
            return null;
        }
        for (QualifierPhrase q : starting) {
            if (ft.sameSentence(k - 1, k) && matches(k, q.words())) {
                return q;
            }
        }
        return null;
    }
}
