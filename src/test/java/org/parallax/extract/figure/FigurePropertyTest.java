package org.parallax.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import org.parallax.model.Claim;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Seeded random text mixing numbers, number words, dates, years, times, currencies and plain words: the
 * extractor never throws, every span lies inside the text and covers exactly its text, spans do not overlap,
 * values are non-negative and finite, ranges go upwards, and claim ids are unique.
 */
class FigurePropertyTest {

    private static final String[] PIECES = {
        "the", "a", "an", "of", "from", "and", "or", "to", "between", "about", "around", "more than", "at least",
        "over", "nearly", "up to", "some", "or more", "or so", "people", "civilians", "jets", "helicopters",
        "fighters", "talks", "rounds", "years", "weeks", "days", "hours", "year-old", "per cent", "percent", "%",
        "$", "US$", "€", "£", "million", "billion", "thousand", "hundred", "dozen", "dozens", "hundreds",
        "thousands", "tens", "one", "two", "three", "twenty-five", "ninety", "first", "20th", "1980s", "G20",
        "Su-24", "Sep.", "Sept.", "September", "November", "2011", "2015", "10:30", "3pm", "a.m.", "20/10/2015",
        "2015-10-20", "4,000", "250,000", "1.2", "0", "7", "99", "3bn", "10km", "-", "–", ",", ".", ";", "(",
        ")", "\"", "“", "”", "’s", "\n", "\n\n", "Resolution", "No.", "killed", "rose", "were", "said", "Putin",
        "Syria", "feedback@example.com", "https://example.com/2015/10/21/x", "1,2,3", "..", "5.", ".5", ",000",
    };

    @Test
    void randomTextKeepsTheContract() {
        FigureExtractor extractor = new FigureExtractor();
        Random random = new Random(20151020L);
        int found = 0;
        for (int round = 0; round < 400; round++) {
            StringBuilder b = new StringBuilder();
            int words = 1 + random.nextInt(60);
            for (int w = 0; w < words; w++) {
                String piece = PIECES[random.nextInt(PIECES.length)];
                if (random.nextInt(8) == 0) {
                    piece = Integer.toString(random.nextInt(100_000));
                }
                b.append(piece);
                int gap = random.nextInt(10);
                b.append(gap == 0 ? "" : gap == 1 ? "\n" : " ");
            }
            String text = b.toString();
            List<Claim> figures = extractor.figures("r" + round, text);
            found += figures.size();
            Set<String> ids = new HashSet<>();
            int previousEnd = 0;
            for (Claim f : figures) {
                assertThat(f.span().start()).as(text).isBetween(0, text.length());
                assertThat(f.span().end()).as(text).isBetween(f.span().start() + 1, text.length());
                assertThat(f.span().start()).as("no overlap in: " + text).isGreaterThanOrEqualTo(previousEnd);
                previousEnd = f.span().end();
                assertThat(text.substring(f.span().start(), f.span().end())).isEqualTo(f.text());
                assertThat(f.value().signum()).isGreaterThanOrEqualTo(0);
                assertThat(Double.isFinite(f.value().doubleValue())).isTrue();
                if (f.valueMax() != null) {
                    assertThat(f.valueMax()).isGreaterThan(f.value());
                }
                assertThat(f.value().scale()).isGreaterThanOrEqualTo(0);
                assertThat(ids.add(f.id())).isTrue();
                assertThat(f.unit()).isEqualTo(f.unit().strip());
            }
        }
        assertThat(found).as("the generator makes figures too").isGreaterThan(50);
    }

    @Test
    void valuesAreTheNumbersAsWritten() {
        FigureExtractor extractor = new FigureExtractor();
        Random random = new Random(7L);
        for (int round = 0; round < 300; round++) {
            long n = 1 + random.nextInt(9_999_999);
            String written = random.nextBoolean() ? String.format(java.util.Locale.US, "%,d", n) : Long.toString(n);
            if (!written.contains(",") && written.length() == 4) {
                continue; // four plain digits are read as a year
            }
            List<Claim> figures = extractor.figures("v", "Officials said " + written + " soldiers arrived.");
            assertThat(figures).as(written).hasSize(1);
            assertThat(figures.get(0).value()).isEqualByComparingTo(BigDecimal.valueOf(n));
        }
    }
}
