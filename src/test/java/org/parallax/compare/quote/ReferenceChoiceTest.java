package org.parallax.compare.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parallax.model.Quote;
import org.parallax.model.QuoteKind;
import org.parallax.model.Span;
import org.parallax.model.Speaker;
import org.parallax.text.Accents;

/**
 * A cluster's reference with each member's words counted once ({@link Verdicts#reference(List, int[])}) is the one the
 * comparator that counted them at every comparison chose; speaker keys with their pattern compiled once are those of
 * {@code String.split}. Seeded clusters with many ties (kinds, word counts, speakers) and names with accents and marks.
 */
class ReferenceChoiceTest {

    private static final String[] WORDS = {"we", "will", "win", "Syria's", "long-term", "peace", "“now”", "l’état",
        "2015", "—", "talks", "Moscow"};

    /** The reference as it was chosen: the order's comparator read both quotes' words at every comparison. */
    private static final Comparator<Quote> OLD_ORDER = Comparator
            .comparingInt((Quote q) -> switch (q.kind()) {
                case DIRECT -> 0;
                case INDIRECT -> 1;
                case PARTIAL -> 2;
            })
            .thenComparing(q -> -QuoteWords.words(q.text()).size())
            .thenComparing(q -> q.speaker() == null)
            .thenComparing(Quote::span);

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void referenceIsTheOneTheOldComparatorChose(int seed) {
        Random random = new Random(seed);
        Verdicts verdicts = Verdicts.standard();
        for (int c = 0; c < 300; c++) {
            List<Quote> members = cluster(random, 1 + random.nextInt(12));
            Quote expected = members.stream().min(OLD_ORDER).orElseThrow();
            int[] sizes = members.stream().mapToInt(q -> QuoteWords.words(q.text()).size()).toArray();
            assertThat(verdicts.reference(members, sizes)).isSameAs(expected);
            assertThat(verdicts.reference(members)).isSameAs(expected);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void speakerKeysAreThoseOfSplit(int seed) {
        Random random = new Random(seed);
        String[] parts = {"Bashar", "al-Assad", "PETER", "Capaldi", "Ségolène", "O'Neil", "Jr.", " ", "  ", "-", "'",
            "İstanbul", "Ǆemal", "Straße", "2nd", "’", ".", "ﬁ"};
        for (int k = 0; k < 2000; k++) {
            StringBuilder name = new StringBuilder();
            for (int w = random.nextInt(5); w >= 0; w--) {
                name.append(parts[random.nextInt(parts.length)]).append(random.nextBoolean() ? " " : "");
            }
            String n = name.toString().isBlank() ? "X" : name.toString();
            String old = String.join(" ", Accents.strip(n).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                    .strip();
            assertThat(Attribution.key(new Speaker(n))).as(n).isEqualTo(old);
        }
    }

    /** Members of a few articles and positions, kinds and speakers at random, texts from a few lengths (ties). */
    private static List<Quote> cluster(Random random, int size) {
        List<Quote> out = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = 1 + random.nextInt(5); w > 0; w--) {
                text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
            }
            QuoteKind kind = QuoteKind.values()[random.nextInt(3)];
            Speaker speaker = random.nextBoolean() ? new Speaker("Vladimir Putin") : null;
            int start = random.nextInt(4) * 10;
            Span span = new Span("a" + random.nextInt(3), start, start + text.length());
            out.add(new Quote("q-" + i, span, text.toString().strip(), speaker, kind, null));
        }
        return out;
    }
}
