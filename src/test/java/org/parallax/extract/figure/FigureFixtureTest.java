package org.parallax.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.parallax.model.ClaimKind;
import org.parallax.model.Qualifier;
import org.parallax.model.Claim;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** One rule family per block of figures.csv / not-figures.csv; sentences made up, not from the sample corpus. */
class FigureFixtureTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvFileSource(resources = "figures.csv", delimiter = '|', emptyValue = "",
            ignoreLeadingAndTrailingWhitespace = false)
    void findsTheFigure(String sentence, String text, String qualifier, String value, String valueMax, String unit,
                        String subject, String kind) {
        List<Claim> figures = extractor.figures("t", sentence);

        assertThat(figures).extracting(Claim::text).contains(text);
        Claim f = figures.stream().filter(x -> x.text().equals(text)).findFirst().orElseThrow();
        assertThat(f.qualifier()).isEqualTo(Qualifier.valueOf(qualifier));
        assertThat(f.value()).isEqualByComparingTo(new BigDecimal(value));
        if (valueMax == null || valueMax.isEmpty()) {
            assertThat(f.valueMax()).isNull();
        } else {
            assertThat(f.valueMax()).isEqualByComparingTo(new BigDecimal(valueMax));
        }
        assertThat(f.unit()).isEqualTo(nullToEmpty(unit));
        assertThat(f.subject()).isEqualTo(nullToEmpty(subject));
        assertThat(f.kind()).isEqualTo(ClaimKind.valueOf(kind));
        assertThat(sentence.substring(f.span().start(), f.span().end())).isEqualTo(f.text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "not-figures.csv", delimiter = '|')
    void findsNoFigure(String sentence) {
        assertThat(extractor.figures("t", sentence)).extracting(Claim::text).isEmpty();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
