package org.parallax.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parallax.extract.quote.Person.LearnedRole;

/**
 * {@link LearnedPeople} (people made in shards, on every core) against the registry's adding and finishing as one
 * thread did them in turn, kept here as the reference: random names over a small vocabulary, so that forms merge,
 * surnames are shared, bodies and people share words and one-word mentions hit every case.
 */
class LearnedPeopleTest {

    private static final String[] FIRSTS = {"anna", "lena", "ford", "china", "general", "bashar", "holm"};
    private static final String[] MIDDLES = {"maria", "eastern", "southern", "motor", "al"};
    private static final String[] LASTS = {"holm", "ford", "airlines", "motors", "assad", "putin", "lena"};
    private static final LearnedRole[] ROLES = {new LearnedRole("minister", null, Set.of()),
        new LearnedRole("president", "russian", Set.of("russian")), new LearnedRole("spokesman", "kremlin",
                Set.of("kremlin", "chief"))};

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void shardsMakeThePeopleOneThreadMade(long seed) {
        List<LearnedName> names = randomNames(new Random(seed), 200 + (int) seed * 300);
        Reference ref = new Reference(names);
        LearnedPeople got = LearnedPeople.of(names);
        assertThat(digest(got.people(), got.bySurname(), got.byFirstWord(), got.byFirstAndSurname(), names))
                .isEqualTo(digest(ref.people, ref.bySurname, ref.byFirstWord, ref.byFirstAndSurname, names));
        assertThat(got.descriptions()).isEqualTo(ref.descriptions);
    }

    @Test
    void aSurnameMentionJoinsItsStrongOwnerAndAPlainOneMakesNobody() {
        List<LearnedName> names = List.of(
                name(List.of("anna", "holm"), "Anna Holm", "a1", true, null),
                name(List.of("holm"), "Holm", "a2", false, null),
                name(List.of("putin"), "Putin", "a2", false, null),
                name(List.of("peskov"), "Peskov", "a3", true, null));
        LearnedPeople got = LearnedPeople.of(names);
        assertThat(got.people()).extracting(Person::canonical).containsExactly("Anna Holm", "Peskov");
        assertThat(got.people().get(0).articles).containsExactlyInAnyOrder("a1", "a2");
        assertThat(got.bySurname()).doesNotContainKey("putin");
    }

    private static LearnedName name(List<String> key, String display, String article, boolean strong, String described) {
        return new LearnedName(key, display, Gender.UNKNOWN, article, strong, null, null, described != null, described);
    }

