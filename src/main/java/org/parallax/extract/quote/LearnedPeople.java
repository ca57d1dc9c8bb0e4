package org.parallax.extract.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.parallax.extract.quote.Person.LearnedRole;

/**
 * The people a corpus's learned names make ({@link PersonRegistry#finish}), built on every core. A name of two words
 * or more touches only the people of its first word and surname (its forms are merged among those), and a one-word
 * mention only the people of that word (the namesakes of that surname, the bodies of that first word): so the names
 * are dealt into shards by those words, each shard built on one core in the corpus's order, and the people joined in
 * the order one thread made them, by the index of the name that made each. Built by one thread in turn, the registry's
 * adding and finishing were about a tenth of the quote stage with the other core idle.
 *
 * @param people            every person, in the order they were first named: full names, then one-word mentions
 *                          nobody owns
 * @param bySurname         the people of each surname (and the people of one word)
 * @param byFirstWord       the bodies ("Ford Motor Company") of each first word
 * @param byFirstAndSurname the people of each first word and surname of a full name
 * @param descriptions      the body nouns each name was described with ("automaker" for GM), by the name's key
 */
record LearnedPeople(List<Person> people, Map<String, Namesakes> bySurname, Map<String, Namesakes> byFirstWord,
                     Map<List<String>, List<Person>> byFirstAndSurname, Map<List<String>, Set<String>> descriptions) {

    /** Shards of names: enough that the two cores' share evens out, few enough that each holds many names. */
    private static final int SHARDS = 64;

    /** A one-word mention (a surname) with what came with it. */
    private record Single(String word, String display, String articleId, Gender gender, LearnedRole role,
                          boolean strong, boolean organisation) {
    }

    /** The people of {@code names}, the names of every article in article order. */
    static LearnedPeople of(List<LearnedName> names) {
        Map<List<String>, Set<String>> descriptions = new HashMap<>();
        List<Single> singles = new ArrayList<>();
        int[] fullShard = new int[names.size()];
        for (int i = 0; i < names.size(); i++) {
            LearnedName l = names.get(i);
            List<String> key = l.key();
            if (l.described() != null) {
                descriptions.computeIfAbsent(key, k -> new HashSet<>()).add(l.described());
            }
            fullShard[i] = key.size() >= 2 ? shard(key.get(0).hashCode() * 31 + surname(key).hashCode()) : -1;
            if (key.size() == 1) {
                singles.add(new Single(key.get(0), l.display(), l.articleId(), l.gender(),
                        l.role() != null ? l.role() : l.appos(), l.strong(), l.body()));
            }
        }
        // every core: each shard's full names made into people and their forms merged, in name order
        int[][] fullNames = deal(fullShard);
        Person[] madeBy = new Person[names.size()];
        Map<List<String>, List<Person>> byFirstAndSurname = new ConcurrentHashMap<>();
        IntStream.range(0, SHARDS).parallel().forEach(s -> merge(names, fullNames[s], madeBy, byFirstAndSurname));
        List<Person> people = new ArrayList<>();
        for (Person p : madeBy) {
            if (p != null) {
                people.add(p);
            }
        }
        // every core: each shard's words' namesakes and bodies filled, then its one-word mentions attached in order
        int[] personShard = new int[people.size()];
        for (int j = 0; j < people.size(); j++) {
            personShard[j] = shard(wordOf(people.get(j)).hashCode());
        }
        int[] singleShard = new int[singles.size()];
        for (int j = 0; j < singles.size(); j++) {
            singleShard[j] = shard(singles.get(j).word().hashCode());
        }
        int[][] peopleOf = deal(personShard);
        int[][] singlesOf = deal(singleShard);
        Person[] madeBySingle = new Person[singles.size()];
        LearnedPeople built = new LearnedPeople(people, new ConcurrentHashMap<>(), new ConcurrentHashMap<>(),
                byFirstAndSurname, descriptions);
        IntStream.range(0, SHARDS).parallel().forEach(s -> built.attach(peopleOf[s], singles, singlesOf[s], madeBySingle));
        for (Person p : madeBySingle) {
            if (p != null) {
                people.add(p);
            }
        }
        return built;
    }

    private static String surname(List<String> key) {
        return key.get(key.size() - 1);
    }

    /** The word a person is found by: a body's first word ("Ford"), anyone else's surname. */
    private static String wordOf(Person p) {
        return p.organisation ? p.key.get(0) : p.surname();
    }

    private static int shard(int hash) {
        return (hash ^ (hash >>> 16)) & (SHARDS - 1);
    }

    /** The indices of each shard's members, in order: {@code shardOf[i]} is member i's shard, or -1 for none. */
    private static int[][] deal(int[] shardOf) {
        int[] counts = new int[SHARDS];
        for (int s : shardOf) {
            if (s >= 0) {
                counts[s]++;
            }
        }
        int[][] out = new int[SHARDS][];
        for (int s = 0; s < SHARDS; s++) {
            out[s] = new int[counts[s]];
            counts[s] = 0;
        }
        for (int i = 0; i < shardOf.length; i++) {
            int s = shardOf[i];
            if (s >= 0) {
                out[s][counts[s]++] = i;
            }
        }
        return out;
    }

    /**
     * One shard's full names ({@code members}, indices into {@code names}) made into people, one per key, then merged
     * where two keys of the same first word and surname agree; the person a name first made and that stays is put at
     * that name's index of {@code madeBy}.
     */
    private static void merge(List<LearnedName> names, int[] members, Person[] madeBy,
            Map<List<String>, List<Person>> byFirstAndSurname) {
        Map<List<String>, Person> byKey = new HashMap<>();
        List<Person> made = new ArrayList<>();
        int[] madeAt = new int[members.length];
        for (int i : members) {
            LearnedName l = names.get(i);
            Person p = byKey.get(l.key());
            if (p == null) {
                p = new Person(l.key());
                byKey.put(l.key(), p);
                madeAt[made.size()] = i;
                made.add(p);
            }
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
        // two forms with the same first and last word are one person when the words between agree ("Vladimir
        // Putin", "Vladimir Vladimirovich Putin"), not when they differ ("China Eastern Airlines", "China Southern
        // Airlines")
        for (int k = 0; k < made.size(); k++) {
            Person p = made.get(k);
            List<Person> same = byFirstAndSurname.computeIfAbsent(List.of(p.key.get(0), p.surname()),
                    x -> new ArrayList<>());
            Person into = Person.firstCompatible(same, p.key);
            if (into == null) {
                same.add(p);
                madeBy[madeAt[k]] = p;
            } else {
                into.absorb(p);
            }
        }
    }

    /**
     * One shard's words: its people ({@code members}, indices into {@link #people}) given to their namesakes or
     * bodies, then its one-word mentions ({@code mine}, indices into {@code singles}) attached in order; a person a
     * mention makes is put at its index of {@code madeBy}. Every person's canonical name is made here, on this core.
     */
    private void attach(int[] members, List<Single> singles, int[] mine, Person[] madeBy) {
        for (int j : members) {
            Person p = people.get(j);
            (p.organisation ? firstWords(p.key.get(0)) : namesakes(p.surname())).add(p);
        }
        attachSingles(singles, mine, madeBy);
        for (int j : members) {
            people.get(j).canonical();
        }
        for (int j : mine) {
            if (madeBy[j] != null) {
                madeBy[j].canonical();
            }
        }
    }

    /**
     * Attaches one-word mentions to the people they name: a surname to its strong owner, a first word to its body
     * ("Ford"); a strong or body mention nobody owns becomes a person of its own; a plain one only counts a mention.
     */
    private void attachSingles(List<Single> singles, int[] mine, Person[] madeBy) {
        List<Single> weak = new ArrayList<>();
        for (int j : mine) {
            Single s = singles.get(j);
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
                madeBy[j] = p;
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
                p.mentions++; // "Sales at Chrysler fell": a plain mention still shows how the corpus spells it
            }
        }
    }

    private Person bySurname(String word, String articleId, boolean strongOnly) {
        Namesakes all = bySurname.get(word);
        return all == null ? null : all.pick(articleId, strongOnly);
    }

    private Namesakes namesakes(String surname) {
        return bySurname.computeIfAbsent(surname, k -> new Namesakes());
    }

    private Namesakes firstWords(String word) {
        return byFirstWord.computeIfAbsent(word, k -> new Namesakes());
    }
}
