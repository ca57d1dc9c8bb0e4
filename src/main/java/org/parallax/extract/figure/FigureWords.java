package org.parallax.extract.figure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parallax.text.WordTable;
import org.parallax.model.Qualifier;
import org.parallax.text.DataFile;

/** The data files of the figure extractor (number words, qualifiers, units, name prefixes), read once. */
final class FigureWords {

    enum Role { UNIT, TEN, HUNDRED, SCALE, DOZEN, VAGUE }

    record NumberWord(BigDecimal value, Role role) {
    }

    enum UnitKind { CURRENCY, PERCENT, MEASURE, TIME, TIMES, FRACTION, SUFFIX }

    /** A unit: its words (lower case, one per token), kind and canonical form. */
    record Unit(List<String> words, UnitKind kind, String canonical) {
    }

    /** A qualifier phrase: its words (lower case, one per token, "ca." is "ca" "."), meaning and side. */
    record QualifierPhrase(List<String> words, Qualifier qualifier, boolean before) {
    }

    private static final FigureWords INSTANCE = load();

    final Map<String, NumberWord> numberWords;
    /** The words of {@link #numberWords}, numbered, to be found by a word's chars; searched only, so shared. */
    private final WordTable numberWordTable;
    /** Each of {@link #numberWords}' values by its word's number in {@link #numberWordTable}. */
    private final NumberWord[] numberWordsByNumber;
    /** Longest first, so "just over" is tried before "over". */
    final List<QualifierPhrase> qualifiers;
    /** Word units longest first; symbol currencies by their exact sign. */
    final List<Unit> units;
    final Map<String, Unit> currencySigns;
    final Set<String> namePrefixes;
    /** Units by their first word, longest first. */
    final Map<String, List<Unit>> unitsByFirstWord;
    /** Single words that make a number a temporal expression, a frequency or a fraction ("weeks", "times", "thirds"). */
    final Set<String> notCountedWords;
    /** Scale suffixes ("bn" -> 1e9). */
    final Map<String, BigDecimal> suffixes;
    /** The longest of {@link #suffixes}: a longer word is none, told without its lower case. */
    final int longestSuffix;
    /**
     * The first chars of the months ({@link NumberReader#MONTHS}) and the {@link #namePrefixes}: a word starting with
     * none of them is neither, told without its text.
     */
    final String monthOrNamePrefixFirsts;
    /** Single-word measure units ("km"), for numbers with the unit glued on ("10km"). */
    final Map<String, Unit> measureWords;
    /**
     * The qualifiers that stand before a number by their last word, those after it by their first, each list in the
     * order of {@link #qualifiers}: a number's neighbour is looked up once and only the phrases it can end or start are
     * matched, where every phrase was matched whenever the word ended or started any ("to", "than").
     */
    final Map<String, List<QualifierPhrase>> qualifiersBeforeByLastWord;
    final Map<String, List<QualifierPhrase>> qualifiersAfterByFirstWord;
    /**
     * A bit for the shape (first char, last char, length: {@link #shape}) of each word {@link NumberReader} reads as a
     * number word: each word of {@link #numberWords}, and each "twenty-five" it joins from a ten and a unit below ten.
     * A word whose shape has no bit is none of them, told by three chars where a map look-up hashed every word of the
     * text (most were only ever looked up there).
     */
    private final long[] numberWordShapes = new long[SHAPES / Long.SIZE];
    private static final int SHAPES = 1 << 12;

    private FigureWords(Map<String, NumberWord> numberWords, List<QualifierPhrase> qualifiers, List<Unit> units,
                    Map<String, Unit> currencySigns, Set<String> namePrefixes) {
        this.numberWords = Map.copyOf(numberWords);
        this.numberWordTable = new WordTable(this.numberWords.size());
        this.numberWordsByNumber = new NumberWord[this.numberWords.size()];
        this.numberWords.forEach((word, value) ->
                numberWordsByNumber[numberWordTable.number(word, 0, word.length())] = value);
        this.qualifiers = List.copyOf(qualifiers);
        this.units = List.copyOf(units);
        this.currencySigns = Map.copyOf(currencySigns);
        this.namePrefixes = Set.copyOf(namePrefixes);
        Map<String, List<Unit>> byFirst = new HashMap<>();
        Set<String> notCounted = new HashSet<>();
        Map<String, BigDecimal> suffixMap = new HashMap<>();
        Map<String, Unit> measures = new HashMap<>();
        for (Unit u : this.units) {
            if (u.kind() == UnitKind.SUFFIX) {
                suffixMap.put(u.words().get(0), new BigDecimal(u.canonical()));
                continue;
            }
            byFirst.computeIfAbsent(u.words().get(0), k -> new ArrayList<>()).add(u);
            if (u.words().size() == 1 && (u.kind() == UnitKind.TIME || u.kind() == UnitKind.TIMES
                    || u.kind() == UnitKind.FRACTION)) {
                notCounted.add(u.words().get(0));
            }
            if (u.words().size() == 1 && u.kind() == UnitKind.MEASURE) {
                measures.put(u.words().get(0), u);
            }
        }
        byFirst.replaceAll((k, v) -> List.copyOf(v));
        this.unitsByFirstWord = Map.copyOf(byFirst);
        this.notCountedWords = Set.copyOf(notCounted);
        this.suffixes = Map.copyOf(suffixMap);
        this.longestSuffix = suffixMap.keySet().stream().mapToInt(String::length).max().orElse(0);
        StringBuilder firsts = new StringBuilder();
        for (String word : NumberReader.MONTHS) {
            firsts.append(word.charAt(0));
        }
        for (String word : this.namePrefixes) {
            firsts.append(word.charAt(0));
        }
        this.monthOrNamePrefixFirsts = firsts.toString();
        this.measureWords = Map.copyOf(measures);
        Map<String, List<QualifierPhrase>> beforeByLast = new HashMap<>();
        Map<String, List<QualifierPhrase>> afterByFirst = new HashMap<>();
        for (QualifierPhrase q : this.qualifiers) {
            List<String> words = q.words();
            if (q.before()) {
                beforeByLast.computeIfAbsent(words.get(words.size() - 1), k -> new ArrayList<>()).add(q);
            } else {
                afterByFirst.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(q);
            }
        }
        beforeByLast.replaceAll((k, v) -> List.copyOf(v));
        afterByFirst.replaceAll((k, v) -> List.copyOf(v));
        this.qualifiersBeforeByLastWord = Map.copyOf(beforeByLast);
        this.qualifiersAfterByFirstWord = Map.copyOf(afterByFirst);
        for (Map.Entry<String, NumberWord> word : this.numberWords.entrySet()) {
            String w = word.getKey();
            markShape(w.charAt(0), w.charAt(w.length() - 1), w.length());
            if (word.getValue().role() != Role.TEN) {
                continue;
            }
            for (Map.Entry<String, NumberWord> unit : this.numberWords.entrySet()) {
                String u = unit.getKey();
                if (unit.getValue().role() == Role.UNIT) { // a superset of the units a compound takes: bits may spare
                    markShape(w.charAt(0), u.charAt(u.length() - 1), w.length() + 1 + u.length());
                }
            }
        }
    }

