package org.parallax.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parallax.load.CorpusLoader;
import org.parallax.load.LoadProgress;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.text.Sentence;
import org.parallax.text.SentenceSplitter;
import org.parallax.text.TextAnalyser;

/** Ranges packed as pairs read back as the list of {@code int[2]}s they were made of. */
class RangesTest {

    private static void assertSameRanges(Ranges packed, List<int[]> ranges) {
        assertThat(packed.size()).isEqualTo(ranges.size());
        for (int n = 0; n < ranges.size(); n++) {
            assertThat(packed.from(n)).isEqualTo(ranges.get(n)[0]);
            assertThat(packed.to(n)).isEqualTo(ranges.get(n)[1]);
            assertThat(packed.get(n)).containsExactly(ranges.get(n));
        }
    }

    @Test
    void randomRangesReadBackInTheirOrder() {
        Random random = new Random(83);
        for (int k = 0; k < 500; k++) {
            List<int[]> ranges = new ArrayList<>();
            int at = random.nextInt(5);
            for (int n = random.nextInt(40); n > 0; n--) {
                int from = at + random.nextInt(3);
                int to = from + random.nextInt(50);
                ranges.add(new int[] {from, to});
                at = to;
            }
            assertSameRanges(Ranges.of(ranges), ranges);
        }
    }

    @Test
    void anArticlesSentencesAreItsSentencesTokenRanges() {
        Corpus corpus = new CorpusLoader().loadFolder(Path.of("resources/corpus"), LoadProgress.NONE).corpus();
        SentenceSplitter marks = SentenceSplitter.punctuation(SentenceSplitter.Option.MARKS_AS_WRITTEN);
        for (Article a : corpus.articles()) {
            ArticleText at = new ArticleText(a, TextAnalyser.shared().analyse(a.text()));
            int[] starts = new int[at.tokens.size()];
            for (int k = 0; k < starts.length; k++) {
                starts[k] = at.tokens.start(k);
            }
            // the old text's sentences: the analysis's, joined where one ends inside quoted words, as token ranges
            boolean[] quoted = new boolean[a.text().length()];
            for (QuotedRun run : at.runs) {
                for (QuotedRun.Piece piece : run.pieces()) {
                    for (int i = piece.rawStart(); i < piece.rawEnd(); i++) {
                        quoted[i] = true;
                    }
                }
            }
            List<Sentence> joined = Sentence.joined(TextAnalyser.shared().analyse(a.text()).sentences(marks),
                    (before, next) -> quoted[before.end() - 1]);
            assertSameRanges(at.sentences, Sentence.tokenRanges(joined, starts));
        }
    }
}
