package org.parallax.compare.happening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.parallax.load.CorpusLoader;
import org.parallax.load.LoadProgress;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.Coverage;
import org.parallax.model.DateSource;
import org.parallax.model.Event;
import org.parallax.model.Happening;
import org.parallax.model.Span;

/** Coverages from made-up articles (none of them from the sample corpus or a gold corpus). */
class CoveragesTest {

    private static final String QUAKE_1 = "A strong earthquake struck near Ferndale in Humboldt County, killing two "
            + "people. The quake damaged the old bridge over the Eel River, the Humboldt sheriff said.";
    private static final String QUAKE_2 = "Two people died when an earthquake hit Ferndale. Residents of Humboldt "
            + "County said the Eel River bridge was damaged.";
    private static final String FLOOD_1 = "Floods swept through Kochi after the Periyar burst its banks, and the "
            + "Kerala government evacuated thousands.";
    private static final String FLOOD_2 = "In Kochi, rescuers evacuated families as the Periyar rose. Kerala asked "
            + "for army help.";
    private static final String ALONE = "Shares of Northwind Bank fell after its results.";

    private static Article undated(String id, String text) {
        return new Article(id, id + ".txt", null, null, null, null, null, text, null);
    }

    @Test
    void articlesSharingRareNamesAreOneStoryDatedOrNot() {
        List<Article> articles = List.of(undated("q1", QUAKE_1),
                undated("f1", FLOOD_1).withPublished(LocalDate.of(2018, 8, 16), DateSource.MANIFEST),
                undated("q2", QUAKE_2), undated("f2", FLOOD_2), undated("x", ALONE));
        ArticleStories.Result r = ArticleStories.group(articles);
        Map<String, Integer> story = r.storyOf();
        assertThat(story.get("q1")).isEqualTo(story.get("q2"));
        assertThat(story.get("f1")).isEqualTo(story.get("f2"));
        assertThat(story.get("q1")).isNotEqualTo(story.get("f1"));
        assertThat(story.get("x")).isNotIn(story.get("q1"), story.get("f1"));
        assertThat(r.labels().get(story.get("q1"))).contains("Ferndale");
        assertThat(r.labels().get(story.get("f1"))).contains("Kochi");
    }

    @Test
    void aStorysLabelNamesPeopleByTheirLastNameNeverAFirstNameAlone() {
        List<Article> articles = List.of(undated("a", "President Maria Lund arrived in Tarvik on a visit. The mayor "
                        + "of Tarvik welcomed Lund."),
                undated("b", "Maria Lund toured the harbour of Tarvik. Officials said Lund would return."),
                undated("c", "Police chief Omar al-Tarik said Lund would visit Tarvik again. Omar al-Tarik will meet "
                        + "her there."));
        ArticleStories.Result r = ArticleStories.group(articles);
        assertThat(r.labels()).singleElement().satisfies(l -> assertThat(l).contains("Lund", "Tarvik")
                .doesNotContain("Maria", "Omar"));
    }

    @Test
    void articlesPublishedMonthsApartAreTwoStoriesWhateverNamesTheyShare() {
        List<Article> articles = List.of(
                undated("q1", QUAKE_1).withPublished(LocalDate.of(2016, 3, 1), DateSource.MANIFEST),
                undated("q2", QUAKE_2).withPublished(LocalDate.of(2016, 3, 2), DateSource.MANIFEST),
                undated("q3", QUAKE_2).withPublished(LocalDate.of(2018, 5, 9), DateSource.MANIFEST));
        Map<String, Integer> story = ArticleStories.group(articles).storyOf();
        assertThat(story.get("q1")).isEqualTo(story.get("q2")).isNotEqualTo(story.get("q3"));
    }

    @Test
    void lightVerbsPrepositionsAndNamesInsideASentenceNameNoHappening() {
        assertThat(HappeningWords.of("The Russian Federation took part in talks regarding the ceasefire and made "
                + "a visit."))
                .extracting(HappeningWords.Word::text).containsExactly("talks", "visit");
    }

    @Test
    void happeningWordsAreVerbsLexiconWordsAndNounsOfVerbsButNoReportingVerb() {
        List<HappeningWords.Word> words = HappeningWords.of(
                "A strong earthquake struck the town, killing two people, officials said after the evacuation.");
        assertThat(words).extracting(HappeningWords.Word::text)
                .containsExactly("earthquake", "struck", "killing", "evacuation");
        assertThat(words).extracting(HappeningWords.Word::lemma).containsExactly("quake", "strike", "kill", "rescue");
    }

