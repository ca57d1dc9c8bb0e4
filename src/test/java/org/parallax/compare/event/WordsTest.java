package org.parallax.compare.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
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
}
