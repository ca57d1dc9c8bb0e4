package org.parallax.extract.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The people who share one surname, for resolving a surname alone. Kept by article so that choosing among them
 * costs what the article mentions, not what the corpus holds: a surname that stays ambiguous gains a person at
 * every strong mention, and scanning them all at each mention would grow with the square of the corpus.
 */
final class Namesakes {

    private final List<Person> all = new ArrayList<>();
    private final List<Person> strong = new ArrayList<>();
    private final Map<String, List<Person>> byArticle = new HashMap<>();
    /** Whether {@link #freeze} ran: from then on nobody is added or mentioned. */
    private boolean frozen;
    /** With {@link #frozen}: the corpus-wide level of {@link #pick} (null, a person or {@link #SEVERAL}). */
    private Person corpusPerson;

    void add(Person p) {
        requireOpen();
        all.add(p);
        if (p.strong) {
            strong.add(p);
        }
        for (String a : p.articles) {
            inArticle(a).add(p);
        }
    }

    /** Records a mention of one of these people (keep every change of its articles and strength going through here). */
    void mentioned(Person p, String articleId, boolean strongMention) {
        requireOpen();
        if (p.articles.add(articleId)) {
            inArticle(articleId).add(p);
        }
        if (strongMention && !p.strong) {
            p.strong = true;
            strong.add(p);
        }
    }

    /**
     * The one person the surname stands for in the article: the one strong person of the article, else the one
     * strong person, else (unless strongOnly) the one person of the article, else the one person; null when the
     * first level with anybody has several.
     */
    Person pick(String articleId, boolean strongOnly) {
        List<Person> here = byArticle.getOrDefault(articleId, List.of());
        Person strongHere = sole(here, p -> p.strong);
        if (strongHere != null) {
            return strongHere == SEVERAL ? null : strongHere;
        }
        if (!strong.isEmpty() || strongOnly) {
            return one(strong);
        }
        if (!here.isEmpty()) {
            return one(here);
        }
        // a full name from another article that nothing marks as a person's ("New GM") is no surname's owner;
        // the first level with anybody decides, so the corpus-wide scan runs only when the others are empty
        Person person = frozen ? corpusPerson : sole(all, p -> !p.organisation);
        return person == SEVERAL ? null : person;
    }

    /**
     * Says that these people and what {@link #pick} reads of them (strength, organisation, articles) no longer change:
     * the corpus-wide level is then found once, not at every pick that reaches it. A body named in many articles
     * ("Airbus") is a person of its own in each, and every plain mention of it in an article without one, in the
     * registry's last pass and in every resolved name, scanned them all.
     */
    void freeze() {
        corpusPerson = sole(all, p -> !p.organisation);
        frozen = true;
    }

    private void requireOpen() {
        if (frozen) {
            throw new IllegalStateException("namesakes frozen: nobody is added or mentioned any more");
        }
    }

    /** Stands for "several" where null is "nobody". */
    private static final Person SEVERAL = new Person(List.of());

    /** The one person that passes the test, null when none, {@link #SEVERAL} when several (a loop: run per mention). */
    private static Person sole(List<Person> people, Predicate<Person> test) {
        Person found = null;
        for (Person p : people) {
            if (test.test(p)) {
                if (found != null) {
                    return SEVERAL;
                }
                found = p;
            }
        }
        return found;
    }

    /** The one person found, null when there are none or several. */
    private static Person one(List<Person> found) {
        return found.size() == 1 ? found.get(0) : null;
    }

    /** The one person of this name in the whole corpus, or null when there are none or several. */
    Person only() {
        return all.size() == 1 ? all.get(0) : null;
    }

    private List<Person> inArticle(String articleId) {
        return byArticle.computeIfAbsent(articleId, a -> new ArrayList<>());
    }
}
