package org.parallax.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.parallax.model.Article;
import org.parallax.model.DateSource;
import org.parallax.model.TimeMention;

/** One sentence, one expected mention: {@code timex-cases.csv} (text, published, mention, type, value). */
class TimexCasesTest {

    private static final TimexTagger TAGGER = new TimexTagger();

    @ParameterizedTest(name = "{0} → {3}")
    @CsvFileSource(resources = "timex-cases.csv", numLinesToSkip = 1, delimiter = '|')
    void sentence(String text, String published, String mention, String type, String value) {
        LocalDate date = published == null || published.isBlank() ? null : LocalDate.parse(published.strip());
        Article a = new Article("case", "case.txt", null, null, date, date == null ? DateSource.UNKNOWN
                : DateSource.MANIFEST, null, text.strip(), null);
        List<String> found = TAGGER.tag(a).stream().map(TimexCasesTest::describe).toList();
        assertThat(found).contains(mention.strip() + " | " + type.strip() + " | " + value.strip());
    }

    private static String describe(TimeMention m) {
        return m.text() + " | " + m.type() + " | " + m.value();
    }
}
