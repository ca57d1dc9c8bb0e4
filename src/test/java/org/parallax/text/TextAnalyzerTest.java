package org.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextAnalyzerTest {

    private final TextAnalyzer analyzer = TextAnalyzer.shared();

    private List<String> sentences(String text) {
        AnalyzedText a = analyzer.analyze(text);
        return a.sentences().stream().map(a::textOf).toList();
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
    void abbreviationsDoNotEndASentence(String sentence) {
        assertThat(sentences(sentence + " It rained.")).containsExactly(sentence, "It rained.");
    }

    @Test
    void weakAbbreviationsEndASentenceBeforeACapital() {
        assertThat(sentences("They sell tools, paint, etc. The shop opens at 9 a.m. daily."))
                .containsExactly("They sell tools, paint, etc.", "The shop opens at 9 a.m. daily.");
    }

    @Test
    void aParagraphBreakAlwaysEndsASentence() {
        assertThat(sentences("A headline without a stop\n\nThe body starts here. It goes on"))
                .containsExactly("A headline without a stop", "The body starts here.", "It goes on");
    }

    @Test
    void offsetsIndexTheTextAndTokensLieInsideTheirSentence() {
        String text = "  Talks began on Tuesday.\n\n\nThe U.S. said: \"We will see.\"  ";
        AnalyzedText a = analyzer.analyze(text);
        assertThat(a.sentences()).hasSize(2);
        assertThat(a.sentences().get(0).paragraph()).isZero();
        assertThat(a.sentences().get(1).paragraph()).isEqualTo(1);
        for (Sentence s : a.sentences()) {
            assertThat(s.tokens()).isNotEmpty();
            for (Token t : s.tokens()) {
                assertThat(t.start()).isGreaterThanOrEqualTo(s.start());
                assertThat(t.end()).isLessThanOrEqualTo(s.end());
                assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
            }
        }
        assertThat(a.sentences().get(0).tokens()).extracting(Token::text)
                .containsExactly("Talks", "began", "on", "Tuesday", ".");
        assertThat(a.sentenceAt(text.indexOf("Tuesday"))).isSameAs(a.sentences().get(0));
        assertThat(a.sentenceAt(text.indexOf("\n"))).isNull();
    }

    @Test
    void emptyAndBlankTextsHaveNoSentences() {
        assertThat(analyzer.analyze("").sentences()).isEmpty();
        assertThat(analyzer.analyze(" \n\n \n").sentences()).isEmpty();
    }
}
