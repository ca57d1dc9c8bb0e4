package org.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import opennlp.tools.sentdetect.SentenceDetectorFactory;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringUtil;
import org.junit.jupiter.api.Test;
import org.parallax.load.CorpusLoader;
import org.parallax.load.LoadProgress;
import org.parallax.model.Article;

/** The sentence model's breaks are OpenNLP's detector's, span for span, on real and on made-up paragraphs. */
class SentenceBreaksTest {

    private static final SentenceModel MODEL = OpenNlpModels.sentences();
    private static final SentenceBreaks BREAKS = new SentenceBreaks(MODEL);

    /** OpenNLP's spans, flattened as {@link SentenceBreaks#spans} gives them. */
    private static int[] openNlp(SentenceDetectorME detector, String text) {
        Span[] spans = detector.sentPosDetect(text);
        return Arrays.stream(spans).flatMapToInt(s -> Arrays.stream(new int[] {s.getStart(), s.getEnd()})).toArray();
    }

    @Test
    void breaksEveryParagraphOfTheSampleAsOpenNlp() {
        SentenceDetectorME detector = new SentenceDetectorME(MODEL);
        int paragraphs = 0;
        for (Article a : new CorpusLoader().loadBundled(LoadProgress.NONE).corpus().articles()) {
            for (String paragraph : a.text().split("\n\\s*\n")) {
                assertThat(BREAKS.spans(paragraph)).as(paragraph).containsExactly(openNlp(detector, paragraph));
                paragraphs++;
            }
        }
        assertThat(paragraphs).isGreaterThan(50);
    }

    /**
     * Paragraphs of the sample's words and of pieces that test each feature: marks inside tokens ("U.S.", "3.5"),
     * runs of marks, marks at the start and the end, capitals, quotes and brackets after a mark, white space of every
     * kind (the no-break space is OpenNLP's white space, not Java's), control chars {@code String.trim} removes,
     * prefixes longer than the length features the model knows.
     */
    @Test
    void breaksRandomParagraphsAsOpenNlp() {
        SentenceDetectorME detector = new SentenceDetectorME(MODEL);
        List<String> words = new ArrayList<>();
        for (Article a : new CorpusLoader().loadBundled(LoadProgress.NONE).corpus().articles()) {
            words.addAll(List.of(a.text().split("\\s+")));
        }
        String[] pieces = {".", "!", "?", "...", "?!", "U.S.", "Mr.", "3.5", "p.m.", "\"", "”", "(", ")", "A.", "e.g.",
            "Putin", "the", "said", "2015", "a".repeat(70) + ".", "\u0001", "\t", "\n", "\u00a0", "\u2009", " ", "  ",
            "İ", "σ.", "😀."};
        Random random = new Random(65);
        for (int round = 0; round < 3000; round++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(40); k >= 0; k--) {
                b.append(random.nextInt(3) == 0 ? pieces[random.nextInt(pieces.length)]
                        : words.get(random.nextInt(words.size())));
                if (random.nextInt(3) > 0) {
                    b.append(random.nextInt(8) == 0 ? pieces[20 + random.nextInt(7)] : " ");
                }
            }
            String text = b.toString();
            assertThat(BREAKS.spans(text)).as(text).containsExactly(openNlp(detector, text));
        }
    }

    @Test
    void emptyAndBlankParagraphsHaveNoSentence() {
        assertThat(BREAKS.spans("")).isEmpty();
        assertThat(BREAKS.spans(" \u00a0\t")).isEmpty();
        assertThat(BREAKS.spans("  No mark here  ")).containsExactly(2, 14);
    }

    @Test
    void anotherKindOfModelIsRefused() {
        SentenceModel other = new SentenceModel("en", MODEL.getMaxentModel(), Map.of(),
                new SentenceDetectorFactory("en", false, null, new char[] {'.', ';'}));
        assertThatThrownBy(() -> new SentenceBreaks(other)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not the bundled kind");
    }

    @Test
    void whiteSpaceIsOpenNlpsAtEveryChar() {
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            assertThat(SentenceBreaks.isSpace((char) c)).as("U+%04X", c).isEqualTo(StringUtil.isWhitespace((char) c));
        }
    }
}
