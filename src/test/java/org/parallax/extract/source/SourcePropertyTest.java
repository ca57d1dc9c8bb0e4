package org.parallax.extract.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.DateSource;
import org.parallax.model.Outlet;

/**
 * Seeded random articles built from pieces of datelines, publication lines, addresses, self-references and
 * plain words: inference never throws, never changes what the manifest set, keeps every other field, dates only
 * with a source, and never dates an article with a day its words do not contain (so never "today").
 */
class SourcePropertyTest {

    private static final String[] PIECES = {
        "MOSCOW,", "Oct", "Oct.", "21", "2015", "(Reuters)", "(AP)", "-", "—", "Published:", "Updated", "Posted on",
        "October", "21,", "2015-10-21", "21.10.2015", "10/21/2015", "feedback@ibtimes.com.au", "me@gmail.com",
        "https://sputniknews.com/x/20151021/1.html", "www.example-news.net/2015/10/21/a", "Contact", "us", "at",
        "Follow", "Rise", "News", "on", "Twitter", "just", "launched", "©", "All", "rights", "reserved.", "told",
        "Reuters", "according", "to", "the", "BBC", "Get short URL", "the", "harbour", "reopened", "said", ".",
        "Wednesday,", "10:32", "GMT", "|", "(", ")", "\"", "Feb", "30,", "99", "0000-00-00", "@", "http://", "://",
    };

    @Test
    void randomArticlesKeepTheContract() {
        SourceInference inference = new SourceInference();
        Random random = new Random(20171120L);
        for (int round = 0; round < 300; round++) {
            List<Article> articles = new ArrayList<>();
            int count = 1 + random.nextInt(4);
            for (int k = 0; k < count; k++) {
                boolean manifest = random.nextInt(3) == 0;
                articles.add(new Article("a" + k, "a" + k + ".txt",
                        manifest && random.nextBoolean() ? Outlet.of("Manifest Outlet") : Outlet.UNKNOWN, "",
                        manifest ? LocalDate.of(2015, 10, 20) : null,
                        manifest ? DateSource.MANIFEST : DateSource.UNKNOWN,
                        random.nextInt(5) == 0 ? "https://www.reuters.com/2015/10/" + random.nextInt(40) + "/x" : "",
                        text(random, 1 + random.nextInt(6)), List.of(text(random, 1), text(random, 1))));
            }
            Corpus corpus = Corpus.of(articles);

            List<Article> out = inference.infer(corpus).articles();

            assertThat(out).hasSize(articles.size());
            for (int k = 0; k < out.size(); k++) {
                Article before = articles.get(k);
                Article after = out.get(k);
                assertThat(after.text()).isEqualTo(before.text());
                assertThat(after.id()).isEqualTo(before.id());
                assertThat(after.removedLines()).isEqualTo(before.removedLines());
                assertThat(after.url()).isEqualTo(before.url());
                if (before.outlet().isKnown()) {
                    assertThat(after.outlet()).isEqualTo(before.outlet());
                }
                if (before.publishedFrom() == DateSource.MANIFEST) {
                    assertThat(after.published()).isEqualTo(before.published());
                    assertThat(after.publishedFrom()).isEqualTo(DateSource.MANIFEST);
                }
                assertThat(after.published() == null).isEqualTo(after.publishedFrom() == DateSource.UNKNOWN);
                if (after.isDated()) {
                    assertThat(after.published()).isNotEqualTo(LocalDate.now());
                    assertThat(after.published().getYear()).isBetween(2014, 2016);
                }
            }
        }
    }

    private static String text(Random random, int paragraphs) {
        StringBuilder b = new StringBuilder();
        for (int p = 0; p < paragraphs; p++) {
            if (p > 0) {
                b.append(Article.PARAGRAPH_BREAK);
            }
            int words = 1 + random.nextInt(25);
            for (int w = 0; w < words; w++) {
                b.append(w == 0 ? "" : random.nextInt(12) == 0 ? "\n" : " ");
                b.append(PIECES[random.nextInt(PIECES.length)]);
            }
        }
        return b.toString().strip();
    }
}