    @Test
    void aStorysHappeningsAreItsWordsOfOneSynonymClassSaidTwiceOrMore() {
        Corpus c = Corpus.of(List.of(undated("q1", QUAKE_1), undated("q2", QUAKE_2)));
        List<Coverage> coverages = Coverages.of(c);
        assertThat(coverages).hasSize(1);
        Coverage only = coverages.get(0);
        assertThat(only.articleIds()).containsExactly("q1", "q2");
        Map<String, Happening> byLemma = new java.util.HashMap<>();
        only.happenings().forEach(h -> byLemma.put(h.lemma(), h));
        // struck ≈ hit; killing ≈ died; earthquake ≈ quake; "said" names no happening
        assertThat(byLemma).containsKeys("strike", "kill", "quake").doesNotContainKey("say");
        assertThat(byLemma.get("strike").mentions()).extracting(s -> c.article(s.articleId()).orElseThrow().textOf(s))
                .containsExactly("struck", "hit");
        assertThat(byLemma.get("quake").mentions()).hasSize(3);
        assertThat(only.happenings()).allSatisfy(h -> assertThat(h.date()).isNull());
        assertThat(only.happenings().get(0).mentions()).hasSize(3); // most mentioned first
    }

    @Test
    void wordsTheTimelineDatesApartAreTwoHappeningsAndUndatedWordsJoinTheMostMentionedDate() {
        Event tuesday = new Event("e1", "quake", "2024-03-05", null, List.of(new Span("a", 0, 100)));
        Event lastYear = new Event("e2", "quake", "2023", null, List.of(new Span("b", 0, 100)));
        Event sameWeek = new Event("e3", "quake", "2024-03-07", null, List.of(new Span("c", 0, 100)));
        List<Coverages.Placed> words = List.of(new Coverages.Placed(new Span("a", 2, 8), "struck", tuesday),
                new Coverages.Placed(new Span("b", 2, 8), "struck", lastYear),
                new Coverages.Placed(new Span("c", 2, 5), "hit", sameWeek),
                new Coverages.Placed(new Span("d", 2, 5), "hit", null));
        List<List<Coverages.Placed>> apart = Coverages.byDate(words, Map.of());
        assertThat(apart).hasSize(2);
        assertThat(apart.get(0)).extracting(p -> p.span().articleId()).containsExactly("b");
        assertThat(apart.get(1)).extracting(p -> p.span().articleId()).containsExactly("a", "c", "d");
    }

    @Test
    void aClassNoStatementDatesStaysUndated() {
        List<Coverages.Placed> words = List.of(new Coverages.Placed(new Span("a", 2, 8), "struck", null),
                new Coverages.Placed(new Span("b", 2, 5), "hit", null));
        assertThat(Coverages.byDate(words, Map.of())).hasSize(1).allSatisfy(g -> assertThat(g).hasSize(2));
    }

    @Test
    void sentencesThatCannotTellAHappeningAreNotTaggedAndTheCoveragesAreTheSame() {
        List<Article> sample = new CorpusLoader().loadBundled(LoadProgress.NONE).corpus().articles();
        List<Article> madeUp = List.of(undated("q1", QUAKE_1), undated("q2", QUAKE_2), undated("f1", FLOOD_1),
                undated("f2", FLOOD_2), undated("x", ALONE), undated("q3", "Ferndale and Humboldt County counted "
                        + "the damage. Bakers in Ferndale sold bread."));
        for (List<Article> articles : List.of(sample, madeUp)) {
            Map<String, Integer> story = ArticleStories.of(articles);
            assertThat(story.values().stream().filter(n -> java.util.Collections.frequency(story.values(), n) == 1))
                    .as("an article alone in its story").isNotEmpty();
            Corpus corpus = Corpus.of(articles);
            List<Coverage> skipped = Coverages.of(corpus);
            assertThat(skipped).isEqualTo(Coverages.of(corpus, true));
            assertThat(skipped.stream().mapToInt(c -> c.happenings().size()).sum()).isPositive();
        }
    }

    @Test
    void happeningsAreNumberedAcrossTheCoveragesInTheirOrder() {
        List<Article> articles = List.of(undated("q1", QUAKE_1), undated("f1", FLOOD_1), undated("x", ALONE),
                undated("q2", QUAKE_2), undated("f2", FLOOD_2));
        List<Coverage> coverages = Coverages.of(Corpus.of(articles));
        List<String> ids = coverages.stream().flatMap(c -> c.happenings().stream()).map(Happening::id).toList();
        assertThat(coverages.stream().filter(c -> !c.happenings().isEmpty())).hasSizeGreaterThanOrEqualTo(2);
        assertThat(ids).isEqualTo(IntStream.rangeClosed(1, ids.size()).mapToObj(i -> "h" + i).toList());
    }
}
