package org.parallax.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A person's forms and articles, added with the last one remembered (not looked up again), are the sets that adding
 * every one did, whatever else adds to the articles between (a surname's mentions, a merged form).
 */
class PersonMentionsTest {

    @Test
    void formsAndArticlesAreTheSetsOfEveryOneAdded() {
        Random random = new Random(81);
        for (int n = 0; n < 2_000; n++) {
            Person p = new Person(List.of("anna", "holm"));
            Set<String> forms = new HashSet<>();
            Set<String> articles = new HashSet<>();
            for (int k = random.nextInt(40); k > 0; k--) {
                String article = "a" + random.nextInt(4);
                String form = random.nextBoolean() ? "Anna Holm" : new String("Anna Holm"); // equal, not the same
                switch (random.nextInt(5)) {
                    case 0 -> {
                        p.addForm(form);
                        forms.add(form);
                    }
                    case 1 -> {
                        String other = "Anna " + random.nextInt(3) + " Holm";
                        p.addForm(other);
                        forms.add(other);
                    }
                    case 2 -> {
                        p.articles.add(article); // as a surname's mention adds it
                        articles.add(article);
                    }
                    case 3 -> {
                        Person merged = new Person(List.of("anna", "holm"));
                        merged.addForm("A. Holm");
                        merged.addArticle(article);
                        p.absorb(merged);
                        forms.add("A. Holm");
                        articles.add(article);
                    }
                    default -> {
                        p.addArticle(article);
                        articles.add(article);
                    }
                }
                assertThat(p.articles).isEqualTo(articles);
                if (!forms.isEmpty()) {
                    assertThat(p.canonical()).isEqualTo(Person.fullest(forms));
                }
            }
        }
    }
}
