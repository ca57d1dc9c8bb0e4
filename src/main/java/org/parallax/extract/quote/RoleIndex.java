package org.parallax.extract.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who carries which learned role, for resolving role phrases ("the Russian President") once every person is known.
 * A role phrase asks for the one person whose role fits, preferring roles learned in the same article, then people
 * mentioned in it, then the corpus. Roles are indexed by head noun and by article, and the people fitting an asked
 * role are kept per asked role, so a look-up costs what the article holds rather than a scan over every person.
 */
final class RoleIndex {

    /** A person's learned role and the articles it was learned in. */
    private record Carrier(Person person, Person.LearnedRole role, Set<String> articles) {
    }

    /** What decides which roles fit: the asked head and modifiers. */
    private record Asked(String head, List<String> modifiers) {
    }

    private final SpeechWords lex;
    private final Map<String, List<Carrier>> byHead = new HashMap<>();
    private final Map<String, List<Carrier>> learnedIn = new HashMap<>();
    /**
     * The people who carry a role, by the articles that mention them. Only they: a role phrase resolves to a person
     * among those its role fits ({@link #fittingPeople}, carriers all), so nobody else is ever read here; at 16,000
     * bench articles 221 of 38,119 people carry a role, and indexing every person's articles (147,000 of them, on the
     * one thread that finishes the registry while the other cores wait) was most of the index's making.
     */
    private final Map<String, List<Person>> mentionedIn = new HashMap<>();
    /** Asked from every core at once once the registry is finished (quotes are found in parallel). */
    private final Map<Asked, Set<Person>> fitting = new java.util.concurrent.ConcurrentHashMap<>();

    RoleIndex(SpeechWords lex, List<Person> people) {
        this.lex = lex;
        for (Person p : people) {
            if (p.roles.isEmpty()) {
                continue;
            }
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

    /** The one person a definite role phrase stands for, or null when none or several fit. */
    Person resolve(Phrase.Role r, String articleId) {
        Set<Person> fit = fitting.computeIfAbsent(new Asked(r.head(), r.modifiers()), this::fittingPeople);
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

    private Set<Person> fittingPeople(Asked asked) {
        Set<Person> found = new HashSet<>();
        for (String head : lex.headsCoverable(asked.head())) {
            for (Carrier c : byHead.getOrDefault(head, List.of())) {
                if (fits(asked.head(), asked.modifiers(), c.role())) {
                    found.add(c.person());
                }
            }
        }
        return found;
    }

    private boolean fits(String askedHead, List<String> modifiers, Person.LearnedRole learned) {
        return lex.roleCovers(askedHead, learned.head(), learned.before()) && learned.words().containsAll(modifiers);
    }
}
