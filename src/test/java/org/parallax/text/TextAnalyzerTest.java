package org.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextAnalyzerTest {

    private final TextAnalyzer analyzer = TextAnalyzer.shared();

    @Test
    void analysesATextOnceByBothRules() {
        String text = "It rose to $3 bn. 5 firms left.\n\nApple Inc. CEO Tim Cook spoke.";
        AnalyzedText a = analyzer.analyze(text);

        assertThat(a.text()).isSameAs(text);
        assertThat(a.sentences()).isEqualTo(SentenceSplitter.of(SentenceSplitter.Rule.MODEL).split(text));
        assertThat(a.punctuationSentences()).extracting(a::textOf)
                .containsExactly("It rose to $3 bn.", "5 firms left.", "Apple Inc. CEO Tim Cook spoke.");
    }

    @Test
    void findsTheSentenceAtAnOffset() {
        String text = "  Talks began on Tuesday.\n\n\nThe U.S. said: \"We will see.\"  ";
        AnalyzedText a = analyzer.analyze(text);

        assertThat(a.sentences()).hasSize(2);
        assertThat(a.sentenceAt(text.indexOf("Tuesday"))).isSameAs(a.sentences().get(0));
        assertThat(a.sentenceAt(text.indexOf("\n"))).isNull();
    }

    @Test
    void joinsPunctuationSentencesOnlyWithinAParagraph() {
        String text = "Rates rose 2 . 7 percent. Then fell.\n\n3 days later nothing.";
        AnalyzedText a = analyzer.analyze(text);

        List<Sentence> joined = a.punctuationSentencesJoined((prev, next) -> Character.isDigit(text.charAt(next.start())));

        assertThat(joined).extracting(a::textOf)
                .containsExactly("Rates rose 2 . 7 percent.", "Then fell.", "3 days later nothing.");
        assertThat(joined).extracting(Sentence::index).containsExactly(0, 1, 2);
        assertThat(joined).extracting(Sentence::paragraph).containsExactly(0, 0, 1);
    }
}
