package org.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextAnalyserTest {

    private final TextAnalyser analyser = TextAnalyser.shared();

    @Test
    void analysesATextByTheModelAndByOtherRulesOnDemandOnce() {
        String text = "It rose to $3 bn. 5 firms left.\n\nApple Inc. CEO Tim Cook spoke.";
        AnalysedText a = analyser.analyse(text);
        SentenceSplitter punctuation = SentenceSplitter.punctuation();

        assertThat(a.text()).isSameAs(text);
        assertThat(a.sentences()).isEqualTo(SentenceSplitter.model().split(text));
        assertThat(a.sentences(punctuation)).extracting(a::textOf)
                .containsExactly("It rose to $3 bn.", "5 firms left.", "Apple Inc. CEO Tim Cook spoke.");
        assertThat(a.sentences(SentenceSplitter.punctuation())).isSameAs(a.sentences(punctuation));
    }

    @Test
    void findsTheSentenceAtAnOffset() {
        String text = "  Talks began on Tuesday.\n\n\nThe U.S. said: \"We will see.\"  ";
        AnalysedText a = analyser.analyse(text);

        assertThat(a.sentences()).hasSize(2);
        assertThat(a.sentenceAt(text.indexOf("Tuesday"))).isSameAs(a.sentences().get(0));
        assertThat(a.sentenceAt(text.indexOf("\n"))).isNull();
    }

    @Test
    void joinsSentencesOnlyWithinAParagraphAndNumbersThemAgain() {
        String text = "“We left. Then we ate,” he said. It rained.\n\nNext day.";
        List<Sentence> split = SentenceSplitter.punctuation().split(text);

        List<Sentence> joined = Sentence.joined(split, (before, next) -> before.end() < text.indexOf('”'));

        assertThat(joined).extracting(s -> s.text(text))
                .containsExactly("“We left. Then we ate,” he said.", "It rained.", "Next day.");
        assertThat(joined).extracting(Sentence::index).containsExactly(0, 1, 2);
        assertThat(Sentence.joined(split, (before, next) -> true)).extracting(Sentence::paragraph)
                .containsExactly(0, 1);
    }

    @Test
    void mapsSentencesOntoAnExtractorsOwnTokens() {
        String text = "A b. C d.";
        int[] starts = {0, 2, 3, 5, 7, 8};

        assertThat(Sentence.tokenRanges(SentenceSplitter.punctuation().split(text), starts))
                .containsExactly(new int[] {0, 3}, new int[] {3, 6});
    }

    @Test
    void findsTheFirstTokenOfEachSentenceFromTheFirstStartsOfAnArray() {
        // the tokens of "A b. C d." in an array with room to spare (a scanner's own), and a token after the last sentence
        String text = "A b. C d. ";
        int[] starts = {0, 2, 3, 5, 7, 8, 9, -1, -1};
        List<Sentence> split = SentenceSplitter.punctuation().split(text);
        int[] first = new int[split.size() + 1];

        int count = Sentence.tokenStarts(split, starts, 7, first);

        assertThat(count).isEqualTo(3);
        assertThat(java.util.Arrays.copyOf(first, count)).containsExactly(0, 3, 6);
        assertThat(Sentence.tokenRanges(split, java.util.Arrays.copyOf(starts, 7)))
                .containsExactly(new int[] {0, 3}, new int[] {3, 6}, new int[] {6, 7});
        assertThat(Sentence.tokenStarts(split, starts, 0, first)).isZero();
    }
}
