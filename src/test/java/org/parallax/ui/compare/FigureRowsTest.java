package org.parallax.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parallax.compare.figure.FigureComparison;
import org.parallax.compare.figure.FigureGroup;
import org.parallax.model.Article;
import org.parallax.model.Claim;
import org.parallax.model.Corpus;
import org.parallax.model.Event;
import org.parallax.model.Qualifier;
import org.parallax.model.Span;
import org.parallax.ui.common.ArticleLabels;
import org.parallax.testing.SampleCorpus;
import org.parallax.text.SentenceBounds;

/**
 * The figures table's rows read from the figures compared once per corpus are the rows it made by comparing the whole
 * corpus again for each event (kept here as the reference), for every event and for none, on seeded corpora.
 */
class FigureRowsTest {

    private static final String[] UNITS = {"homes", "people", "cars"};
    private static final Qualifier[] QUALIFIERS = {Qualifier.NONE, Qualifier.AT_LEAST, Qualifier.APPROXIMATELY};

    /** What {@code FigureRow.of} was: the corpus compared, then one event's rows picked. */
    private static List<FigureRow> reference(Corpus corpus, Event event) {
        Map<String, Article> articles = corpus.articlesById();
        List<FigureGroup> groups = new ArrayList<>(FigureComparison.compare(corpus));
        groups.sort(Comparator.comparing((FigureGroup g) -> !g.disagreement()).thenComparing(FigureGroup::subject));
        List<FigureRow> out = new ArrayList<>();
        Set<String> grouped = new HashSet<>();
        int index = 0;
        for (FigureGroup g : groups) {
            if (event != null && g.members().stream().noneMatch(c -> within(c, event))) {
                continue;
            }
            for (Claim c : g.members()) {
                Article a = articles.get(c.articleId());
                out.add(new FigureRow(g.subject(), c, a == null ? null : a.outlet(), a == null ? null : a.published(),
                        index, g.disagreement(), g.why(), sentence(c, a), a == null ? null : ArticleLabels.source(a)));
                grouped.add(c.id());
            }
            index++;
        }
        corpus.claims().stream().filter(c -> !grouped.contains(c.id()) && (event == null || within(c, event)))
                .sorted(Comparator.comparing(Claim::span)).forEach(c -> {
                    Article a = articles.get(c.articleId());
                    out.add(new FigureRow(c.subject().isEmpty() ? c.unit() : c.subject(), c,
                            a == null ? null : a.outlet(), a == null ? null : a.published(), -1, false, "",
                            sentence(c, a), a == null ? null : ArticleLabels.source(a)));
                });
        return out;
    }

    private static String sentence(Claim c, Article a) {
        if (a == null || c.span().end() > a.text().length()) {
            return c.text();
        }
        return SentenceBounds.around(a.text(), c.span().start(), c.span().end()).text(a.text());
    }

    private static boolean within(Claim c, Event event) {
        return event.mentions().stream().anyMatch(m -> m.overlaps(c.span()));
    }

    @Test
    void everyEventsRowsAreTheRowsOfTheWholeComparison() {
        int grouped = 0;
        int disagreeing = 0;
        for (int seed = 0; seed < 25; seed++) {
            Random random = new Random(seed);
            Corpus corpus = generated(random);
            FigureRows rows = FigureRows.of(corpus);
            assertThat(rows.rows(null)).as("seed %d, every figure", seed).isEqualTo(reference(corpus, null));
            grouped += (int) rows.rows(null).stream().filter(r -> !r.single()).count();
            disagreeing += (int) rows.rows(null).stream().filter(FigureRow::disagreement).count();
            for (Event e : corpus.events()) {
                assertThat(rows.rows(e)).as("seed %d, %s", seed, e.id()).isEqualTo(reference(corpus, e));
            }
        }
        assertThat(grouped).as("figures several outlets give").isPositive();
        assertThat(disagreeing).as("and some that disagree").isPositive();
    }

    /** Articles of a few outlets stating counts of a few things, some the same, events over some of their sentences. */
    private static Corpus generated(Random random) {
        CorpusBuilder b = new CorpusBuilder();
        int n = 4 + random.nextInt(10);
        List<String[]> sentences = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String[] said = new String[1 + random.nextInt(3)];
            for (int s = 0; s < said.length; s++) {
                said[s] = "Officials said " + (100 + 10 * random.nextInt(4)) + " " + UNITS[random.nextInt(UNITS.length)]
                        + " were hit in place " + s + ".";
            }
            sentences.add(said);
            b.article("a" + i, "Outlet " + random.nextInt(4), random.nextInt(5) == 0 ? null : "2020-01-0" + (1 + i % 9),
                    said);
        }
        for (int i = 0; i < n; i++) {
            for (String s : sentences.get(i)) {
                String figure = s.substring("Officials said ".length(), s.indexOf(" were"));
                String[] parts = figure.split(" ");
                b.claim("a" + i, figure, Long.parseLong(parts[0]), QUALIFIERS[random.nextInt(QUALIFIERS.length)],
                        parts[1]);
            }
        }
        for (int e = 0; e < 6; e++) {
            List<Span> mentions = new ArrayList<>();
            for (int m = 1 + random.nextInt(4); m > 0; m--) {
                int i = random.nextInt(n);
                String[] said = sentences.get(i);
                mentions.add(b.span("a" + i, said[random.nextInt(said.length)]));
            }
            b.event("e" + e, "Event " + e, "2020-01-01", mentions.toArray(Span[]::new));
        }
        return b.build();
    }

    @Test
    void theRowsHandedOutCannotBeChanged() {
        FigureRows rows = FigureRows.of(SampleCorpus.get());
        assertThatThrownBy(() -> rows.rows(null).clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(rows.rows(null)).isNotEmpty();
    }
}
