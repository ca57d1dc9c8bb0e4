package org.parallax.compare.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentencesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The plant closed on Sept. 30. Workers protested.|2",
        "Mr. Smith met the U.S. envoy in Oslo. Talks ended.|2",
        "He said: “We are ready.” Then he left.|2",
        "John F. Kennedy visited Berlin in 1963.|1",
        "First paragraph without a stop\\n\\nSecond paragraph.|2",
        "Shares fell 2.5 percent. Analysts were surprised!|2"})
    void splits(String text, int count) {
        List<int[]> s = Sentences.split(text.replace("\\n", "\n"));
        assertThat(s).hasSize(count);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"met|meet", "talks|meet", "airstrikes|strike", "flew|visit", "killed|kill",
        "earthquakes|quake", "announced|announce", "civilians|civilian", "studies|study", "stopped|stop"})
    void lemmas(String word, String lemma) {
        assertThat(Words.lemma(word)).isEqualTo(lemma);
    }
}
