package org.parallax.compare.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parallax.text.Token;

/**
 * A word's facts, read once per distinct word, are what each word's reading gave it; a clause's terms read from them
 * are those read word by word as before.
 */
class WordFactsTest {

    private static final String[] PARTS = {"a", "e", "s", "es", "ies", "ed", "ing", "d", "g", "K", "É", "ß", "İ", "7",
        "12", "-", "'", "’", "'s", "al", "Assad", "visit", "met", "the", "put", "on", "hold", "off", "call", "Quake",
        "Hits", "said", "of", "\uD835\uDC00", "中", "Strike", "flew", "airstrikes", "2015"};

    @Test
    void aWordsFactsAreItsReadingNamesAndTermAsReadAnew() {
        Random random = new Random(52);
        WordFacts.Table table = new WordFacts.Table();
        for (int n = 0; n < 20_000; n++) {
            String w = RandomTexts.of(random, PARTS, 5);
            WordFacts f = table.of(w);
            Words.Reading r = Words.read(Words.normalise(w));
            assertThat(f.reading()).as(w).isEqualTo(r);
            assertThat(f.reading().lemma()).as(w).isEqualTo(Words.lemma(w));
            assertThat(f.reading().stop()).as(w).isEqualTo(Words.isStopWord(w));
            assertThat(f.nameLemmas()).as(w).isEqualTo(Terms.nameLemmas(w));
            String lemma = Words.lemma(w);
            assertThat(f.content()).as(w).isEqualTo(!(lemma.length() < 3 || Words.isStopWord(lemma)));
            assertThat(f.wordTerm()).as(w).isEqualTo(allDigits(lemma) ? null : lemma.toLowerCase(Locale.ROOT));
            assertThat(table.of(w)).as(w).isSameAs(f).isEqualTo(WordFacts.of(w));
        }
    }

    @Test
    void aClausesTermsAreThoseReadWordByWord() {
        String[] pieces = {"Assad ", "al-Assad ", "Bashar al-Assad's ", "put ", "the plan ", "on ", "hold ", "off ",
            "called ", "visited ", "Visits ", "Quake ", "Hits ", "flew ", "to ", "Moscow ", "on Tuesday ", "2015 ",
            "12 ", "of ", "the ", "strikes ", "US-led ", "said ", "it ", "was ", "Ségolène ", ", ", ". ", "e-mail ",
            "x-y-z ", "'s ", "DOG ", "Dogs "};
        Random random = new Random(53);
        WordFacts.Table table = new WordFacts.Table();
        for (int n = 0; n < 5_000; n++) {
            String text = RandomTexts.of(random, pieces, 14);
            List<int[]> skip = random.nextBoolean() || text.isEmpty() ? List.of()
                    : List.of(new int[] {0, random.nextInt(text.length()) + 1});
            ClauseWords clause = ClauseWords.of(Words.split(text), skip, table);
            assertThat(Terms.of(clause)).as(text).isEqualTo(termsAsBefore(ClauseWords.of(text, 0, text.length(),
                    skip)));
            assertThat(Gist.of(clause)).as(text).isEqualTo(Gist.of(text, 0, text.length(), skip));
        }
    }

    /** The reference: Terms.of as it read each word's lemma and tested it anew. */
    private static Map<String, Double> termsAsBefore(ClauseWords clause) {
        Map<String, Double> out = new HashMap<>();
        BitSet taken = new BitSet();
        for (int i = 0; i < clause.size(); i++) {
            Token w = clause.word(i);
            if (taken.get(i)) {
                continue;
            }
            Predicates.Match phrase = Predicates.at(clause, i);
            if (phrase != null && phrase.multiWord()) {
                out.put(phrase.head(), EventRules.PREDICATE_WEIGHT);
                taken.set(phrase.tailFrom(), phrase.tailTo());
                continue;
            }
            if (Words.isStopWord(w.text())) {
                continue;
            }
            String lemma = Words.lemma(w.text());
            if (w.capitalised() && Character.isLetter(w.text().charAt(0))) {
                if (Words.isPredicate(lemma)) {
                    out.put(lemma, EventRules.PREDICATE_WEIGHT);
                    continue;
                }
                for (String name : Terms.nameLemmas(w.text())) {
                    out.merge(name, EventRules.NAME_WEIGHT, Math::max);
                }
                continue;
            }
            if (lemma.length() < 3 || Words.isStopWord(lemma)) {
                continue;
            }
            if (Words.isPredicate(lemma)) {
                out.put(lemma, EventRules.PREDICATE_WEIGHT);
            } else if (!allDigits(lemma)) {
                out.merge(lemma.toLowerCase(Locale.ROOT), EventRules.WORD_WEIGHT, Math::max);
            }
        }
        return out;
    }

    private static boolean allDigits(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isDigit(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    @Test
    void theTableIsReadFromEveryCoreAlike() {
        WordFacts.Table table = new WordFacts.Table();
        List<String> words = new ArrayList<>();
        Random random = new Random(54);
        for (int i = 0; i < 2_000; i++) {
            words.add(RandomTexts.of(random, PARTS, 4));
        }
        words.parallelStream().forEach(w -> assertThat(table.of(w)).isEqualTo(WordFacts.of(w)));
    }
}
