package org.parallax.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.parallax.load.CorpusLoader;
import org.parallax.load.LoadProgress;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.text.TextAnalyser;

/**
 * The registry learns the same people, in the same order, with the same mentions, articles, roles, gender and
 * strength, whether its one-word mentions are attached on one thread in one group or in several groups of words on
 * every core ({@link SingleMentions}).
 */
class ParallelSingleMentionsTest {

    private static PersonRegistry registry(Corpus corpus, int groups) {
        PersonRegistry reg = new PersonRegistry(SpeechWords.standard(), groups);
        ArticleWords words = reg.firstPassWords(new CorpusWords(1024));
        List<ArticleText> texts = new ArrayList<>();
        for (Article a : corpus.articles()) {
            texts.add(new ArticleText(a, TextAnalyser.shared().analyse(a.text()), words));
        }
        texts.forEach(at -> reg.learned(at).forEach(reg::add));
        reg.finish();
        return reg;
    }

    /** Everything the registry keeps of its people, in their order. */
    private static List<String> people(PersonRegistry reg) {
        List<String> out = new ArrayList<>();
        for (Person p : reg.people()) {
            StringBuilder roles = new StringBuilder();
            for (Map.Entry<Person.LearnedRole, Set<String>> e : p.roles.entrySet()) {
                roles.append(e.getKey().head()).append('/').append(e.getKey().before()).append('/')
                        .append(new TreeSet<>(e.getKey().words())).append(new TreeSet<>(e.getValue())).append(';');
            }
            out.add(p.key + " " + p.canonical() + " mentions=" + p.mentions + " gender=" + p.gender + " strong="
                    + p.strong + " organisation=" + p.organisation + " articles=" + new TreeSet<>(p.articles)
                    + " roles=" + roles + " person=" + reg.isPerson(p.canonical()) + " body="
                    + reg.isOrganisation(p.canonical()) + " gender=" + reg.genderOf(p.canonical()));
        }
        return out;
    }

    private static void assertSameInGroups(Corpus corpus) {
        List<String> oneGroup = people(registry(corpus, 1));
        assertThat(oneGroup).isNotEmpty();
        for (int groups : new int[] {2, 4, 16}) {
            assertThat(people(registry(corpus, groups))).as("%d groups", groups).containsExactlyElementsOf(oneGroup);
        }
    }

    @Test
    void theSampleCorpusIsLearnedTheSameInGroups() {
        assertSameInGroups(new CorpusLoader().loadFolder(Path.of("resources/corpus"), LoadProgress.NONE).corpus());
    }

    @Test
    void randomCorporaAreLearnedTheSameInGroups() {
        String[] phrases = {"Putin said", "Vladimir Putin", "Mr Putin", "President Putin", "Ford", "Ford Motor Company",
            "General Motors", "GM", "automaker Ford", "Chrysler", "Chrylser", "Airbus", "Airbus, Europe's biggest "
            + "aircraft manufacturer,", "Kremlin spokesman Dmitry Peskov", "Peskov", "Mrs Smith", "Smith", "John Smith",
            "Sir Tony Brenton", "Brenton", "Bashar al-Assad", "Assad", "Mr Assad", "the Russian President", "Lee",
            "Mr Lee Hsien Loong", "Ms Lee", "Apple Inc", "Apple", "Obama", "Barack Obama", "he said", "she said", ".",
            ",", "the", "in", "Sales at", "fell", "told reporters", "“We will win,”", "Detik", "Mr Detik"};
        for (int seed = 0; seed < 12; seed++) {
            Random random = new Random(seed);
            List<Article> articles = new ArrayList<>();
            for (int n = 0; n < 40; n++) {
                StringBuilder b = new StringBuilder();
                for (int s = random.nextInt(8) + 1; s > 0; s--) {
                    for (int k = random.nextInt(10) + 2; k > 0; k--) {
                        b.append(phrases[random.nextInt(phrases.length)]).append(' ');
                    }
                    b.append(random.nextBoolean() ? ". " : ".\n\n");
                }
                String text = b.toString();
                articles.add(new Article("r" + seed + "-" + n, "r.txt", null, "", null, null, "", text, List.of()));
            }
            assertSameInGroups(Corpus.of(articles));
        }
    }
}
