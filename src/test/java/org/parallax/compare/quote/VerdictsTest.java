package org.parallax.compare.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parallax.model.Verdict;

/** Made-up reference/member pairs and the verdict each must get. */
class VerdictsTest {

    @ParameterizedTest(name = "{2}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            We must act now, before the water rises further | “We must act now before the water rises further.” | VERBATIM
            We must act now, before the water rises further | We must act now                                    | TRIMMED
            We must act now, before the water rises further | We must act before the water rises                 | TRIMMED
            We must act now, before the water rises further | We must act now, before the water rises further, the minister warned | EXTENDED
            We must act now, before the water rises further | We must move now, before the water rises further   | ALTERED
            We must act now, before the water rises further | We must act now, before the water climbs higher    | ALTERED
            We must act now, before the water rises further | act now, before the water rises further, and close all the roads to town | ALTERED
            We must act now, before the water rises further | Action is needed at once as the floods keep growing | PARAPHRASE
            """)
    void verdict(String reference, String member, Verdict expected) {
        assertThat(Verdicts.standard().verdict(QuoteWords.of(reference), QuoteWords.of(member))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Spreading    | spread
            spreads      | spread
            casualties   | casualty
            decided      | decid
            process      | process
            """)
    void lightStem(String word, String stem) {
        assertThat(QuoteLexicon.stem(word.toLowerCase())).isEqualTo(stem);
    }
}
