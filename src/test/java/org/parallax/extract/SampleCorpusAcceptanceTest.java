package org.parallax.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.DateSource;
import org.parallax.model.TimeMention;

/**
 * The values issue 3 lists for the bundled sample corpus. Articles are built from the raw files with a simple
 * join (lines of a paragraph joined by a space, blank lines kept as paragraph breaks) until the loader's
 * cleaning lands.
 */
class SampleCorpusAcceptanceTest {

    private static Corpus extracted;

    @BeforeAll
    static void extract() throws IOException {
        Path dir = Path.of("resources/corpus");
        List<Article> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String name = f.getFileName().toString();
                String id = name.substring(0, 3);
                LocalDate published = id.equals("003") ? LocalDate.of(2017, 11, 21) : LocalDate.of(2015, 10, 21);
                String raw = Files.readString(f, StandardCharsets.UTF_8);
                String text = Arrays.stream(raw.split("\\n\\s*\\n")).map(p -> p.strip().replaceAll("\\s*\\n\\s*", " "))
                        .filter(p -> !p.isEmpty()).collect(Collectors.joining(Article.PARAGRAPH_BREAK));
                articles.add(new Article(id, name, null, null, published, DateSource.MANIFEST, null, text, null));
            }
        }
        assertThat(articles).hasSize(5);
        extracted = Extraction.standard().extract(Corpus.of(articles));
    }

    private static List<TimeMention> of(String id) {
        return extracted.timexes().stream().filter(m -> m.span().articleId().equals(id)).toList();
    }

    /** The values of mentions of {@code id} whose text ends with {@code words} (so "on Friday" finds "Friday"). */
    private static List<String> values(String id, String words) {
        return of(id).stream().filter(m -> words.endsWith(m.text()) || m.text().endsWith(words))
                .map(TimeMention::value).toList();
    }

    @Test
    void article000() {
        assertThat(values("000", "Tuesday")).contains("2015-10-20");
        assertThat(values("000", "Wednesday")).contains("2015-10-21");
        assertThat(values("000", "Sep. 30")).containsExactly("2015-09-30");
        assertThat(values("000", "since 2011")).containsExactly("2011");
        assertThat(values("000", "on Friday")).containsExactly("2015-10-23");
    }

    @Test
    void article001() {
        assertThat(values("001", "three weeks ago")).singleElement()
                .satisfies(v -> assertThat(v).isIn("2015-W40", "2015-09-28", "2015-09-29", "2015-09-30",
                        "2015-10-01", "2015-10-02", "2015-10-03", "2015-10-04"));
        assertThat(values("001", "last month")).containsExactly("2015-09");
        assertThat(values("001", "on Thursday")).containsExactly("2015-10-22");
    }

    @Test
    void article002() {
        assertThat(values("002", "Tuesday evening")).isNotEmpty()
                .allSatisfy(v -> assertThat(v).isIn("2015-10-20", "2015-10-20TEV"));
        assertThat(values("002", "September 30")).containsExactly("2015-09-30");
    }

    @Test
    void article003() {
        assertThat(values("003", "November 20")).containsExactly("2017-11-20");
        assertThat(values("003", "Tuesday")).containsExactly("2017-11-21");
        assertThat(values("003", "In 2015")).containsExactly("2015");
        assertThat(values("003", "18 November")).containsExactly("2017-11-18");
        assertThat(values("003", "early December")).containsExactly("2017-12");
    }

    @Test
    void article004() {
        assertThat(values("004", "Sept. 30")).containsExactly("2015-09-30");
        assertThat(values("004", "Wednesday morning")).singleElement()
                .satisfies(v -> assertThat(v).isIn("2015-10-21", "2015-10-21TMO"));
        assertThat(values("004", "the 1980s")).containsExactly("198");
    }

    @Test
    void everyMentionIsTheTextItPointsAt() {
        for (TimeMention m : extracted.timexes()) {
            Article a = extracted.article(m.span().articleId()).orElseThrow();
            assertThat(a.textOf(m.span())).isEqualTo(m.text());
        }
    }
}
