package org.parallax.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link RoleIndex} resolves every role phrase to the person the index as it was resolved it to, where every person's
 * articles were indexed, not only those of the people who carry a role: random people (most without a role, as in a
 * corpus), roles and articles, asked with every head and a few modifiers in every article.
 */
class RoleIndexTest {

    private static final String[] HEADS = {"president", "minister", "spokesman", "leader", "official", "ambassador",
        "chancellor", "premier", "governor", "diplomat", "envoy", "director"};
    private static final String[] MODIFIERS = {"russian", "syrian", "foreign", "former", "kremlin", "deputy"};

    @Test
    void resolvesAsTheIndexOfEveryPersonsArticles() {
        SpeechWords lex = SpeechWords.standard();
        int resolved = 0;
        for (int seed = 0; seed < 40; seed++) {
            Random random = new Random(seed);
            int articles = 2 + random.nextInt(30);
            List<Person> people = new ArrayList<>();
            for (int n = random.nextInt(60); n > 0; n--) {
                Person p = new Person(List.of("p" + people.size()));
                for (int a = 1 + random.nextInt(4); a > 0; a--) {
                    p.addArticle("a" + random.nextInt(articles));
                }
                if (random.nextInt(4) == 0) { // a quarter carry a role: most people of a corpus carry none
                    for (int r = 1 + random.nextInt(2); r > 0; r--) {
                        Set<String> words = new HashSet<>();
                        for (int w = random.nextInt(3); w > 0; w--) {
                            words.add(MODIFIERS[random.nextInt(MODIFIERS.length)]);
                        }
                        String before = words.isEmpty() || random.nextBoolean() ? null : words.iterator().next();
                        Person.LearnedRole role = new Person.LearnedRole(HEADS[random.nextInt(HEADS.length)], before,
                                words);
                        List<String> in = new ArrayList<>(p.articles);
                        p.addRole(role, random.nextBoolean() ? in.get(random.nextInt(in.size()))
                                : "a" + random.nextInt(articles));
                    }
                }
                people.add(p);
            }
            RoleIndex index = new RoleIndex(lex, people);
            EveryPersonsArticles reference = new EveryPersonsArticles(lex, people);
            for (String head : HEADS) {
                for (int m = 0; m < 6; m++) {
                    List<String> modifiers = new ArrayList<>();
                    for (int w = random.nextInt(3); w > 0; w--) {
                        modifiers.add(MODIFIERS[random.nextInt(MODIFIERS.length)]);
                    }
                    Phrase.Role role = new Phrase.Role(modifiers, head, null, true, 0);
                    for (int a = 0; a <= articles; a++) {
                        Person p = index.resolve(role, "a" + a);
                        assertThat(p).as("seed %d, %s in a%d", seed, role, a).isSameAs(reference.resolve(role, "a" + a));
                        resolved += p == null ? 0 : 1;
                    }
                }
            }
        }
        assertThat(resolved).as("roles resolved to a person").isGreaterThan(1000);
    }

    /** {@link RoleIndex} as it was: every person by the articles that mention them. */
    private static final class EveryPersonsArticles {

        private record Carrier(Person person, Person.LearnedRole role, Set<String> articles) {
        }

        private final SpeechWords lex;
        private final Map<String, List<Carrier>> byHead = new HashMap<>();
        private final Map<String, List<Carrier>> learnedIn = new HashMap<>();
        private final Map<String, List<Person>> mentionedIn = new HashMap<>();

        EveryPersonsArticles(SpeechWords lex, List<Person> people) {
            this.lex = lex;
            for (Person p : people) {
                for (String a : p.articles) {
                    mentionedIn.computeIfAbsent(a, k -> new ArrayList<>()).add(p);
                }
                p.roles.forEach((role, in) -> {
                    Carrier c = new Carrier(p, role, in);
                    byHead.computeIfAbsent(role.head(), k -> new ArrayList<>()).add(c);
                    for (String a : in) {
                        learnedIn.computeIfAbsent(a, k -> new ArrayList<>()).add(c);
                    }
                });
            }
        }

        Person resolve(Phrase.Role r, String articleId) {
            Set<Person> fit = new HashSet<>();
            for (String head : lex.headsCoverable(r.head())) {
                for (Carrier c : byHead.getOrDefault(head, List.of())) {
                    if (fits(r.head(), r.modifiers(), c.role())) {
                        fit.add(c.person());
                    }
                }
            }
            Set<Person> sameArticleRole = new HashSet<>();
            for (Carrier c : learnedIn.getOrDefault(articleId, List.of())) {
                if (fits(r.head(), r.modifiers(), c.role())) {
                    sameArticleRole.add(c.person());
                }
            }
            Set<Person> mentioned = new HashSet<>();
            for (Person p : mentionedIn.getOrDefault(articleId, List.of())) {
                if (fit.contains(p)) {
                    mentioned.add(p);
                }
            }
            for (Set<Person> found : List.of(sameArticleRole, mentioned, fit)) {
                if (found.size() == 1) {
                    return found.iterator().next();
                }
                if (found.size() > 1) {
                    return null;
                }
            }
            return null;
        }

        private boolean fits(String askedHead, List<String> modifiers, Person.LearnedRole learned) {
            return lex.roleCovers(askedHead, learned.head(), learned.before()) && learned.words().containsAll(modifiers);
        }
    }
}
