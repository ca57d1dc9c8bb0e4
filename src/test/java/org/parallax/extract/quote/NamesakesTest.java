package org.parallax.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
}
