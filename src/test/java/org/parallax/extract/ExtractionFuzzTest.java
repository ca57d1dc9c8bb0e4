package org.parallax.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parallax.extract.source.SourceInference;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.DateSource;
import org.parallax.model.Span;
import org.parallax.testing.QuietJazzer;
import org.parallax.testing.SeededMutations;

/**
 * Extraction of one article of any text: it never throws, and every timex, quote and figure it finds is a span of
 * that text whose words are the text's own. Seeds and crashes in {@code ExtractionFuzzTestInputs/oneArticle/}; see
 * {@code src/docs/fuzzing.md}.
 */
class ExtractionFuzzTest {

    @BeforeAll
    static void quietInstrumentation() {
        QuietJazzer.install();
    }

    private static final Path INPUTS = Path.of("src/test/resources/org/parallax/extract/ExtractionFuzzTestInputs");
    private static final Extraction EXTRACTION = Extraction.standard();
    private static final SourceInference SOURCES = new SourceInference();

    @FuzzTest(maxDuration = "120s")
    void oneArticle(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        Article article = new Article("a", "a.txt", null, "", bytes.length % 2 == 0 ? LocalDate.of(2015, 10, 21) : null,
                bytes.length % 2 == 0 ? DateSource.MANIFEST : DateSource.UNKNOWN, "", text, List.of());
        Corpus done = EXTRACTION.extract(SOURCES.infer(Corpus.of(List.of(article))));
        String read = done.articles().get(0).text();
        done.timexes().forEach(t -> within(read, t.span(), t.text()));
        done.quotes().forEach(q -> within(read, q.span(), null));
        done.claims().forEach(c -> within(read, c.span(), null));
    }

    @Test
    void oneArticleMutants() {
        SeededMutations.run(SeededMutations.seeds(INPUTS.resolve("oneArticle")), 150, this::oneArticle);
    }

    private static void within(String text, Span span, String words) {
        assertThat(span.start()).isBetween(0, span.end());
        assertThat(span.end()).isLessThanOrEqualTo(text.length());
        if (words != null) {
            assertThat(text.substring(span.start(), span.end())).isEqualTo(words);
        }
    }
}
