package org.parallax.compare.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.parallax.text.Token;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"met|meet", "talks|meet", "airstrikes|strike", "flew|visit", "killed|kill",
        "earthquakes|quake", "announced|announce", "civilians|civilian", "studies|study", "stopped|stop"})
    void lemmas(String word, String lemma) {
        assertThat(Words.lemma(word)).isEqualTo(lemma);
    }

    @Test
    void splitsWordsWithTheirOffsets() {
        assertThat(Words.split("Putin’s air-strikes, 2015.")).extracting(t -> t.text() + "@" + t.start())
                .containsExactly("Putin’s@0", "air-strikes@8", "2015@21");
    }

    /** The pattern split once ran, which its scanner must follow word for word. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]++(?:['’\\-][\\p{L}\\p{N}]++)*+");

    @Test
    void splitsAsItsPatternOnRandomText() {
        String[] parts = {"a", "Z", "é", "ß", "7", "٣", "½", "Ⅻ", "\uD835\uDC00", "\uD83D\uDE00", "\uD835", "'", "’", "-",
            "--", " ", ".", ",", "\n", "_", "\u0301", "中", "$"};
        Random random = new Random(20);
        for (int n = 0; n < 3000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(30); k > 0; k--) {
                sb.append(parts[random.nextInt(parts.length)]);
            }
            String text = sb.toString();
            int from = text.isEmpty() ? 0 : random.nextInt(text.length());
            int to = from + random.nextInt(text.length() - from + 1);
            assertThat(Words.split(text, from, to)).as(text).extracting(t -> t.text() + "@" + t.start() + "-" + t.end())
                    .containsExactlyElementsOf(byPattern(text, from, to));
        }
    }

    private static List<String> byPattern(String text, int from, int to) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text).region(from, to);
        while (m.find()) {
            out.add(new Token(m.start(), m.end(), m.group()).text() + "@" + m.start() + "-" + m.end());
        }
        return out;
    }

    /** Words built at random from endings, capitals, apostrophes and letters outside ASCII and the BMP. */
    @Test
    void normalisesAndStemsAsTestingEveryEndingDid() {
        String[] parts = {"a", "e", "i", "s", "ss", "es", "ies", "ed", "ied", "ing", "d", "g", "x", "ch", "sh", "u", "l",
            "z", "tt", "K", "É", "é", "ß", "İ", "7", "-", "'", "’", "'s", "’s", "\uD835\uDC00", "\uD801\uDC28", "中"};
        Random random = new Random(21);
        for (int n = 0; n < 20_000; n++) {
            String w = RandomTexts.of(random, parts, 7);
            assertThat(Words.normalise(w)).as(w).isEqualTo(normalisedAsBefore(w));
            assertThat(Words.stem(Words.normalise(w))).as(w).isEqualTo(stemAsBefore(normalisedAsBefore(w)));
            assertThat(Words.stem(w)).as(w).isEqualTo(stemAsBefore(w));
        }
        assertThat(Words.normalise("")).isEmpty();
        assertThat(Words.lemma("")).isEmpty();
        assertThat(Words.lemma("...")).isEqualTo("...");
    }

    private static String normalisedAsBefore(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT).replace('’', '\'');
        return w.replaceAll("'s$", "");
    }

    private static String stemAsBefore(String w) {
        if (w.length() <= 4 || !w.chars().allMatch(Character::isLetter)) {
            return w.endsWith("s") && w.length() > 3 && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
        }
        if (w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("sses") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        if (w.endsWith("ied")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("ed") && w.length() > 5) {
            return undoubled(w.substring(0, w.length() - 2));
        }
        if (w.endsWith("ing") && w.length() > 6) {
            return undoubled(w.substring(0, w.length() - 3));
        }
        return w;
    }

    private static String undoubled(String s) {
        int n = s.length();
        return n > 3 && s.charAt(n - 1) == s.charAt(n - 2) && "lsz".indexOf(s.charAt(n - 1)) < 0 ? s.substring(0, n - 1)
                : s;
    }

    /**
     * One look-up of the joined tables reads a normal word as the four tables read it apart: the lemma
     * ({@code lemmaOfNormal}), whether it is a predicate head, a stop word, the start of a multi-word form (the
     * pattern the predicates once ran over the lemma table). Every word of the tables, with and without endings,
     * and random words.
     */
    @Test
    void readsAWordAsTheTablesApart() throws java.io.IOException {
        java.util.Set<String> formStarts = new java.util.HashSet<>();
        String table;
        try (java.io.InputStream in = Words.class.getResourceAsStream("lemmas.txt")) {
            table = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        Matcher m = Pattern.compile("(?m)(?:^|\\s)(\\p{L}+)-\\p{L}").matcher(table.replaceAll("(?m)^#.*$", ""));
        while (m.find()) {
            formStarts.add(m.group(1).toLowerCase(java.util.Locale.ROOT));
        }
        String stops;
        try (java.io.InputStream in = Words.class.getResourceAsStream("stopwords.txt")) {
            stops = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        List<String> words = new ArrayList<>();
        for (String w : (table + " " + stops).split("[\\s:,#]+")) {
            for (String part : (w + "-" + w.replace("-", "")).split("-")) {
                for (String ending : new String[] {"", "s", "es", "ies", "ed", "ied", "ing", "d", "ses", "ches"}) {
                    words.add(Words.normalise(part + ending));
                    words.add(Words.normalise(w + ending));
                }
            }
        }
        Random random = new Random(38);
        String[] pieces = {"a", "e", "i", "s", "d", "g", "n", "t", "r", "ed", "ing", "ies", "'", "-", "é", "7", "ss"};
        for (int n = 0; n < 20000; n++) {
            words.add(Words.normalise(RandomTexts.of(random, pieces, 8)));
        }
        assertThat(words).hasSizeGreaterThan(20000);
        for (String w : words) {
            Words.Reading r = Words.read(w);
            String lemma = Words.lemmaOfNormal(w);
            assertThat(r.lemma()).as(w).isEqualTo(lemma);
            assertThat(r.predicate()).as(w).isEqualTo(Words.isPredicate(lemma));
            assertThat(r.stop()).as(w).isEqualTo(Words.isNormalStopWord(w));
            assertThat(r.formStart()).as(w).isEqualTo(formStarts.contains(w));
            assertThat(Words.startsForm(w)).as(w).isEqualTo(formStarts.contains(w));
        }
        assertThat(formStarts).isNotEmpty();
    }

    /** A word of the tables is read as the reading made for it with them, not made anew at every word. */
    @Test
    void aTableWordsReadingIsMadeOnce() {
        for (String w : List.of("the", "met", "visits", "put", "said", "this", "airstrikes")) {
            assertThat(Words.read(w)).as(w).isSameAs(Words.read(w));
        }
        assertThat(Words.read("zebras").lemma()).isEqualTo("zebra");
    }

    /** A reading's term is what the terms read from its lemma word by word: the reference kept here. */
    @Test
    void aReadingsTermIsItsLemmaTestedAndLowerCasedAsTheTermsDid() {
        String[] pieces = {"a", "s", "ed", "ing", "ies", "met", "visit", "the", "THE", "Said", "1", "99", "٣", "x",
            "airstrike", "put-on-hold", "İ", "É", "ß", "'s", "’s", "-", "hold", "on", "wa"};
        Random random = new Random(68);
        int terms = 0;
        for (int n = 0; n < 20000; n++) {
            String normal = Words.normalise(RandomTexts.of(random, pieces, 5));
            Words.Reading r = Words.read(normal);
            String lemma = r.lemma();
            String expected = lemma.length() < 3 || Words.isStopWord(lemma) ? null
                    : r.predicate() ? lemma
                    : lemma.chars().allMatch(Character::isDigit) ? null : lemma.toLowerCase(java.util.Locale.ROOT);
            assertThat(r.term()).as(normal).isEqualTo(expected);
            terms += expected != null ? 1 : 0;
        }
        assertThat(terms).isGreaterThan(5000);
    }
}
