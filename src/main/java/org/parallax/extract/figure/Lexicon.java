package org.parallax.extract.figure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parallax.model.Qualifier;

/** The data files of the figure extractor (number words, qualifiers, units, name prefixes), read once. */
final class Lexicon {

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

    private static final Lexicon INSTANCE = load();

    final Map<String, NumberWord> numberWords;
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
    /** Single-word measure units ("km"), for numbers with the unit glued on ("10km"). */
    final Map<String, Unit> measureWords;
    /** The last words of the qualifiers that stand before a number, the first words of those after it. */
    final Set<String> qualifierEnds;
    final Set<String> qualifierStarts;

    private Lexicon(Map<String, NumberWord> numberWords, List<QualifierPhrase> qualifiers, List<Unit> units,
                    Map<String, Unit> currencySigns, Set<String> namePrefixes) {
        this.numberWords = Map.copyOf(numberWords);
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
        this.measureWords = Map.copyOf(measures);
        this.qualifierEnds = this.qualifiers.stream().filter(QualifierPhrase::before)
                .map(q -> q.words().get(q.words().size() - 1)).collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.qualifierStarts = this.qualifiers.stream().filter(q -> !q.before())
                .map(q -> q.words().get(0)).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    static Lexicon get() {
        return INSTANCE;
    }

    private static Lexicon load() {
        Map<String, NumberWord> numbers = new HashMap<>();
        for (String line : lines("number-words.txt")) {
            String[] f = line.split("\\s+");
            numbers.put(f[0].toLowerCase(Locale.ROOT),
                    new NumberWord(new BigDecimal(f[1]), Role.valueOf(f[2].toUpperCase(Locale.ROOT))));
        }
        List<QualifierPhrase> qualifiers = new ArrayList<>();
        for (String line : lines("qualifiers.txt")) {
            String[] f = fields(line, 3);
            qualifiers.add(new QualifierPhrase(words(f[0]), Qualifier.valueOf(f[1]), f[2].equals("before")));
        }
        qualifiers.sort(Comparator.comparingInt((QualifierPhrase q) -> q.words().size()).reversed());
        List<Unit> units = new ArrayList<>();
        Map<String, Unit> signs = new HashMap<>();
        for (String line : lines("units.txt")) {
            String[] f = fields(line, 3);
            UnitKind kind = UnitKind.valueOf(f[1].toUpperCase(Locale.ROOT));
            if (kind == UnitKind.CURRENCY && f[0].matches(".*[$€£¥₽₹]")) {
                signs.put(f[0], new Unit(List.of(f[0]), kind, f[2]));
            } else {
                units.add(new Unit(words(f[0]), kind, f[2]));
            }
        }
        units.sort(Comparator.comparingInt((Unit u) -> u.words().size()).reversed());
        Set<String> prefixes = new HashSet<>(lines("name-prefixes.txt"));
        return new Lexicon(numbers, qualifiers, units, signs, prefixes);
    }

    /** A phrase as the tokenizer splits it, lower case: "ca." is ["ca", "."], "km/h" is ["km", "/", "h"]. */
    static List<String> words(String phrase) {
        return Tokens.of(phrase.toLowerCase(Locale.ROOT)).stream().map(Tokens.Token::text).toList();
    }

    private static String[] fields(String line, int n) {
        String[] f = line.split("\\|");
        if (f.length != n) {
            throw new IllegalStateException("bad data line: " + line);
        }
        return Arrays.stream(f).map(String::strip).toArray(String[]::new);
    }

    private static List<String> lines(String resource) {
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing data file " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> out = new ArrayList<>();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    out.add(s);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
