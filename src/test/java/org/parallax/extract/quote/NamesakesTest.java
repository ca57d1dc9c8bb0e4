package org.parallax.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NamesakesTest {

    private static Person person(String name, boolean strong, boolean organisation, String... articles) {
        Person p = new Person(List.of(name.split(" ")));
        p.strong = strong;
        p.organisation = organisation;
        p.articles.addAll(List.of(articles));
        return p;
    }

    @Test
    void theFirstLevelWithAnybodyDecides() {
        Namesakes n = new Namesakes();
        Person anna = person("anna holm", true, false, "a1");
        Person lena = person("lena holm", false, false, "a2");
        n.add(anna);
        n.add(lena);
        assertThat(n.pick("a1", false)).isSameAs(anna); // the strong person of the article
        assertThat(n.pick("a2", false)).isSameAs(anna); // the one strong person of the corpus
        n.mentioned(lena, "a3", true);
        assertThat(n.pick("a3", false)).isSameAs(lena);
        assertThat(n.pick("a4", false)).isNull(); // two strong people: ambiguous
    }

    @Test
    void twoStrongPeopleInTheArticleAreAmbiguousThere() {
        Namesakes n = new Namesakes();
        n.add(person("anna holm", true, false, "a1"));
        n.add(person("lena holm", true, false, "a1"));
        n.add(person("nils holm", false, false, "a2"));
        assertThat(n.pick("a1", false)).isNull(); // the article's level has several: no look further
        assertThat(n.pick("a2", false)).isNull(); // two strong people in the corpus
    }

    @Test
    void withoutStrongPeopleTheArticleThenTheCorpusDecide() {
        Namesakes n = new Namesakes();
        Person ford = person("ford motor", false, true, "a1");
        Person tom = person("tom ford", false, false, "a2");
        n.add(ford);
        n.add(tom);
        assertThat(n.pick("a1", false)).isSameAs(ford);
        assertThat(n.pick("a3", false)).isSameAs(tom); // the one in the corpus that is no organisation
        assertThat(n.pick("a3", true)).isNull(); // nobody strong
        n.add(person("jon ford", false, false, "a4"));
        assertThat(n.pick("a3", false)).isNull();
    }

    /** Picks of every article and level after {@link Namesakes#freeze} are those before it, on random namesakes. */
    @Test
    void aFrozenPickIsThePickBefore() {
        Random random = new Random(75);
        for (int n = 0; n < 2_000; n++) {
            Namesakes open = new Namesakes();
            Namesakes frozen = new Namesakes();
            int people = random.nextInt(6);
            for (int k = 0; k < people; k++) {
                List<String> articles = new ArrayList<>();
                for (int a = random.nextInt(3); a > 0; a--) {
                    articles.add("a" + random.nextInt(5));
                }
                Person p = person("p" + k + " holm", random.nextInt(4) == 0, random.nextInt(3) == 0,
                        articles.toArray(String[]::new));
                open.add(p);
                frozen.add(p);
            }
            frozen.freeze();
            for (int a = 0; a < 6; a++) {
                for (boolean strongOnly : new boolean[] {false, true}) {
                    assertThat(frozen.pick("a" + a, strongOnly)).as("namesakes %d, article a%d", n, a)
                            .isSameAs(open.pick("a" + a, strongOnly));
                }
            }
        }
    }

    @Test
    void nobodyIsAddedOrMentionedOnceFrozen() {
        Namesakes n = new Namesakes();
        Person anna = person("anna holm", false, false, "a1");
        n.add(anna);
        n.freeze();
        assertThat(n.pick("a2", false)).isSameAs(anna);
        assertThatThrownBy(() -> n.add(person("lena holm", false, false, "a2")))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> n.mentioned(anna, "a3", true)).isInstanceOf(IllegalStateException.class);
    }
}
