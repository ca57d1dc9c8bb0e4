package org.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text kernel on input no news article has: a megabyte without punctuation, a run without white space. */
class LongInputTest {

    private static final Duration HANG = Duration.ofSeconds(20);

    @Test
    void aSentenceWithoutPunctuationIsCutIntoPiecesAtWhiteSpaceLosingNoWord() {
        String text = "the minister said the talks would go on ".repeat(2_000).trim();
        for (SentenceSplitter splitter : SentenceSplitterTest.everyRule()) {
            List<Sentence> sentences = splitter.split(text);
            assertThat(sentences).hasSizeGreaterThan(text.length() / SentenceSplitter.LONGEST);
            assertThat(sentences).allSatisfy(s -> {
                assertThat(s.end() - s.start()).isLessThanOrEqualTo(SentenceSplitter.LONGEST);
                assertThat(Character.isWhitespace(text.charAt(s.start()))).isFalse();
                assertThat(Character.isWhitespace(text.charAt(s.end() - 1))).isFalse();
            });
            String joined = String.join(" ", sentences.stream().map(s -> s.text(text)).toList());
            assertThat(joined).isEqualTo(text);
        }
    }

    @Test
    void aRunWithoutWhiteSpaceLongerThanASentenceIsCutAnyway() {
        String text = "x".repeat(3 * SentenceSplitter.LONGEST + 7);
        List<Sentence> sentences = SentenceSplitter.model().split(text);
        assertThat(sentences).hasSize(4);
        assertThat(sentences.get(3).end()).isEqualTo(text.length());
    }

    @Test
    void stopsInsideALongRunWithoutWhiteSpaceAreNotSentenceEnds() {
        String run = "a.b".repeat(SentenceSplitter.LONGEST_RUN);
        String paragraph = "It rained. " + run + " Then it stopped.";
        String read = SentenceSplitter.withoutStopsInRuns(paragraph);
        assertThat(read).hasSameSizeAs(paragraph).startsWith("It rained. ").endsWith(" Then it stopped.");
        assertThat(read.substring(11, 11 + run.length())).doesNotContain(".");
        assertThat(SentenceSplitter.withoutStopsInRuns("It rained. See example.com.")).isEqualTo("It rained. See example.com.");
    }

    @Test
    void aDottedRunOfAQuarterMegabyteIsSplitInLinearTime() {
        String text = "A" + ".b".repeat(128_000) + " It rained.";
        List<Sentence> sentences = assertTimeoutPreemptively(HANG, () -> SentenceSplitter.model().split(text));
        assertThat(sentences.get(sentences.size() - 1).text(text)).endsWith("It rained.");
    }

    @Test
    void theTaggerTagsARunOfAnyLengthOneTagAWord() {
        String[] words = "the minister said the talks would go on".repeat(1).split(" ");
        String[] run = new String[PartsOfSpeech.WINDOW * 20 + 3];
        for (int i = 0; i < run.length; i++) {
            run[i] = words[i % words.length];
        }
        PartsOfSpeech tagger = new PartsOfSpeech();
        String[] tags = assertTimeoutPreemptively(HANG, () -> tagger.tag(run));
        assertThat(tags).hasSize(run.length).doesNotContainNull();
        String[] alone = tagger.tag(Arrays.copyOfRange(run, 0, words.length));
        assertThat(Arrays.copyOfRange(tags, PartsOfSpeech.WINDOW * 2, PartsOfSpeech.WINDOW * 2 + 3))
                .as("a window's words get the tags their sentence gets").containsExactly(Arrays.copyOfRange(alone, 0, 3));
    }
}
