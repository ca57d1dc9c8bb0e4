package org.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.parallax.text.SentenceSplitter.Option;

class SentenceSplitterTest {

    private static final SentenceSplitter MODEL = SentenceSplitter.model();
    private static final SentenceSplitter PUNCTUATION = SentenceSplitter.punctuation();

    static List<SentenceSplitter> everyRule() {
        return List.of(MODEL, PUNCTUATION, SentenceSplitter.punctuation(Option.values()));
    }

    private static List<String> sentences(SentenceSplitter splitter, String text) {
        return splitter.split(text).stream().map(s -> s.text(text)).toList();
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
        for (SentenceSplitter splitter : everyRule()) {
            assertThat(sentences(splitter, sentence + " It rained.")).containsExactly(sentence, "It rained.");
        }
    }

    @Test
    void theModelEndsASentenceAfterAWeakAbbreviationBeforeACapital() {
        assertThat(sentences(MODEL, "They sell tools, paint, etc. The shop opens at 9 a.m. daily."))
                .containsExactly("They sell tools, paint, etc.", "The shop opens at 9 a.m. daily.");
    }

    @Test
    void punctuationAloneKeepsEveryAbbreviationTogether() {
        assertThat(sentences(PUNCTUATION, "He ran Apple Inc. CEO Tim Cook said so. It was 9 a.m. Sunday."))
                .containsExactly("He ran Apple Inc. CEO Tim Cook said so.", "It was 9 a.m. Sunday.");
        assertThat(sentences(PUNCTUATION, "Oppal instructed B.C. prosecutors. One more thing... Then it ended."))
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
        assertThat(sentences(PUNCTUATION, text.replace("\\n", "\n"))).hasSize(count);
    }

    @ParameterizedTest
    @MethodSource("everyRule")
    void aParagraphBreakAlwaysEndsASentence(SentenceSplitter splitter) {
        String text = "  A headline without a stop\n\n\nThe body starts here. It goes on  ";
        List<Sentence> s = splitter.split(text);

        assertThat(s).extracting(x -> x.text(text))
                .containsExactly("A headline without a stop", "The body starts here.", "It goes on");
        assertThat(s).extracting(Sentence::paragraph).containsExactly(0, 1, 1);
        assertThat(s).extracting(Sentence::index).containsExactly(0, 1, 2);
        assertThat(s.get(0).start()).isEqualTo(2);
    }

    @ParameterizedTest
    @MethodSource("everyRule")
    void emptyAndBlankTextsHaveNoSentences(SentenceSplitter splitter) {
        assertThat(splitter.split("")).isEmpty();
        assertThat(splitter.split(" \n\n \n")).isEmpty();
    }

    @Test
    void figuresEndSentencesAtLineBreaksAndNeverBeforeANumber() {
        SentenceSplitter figures = SentenceSplitter.punctuation(Option.LINE_BREAKS_END, Option.NUMBERS_CONTINUE);
        String text = "Dow Jones falls below 9,000\nOctober 9 , 2008\nRates rose 2 . 7 percent. 5 firms left.";

        assertThat(sentences(figures, text))
                .containsExactly("Dow Jones falls below 9,000", "October 9 , 2008",
                        "Rates rose 2 . 7 percent. 5 firms left.");
        assertThat(sentences(PUNCTUATION, text)).hasSize(3);
    }

    @Test
    void marksAsWrittenLetAStrayMarkCloseASentenceAndAnEllipsisEndOne() {
        SentenceSplitter quotes = SentenceSplitter.punctuation(Option.MARKS_AS_WRITTEN);
        String turned = "we will make a show of number 12.\n” I can't wait! “\nHe left.";

        assertThat(sentences(quotes, turned))
                .containsExactly("we will make a show of number 12.", "”", "I can't wait!", "“", "He left.");
        assertThat(sentences(PUNCTUATION, turned))
                .containsExactly("we will make a show of number 12.\n” I can't wait!", "“\nHe left.");
        assertThat(sentences(quotes, "Europe” ... “In addition, it is cheap.”"))
                .containsExactly("Europe” ...", "“In addition, it is cheap.”");
        assertThat(sentences(PUNCTUATION, "Europe” ... “In addition, it is cheap.”")).hasSize(1);
    }

    @Test
    void paragraphBreaksAreWhereTheBlankLinePatternFindsThem() {
        java.util.regex.Pattern blankLine = java.util.regex.Pattern.compile("\\n[ \\t\\r\\u00A0]*\\n");
        java.util.Random random = new java.util.Random(20);
        String chars = "\n\n \t\r\u00A0a.";
        for (int n = 0; n < 2000; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                b.append(chars.charAt(random.nextInt(chars.length())));
            }
            String text = b.toString();
            int from = random.nextInt(text.length() + 1);
            java.util.regex.Matcher m = blankLine.matcher(text);
            int[] expected = m.find(from) ? new int[] {m.start(), m.end()} : null;
            assertThat(SentenceSplitter.paragraphBreak(text.toCharArray(), from)).as("%s from %d", text, from).isEqualTo(expected);
        }
        assertThat(SentenceSplitter.paragraphBreak("One.\n \u00A0\nTwo.".toCharArray(), 0)).containsExactly(4, 8);
    }
}