    private static List<LearnedName> randomNames(Random r, int n) {
        List<LearnedName> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<String> key = new ArrayList<>();
            int size = r.nextInt(10) < 4 ? 1 : r.nextInt(12) == 0 ? 0 : 2 + r.nextInt(2);
            for (int w = 0; w < size; w++) {
                key.add(w == 0 ? pick(r, FIRSTS) : w == size - 1 ? pick(r, LASTS) : pick(r, MIDDLES));
            }
            if (size == 1 && r.nextBoolean()) {
                key.set(0, pick(r, LASTS));
            }
            StringBuilder display = new StringBuilder();
            for (String w : key) {
                String shown = r.nextInt(8) == 0 ? w.toUpperCase() : Character.toUpperCase(w.charAt(0)) + w.substring(1);
                display.append(display.length() > 0 ? " " : "").append(shown);
            }
            if (r.nextInt(6) == 0) {
                display.insert(0, "Mr "); // another form of the same key
            }
            Gender gender = Gender.values()[r.nextInt(Gender.values().length)];
            LearnedRole role = r.nextInt(4) == 0 ? pick(r, ROLES) : null;
            LearnedRole appos = r.nextInt(5) == 0 ? pick(r, ROLES) : null;
            boolean body = r.nextInt(4) == 0;
            String described = body && r.nextBoolean() ? (r.nextBoolean() ? "automaker" : "airline") : null;
            out.add(new LearnedName(key, display.toString(), gender, "a" + r.nextInt(40), r.nextInt(3) == 0, role,
                    appos, body, described));
        }
        return out;
    }

    private static <T> T pick(Random r, T[] from) {
        return from[r.nextInt(from.length)];
    }

    /**
     * Everything the registry reads of the people: each person in order with its fields, and what every namesakes'
     * and bodies' list answers for every article (and one no name is in), and the people of each first word and
     * surname, people written as their index in the order.
     */
    private static String digest(List<Person> people, Map<String, Namesakes> bySurname,
            Map<String, Namesakes> byFirstWord, Map<List<String>, List<Person>> byFirstAndSurname,
            List<LearnedName> names) {
        Map<Person, Integer> index = new HashMap<>();
        StringBuilder b = new StringBuilder();
        for (Person p : people) {
            index.put(p, index.size());
            b.append(p.key).append(' ').append(p.canonical()).append(' ').append(new TreeSet<>(p.articles)).append(' ')
                    .append(p.gender).append(p.strong).append(p.organisation).append(p.mentions).append(' ');
            p.roles.forEach((role, in) -> b.append(role).append(new TreeSet<>(in)));
            b.append('\n');
        }
        Set<String> articles = new TreeSet<>();
        names.forEach(l -> articles.add(l.articleId()));
        articles.add("nowhere");
        for (Map<String, Namesakes> byWord : List.of(bySurname, byFirstWord)) {
            b.append("--\n");
            new TreeMap<>(byWord).forEach((word, sakes) -> {
                b.append(word).append(' ').append(index.get(sakes.only()));
                for (String a : articles) {
                    b.append(' ').append(index.get(sakes.pick(a, false))).append('/').append(index.get(sakes.pick(a, true)));
                }
                b.append('\n');
            });
        }
        b.append("--\n");
        Map<String, List<Integer>> firstAndSurname = new TreeMap<>();
        byFirstAndSurname.forEach((k, ps) -> firstAndSurname.put(k.toString(),
                ps.stream().map(index::get).toList()));
        b.append(firstAndSurname);
        return b.toString();
    }

    /** The registry's adding and finishing before the shards, one name after another on one thread. */
    private static final class Reference {
        private record Single(String word, String display, String articleId, Gender gender, LearnedRole role,
                              boolean strong, boolean organisation) {
        }

        final Map<List<String>, Person> byKey = new LinkedHashMap<>();
        final List<Single> singles = new ArrayList<>();
        final Map<List<String>, Set<String>> descriptions = new HashMap<>();
        final Map<String, Namesakes> bySurname = new HashMap<>();
        final Map<List<String>, List<Person>> byFirstAndSurname = new HashMap<>();
        final Map<String, Namesakes> byFirstWord = new HashMap<>();
        final List<Person> people = new ArrayList<>();

        Reference(List<LearnedName> names) {
            names.forEach(this::add);
            finish();
        }

        void add(LearnedName l) {
            List<String> key = l.key();
            if (l.described() != null) {
                descriptions.computeIfAbsent(key, k -> new HashSet<>()).add(l.described());
            }
            if (key.isEmpty()) {
                return;
            }
            if (key.size() == 1) {
                singles.add(new Single(key.get(0), l.display(), l.articleId(), l.gender(),
                        l.role() != null ? l.role() : l.appos(), l.strong(), l.body()));
                return;
            }
            Person p = byKey.computeIfAbsent(key, Person::new);
            p.addForm(l.display());
            p.articles.add(l.articleId());
            p.strong |= l.strong();
            p.organisation |= l.body();
            p.mentions++;
            if (l.gender() != Gender.UNKNOWN) {
                p.gender = l.gender();
            }
            if (l.role() != null) {
                p.addRole(l.role(), l.articleId());
            }
            if (l.appos() != null) {
                p.addRole(l.appos(), l.articleId());
            }
        }

        void finish() {
            for (Person p : byKey.values()) {
                List<Person> same = byFirstAndSurname.computeIfAbsent(List.of(p.key.get(0), p.surname()),
                        k -> new ArrayList<>());
                Person into = Person.firstCompatible(same, p.key);
                if (into == null) {
                    same.add(p);
                    people.add(p);
                } else {
                    into.absorb(p);
                }
            }
            for (Person p : people) {
                if (p.organisation) {
                    byFirstWord.computeIfAbsent(p.key.get(0), k -> new Namesakes()).add(p);
                } else {
                    namesakes(p.surname()).add(p);
                }
            }
            attachSingles();
        }

        private void attachSingles() {
            List<Single> weak = new ArrayList<>();
            for (Single s : singles) {
                Person p = bySurname(s.word(), s.articleId(), true);
                if (p == null) {
                    Namesakes firsts = byFirstWord.get(s.word());
                    p = firsts == null ? null : firsts.pick(s.articleId(), false);
                    if (p != null) {
                        firsts.mentioned(p, s.articleId(), s.strong());
                        p.mentions++;
                        continue;
                    }
                }
                if (p == null) {
                    if (!s.strong() && !s.organisation()) {
                        weak.add(s);
                        continue;
                    }
                    p = new Person(List.of(s.word()));
                    p.addForm(s.display());
                    people.add(p);
                    namesakes(s.word()).add(p);
                }
                p.organisation |= s.organisation() && p.key.size() == 1;
                p.mentions++;
                namesakes(s.word()).mentioned(p, s.articleId(), s.strong());
                if (s.gender() != Gender.UNKNOWN) {
                    p.gender = s.gender();
                }
                if (s.role() != null) {
                    p.addRole(s.role(), s.articleId());
                }
            }
            for (Single s : weak) {
                Person p = bySurname(s.word(), s.articleId(), false);
                if (p != null && p.key.size() == 1) {
                    p.mentions++;
                }
            }
        }

        private Namesakes namesakes(String surname) {
            return bySurname.computeIfAbsent(surname, k -> new Namesakes());
        }

        private Person bySurname(String word, String articleId, boolean strongOnly) {
            Namesakes all = bySurname.get(word);
            return all == null ? null : all.pick(articleId, strongOnly);
        }
    }
}
