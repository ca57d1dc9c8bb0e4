package org.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.parallax.text.SentenceSplitter.Rule;

class SentenceSplitterTest {

    private static List<String> sentences(Rule rule, String text) {
        return SentenceSplitter.of(rule).split(text).stream().map(s -> s.text(text)).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Since Sep. 30, prices have doubled in the region.",
        "Since Sept. 30, prices have doubled in the region.",
        "The deadline moved to Oct. 15 after the appeal.",
        "The U.S. embassy said Mr. Smith had left.",
        "Gov. Brown met Dr. Patel and Prof. Jones at noon.",
        "A portrait of John F. Kennedy hangs in the hall.",
        "Lt. Col. Ana Ruiz and Sen. Lee arrived late."})
    void abbreviationsDoNotEndASentenceByEitherRule(String sentence) {
        for (Rule rule : Rule.values()) {
            assertThat(sentences(rule, sentence + " It rained.")).as(rule.name()).containsExactly(sentence, "It rained.");
        }
    }

    @Test
    void theModelEndsASentenceAfterAWeakAbbreviationBeforeACapital() {
        assertThat(sentences(Rule.MODEL, "They sell tools, paint, etc. The shop opens at 9 a.m. daily."))
                .containsExactly("They sell tools, paint, etc.", "The shop opens at 9 a.m. daily.");
    }

    @Test
    void punctuationAloneKeepsEveryAbbreviationTogether() {
        assertThat(sentences(Rule.PUNCTUATION, "He ran Apple Inc. CEO Tim Cook said so. It was 9 a.m. Sunday."))
                .containsExactly("He ran Apple Inc. CEO Tim Cook said so.", "It was 9 a.m. Sunday.");
        assertThat(sentences(Rule.PUNCTUATION, "Oppal instructed B.C. prosecutors. One more thing... Then it ended."))
                .containsExactly("Oppal instructed B.C. prosecutors.", "One more thing... Then it ended.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The plant closed on Sept. 30. Workers protested.|2",
        "Mr. Smith met the U.S. envoy in Oslo. Talks ended.|2",
        "He said: “We are ready.” Then he left.|2",
        "John F. Kennedy visited Berlin in 1963.|1",
        "First paragraph without a stop\\n\\nSecond paragraph.|2",
        "Shares fell 2.5 percent. Analysts were surprised!|2",
        "Prices rose. 2015 was a bad year. (It was.) Nobody saw it? “No.”|5",
        "The vote was close. most had left.|1"})
    void punctuationEndsBeforeACapitalADigitOrAnOpeningMark(String text, int count) {
        assertThat(sentences(Rule.PUNCTUATION, text.replace("\\n", "\n"))).hasSize(count);
    }

    @ParameterizedTest
    @EnumSource(Rule.class)
    void aParagraphBreakAlwaysEndsASentence(Rule rule) {
        String text = "  A headline without a stop\n\n\nThe body starts here. It goes on  ";
        List<Sentence> s = SentenceSplitter.of(rule).split(text);

        assertThat(s).extracting(x -> x.text(text))
                .containsExactly("A headline without a stop", "The body starts here.", "It goes on");
        assertThat(s).extracting(Sentence::paragraph).containsExactly(0, 1, 1);
        assertThat(s).extracting(Sentence::index).containsExactly(0, 1, 2);
        assertThat(s.get(0).start()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(Rule.class)
    void emptyAndBlankTextsHaveNoSentences(Rule rule) {
        assertThat(SentenceSplitter.of(rule).split("")).isEmpty();
        assertThat(SentenceSplitter.of(rule).split(" \n\n \n")).isEmpty();
    }
}