    /**
     * {@code numberWords.get} of the word {@code lower[0, length)}, found by its chars: no string made of a word that
     * has the shape of a number word and is none.
     */
    NumberWord numberWord(char[] lower, int length) {
        int number = numberWordTable.find(lower, 0, length);
        return number < 0 ? null : numberWordsByNumber[number];
    }

    /**
     * False where {@code lower} (a word, lower case) is certainly no number word, plain or joined: its shape is none of
     * theirs. True says only that it may be one.
     */
    boolean mayBeNumberWord(String lower) {
        int length = lower.length();
        if (length == 0) {
            return false;
        }
        int shape = shape(lower.charAt(0), lower.charAt(length - 1), length);
        return (numberWordShapes[shape >>> 6] & (1L << shape)) != 0;
    }

    /**
     * As {@link #mayBeNumberWord(String)} for the token's lower case; an ASCII token's shape is read from its chars,
     * without making its lower case (a string for every word of the text).
     */
    boolean mayBeNumberWord(FigureToken token) {
        if (!token.ascii()) {
            return mayBeNumberWord(token.lower());
        }
        int length = token.length();
        if (length == 0) {
            return false;
        }
        return mayBeNumberWord(FigureTokens.asciiLower(token.charAt(0)), FigureTokens.asciiLower(token.charAt(length - 1)),
                length);
    }

    /** As {@link #mayBeNumberWord(String)} for a word of {@code length} chars from {@code first} to {@code last}. */
    boolean mayBeNumberWord(char first, char last, int length) {
        int shape = shape(first, last, length);
        return (numberWordShapes[shape >>> 6] & (1L << shape)) != 0;
    }

    private void markShape(char first, char last, int length) {
        int shape = shape(first, last, length);
        numberWordShapes[shape >>> 6] |= 1L << shape;
    }

    private static int shape(char first, char last, int length) {
        return ((first * 31 + last) * 31 + length) & (SHAPES - 1);
    }

    static FigureWords get() {
        return INSTANCE;
    }

    private static FigureWords load() {
        Map<String, NumberWord> numbers = new HashMap<>();
        for (String[] f : file("number-words.txt").words()) {
            numbers.put(f[0].toLowerCase(Locale.ROOT),
                    new NumberWord(new BigDecimal(f[1]), Role.valueOf(f[2].toUpperCase(Locale.ROOT))));
        }
        List<QualifierPhrase> qualifiers = new ArrayList<>();
        for (String[] f : file("qualifiers.txt").fields(3)) {
            qualifiers.add(new QualifierPhrase(words(f[0]), Qualifier.valueOf(f[1]), f[2].equals("before")));
        }
        qualifiers.sort(Comparator.comparingInt((QualifierPhrase q) -> q.words().size()).reversed());
        List<Unit> units = new ArrayList<>();
        Map<String, Unit> signs = new HashMap<>();
        for (String[] f : file("units.txt").fields(3)) {
            UnitKind kind = UnitKind.valueOf(f[1].toUpperCase(Locale.ROOT));
            if (kind == UnitKind.CURRENCY && f[0].matches(".*[$€£¥₽₹]")) {
                signs.put(f[0], new Unit(List.of(f[0]), kind, f[2]));
            } else {
                units.add(new Unit(words(f[0]), kind, f[2]));
            }
        }
        units.sort(Comparator.comparingInt((Unit u) -> u.words().size()).reversed());
        Set<String> prefixes = new HashSet<>(file("name-prefixes.txt").texts());
        return new FigureWords(numbers, qualifiers, units, signs, prefixes);
    }

    /** A phrase as the tokenizer splits it, lower case: "ca." is ["ca", "."], "km/h" is ["km", "/", "h"]. */
    static List<String> words(String phrase) {
        return FigureTokens.of(phrase.toLowerCase(Locale.ROOT)).stream().map(FigureToken::text).toList();
    }

    private static DataFile file(String resource) {
        return DataFile.of(FigureWords.class, resource);
    }
}
