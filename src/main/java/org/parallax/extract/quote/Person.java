package org.parallax.extract.quote;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/** One person of the corpus as {@link PersonRegistry} learns it: the forms of its name, its roles, its articles. */
final class Person {

    /** A role learned for a person: its head noun, the word before the head, and all its other words. */
    record LearnedRole(String head, String before, Set<String> words) implements java.io.Serializable {
        LearnedRole {
            words = Set.copyOf(words);
        }
    }

    final List<String> key;
    private final Set<String> forms = new HashSet<>();
    final Set<String> articles = new HashSet<>();
    /**
     * Each distinct role with the articles it was learned in. A role is learned at every mention, so keeping one
     * entry per shape keeps role look-ups from growing with the number of mentions.
     */
    final Map<LearnedRole, Set<String>> roles = new LinkedHashMap<>();
    Gender gender = Gender.UNKNOWN;
    boolean strong;
    /** Named as a body rather than a person: "General Motors", "automaker GM", "Airbus, Europe's biggest maker". */
    boolean organisation;
    /** How often the corpus names it, for telling a typo ("Chrylser") from the name it stands for. */
    int mentions;
    /** The canonical name, kept until the forms change: look-ups ask for it far more often than forms are added. */
    private String canonical;
    /** The form {@link #addForm} added last (in {@link #forms}: a set only grows), or null. */
    private String lastForm;
    /** The article {@link #addArticle} added last (in {@link #articles}: a set only grows), or null. */
    private String lastArticle;

    Person(List<String> key) {
        this.key = key;
    }

    void addForm(String form) {
        if (form.equals(lastForm)) {
            return; // in the forms already
        }
        lastForm = form;
        if (forms.add(form)) {
            canonical = null;
        }
    }

    /**
     * Adds an article the person is named in. The registry adds a person's mentions article by article, most of them
     * in the article before, and on one thread: the one added last is not looked up in the set again.
     */
    void addArticle(String articleId) {
        if (!articleId.equals(lastArticle)) {
            articles.add(articleId);
            lastArticle = articleId;
        }
    }

    void addRole(LearnedRole role, String articleId) {
        roles.computeIfAbsent(role, r -> new HashSet<>()).add(articleId);
    }

    /** Takes in another form of the same person. */
    void absorb(Person other) {
        other.forms.forEach(this::addForm);
        articles.addAll(other.articles);
        other.roles.forEach((role, in) -> roles.computeIfAbsent(role, r -> new HashSet<>()).addAll(in));
        strong |= other.strong;
        organisation |= other.organisation;
        mentions += other.mentions;
        if (other.gender != Gender.UNKNOWN) {
            gender = other.gender;
        }
    }

    /**
     * Which of two forms is the fuller: most words, then not in capitals ("Apple", not "APPLE"), then longest, then
     * first in reverse alphabetical order. Two different forms are never equal by it, so the fullest of a set does not
     * depend on the order it is read in.
     */
    static final Comparator<String> FULLER = Comparator.<String>comparingInt(f -> f.split(" ").length)
            .thenComparing(f -> !f.equals(f.toUpperCase(java.util.Locale.ROOT)) || f.length() <= 4)
            .thenComparingInt(String::length)
            .thenComparing(Comparator.<String>reverseOrder());

    /** The fullest form ({@link #FULLER}). */
    String canonical() {
        if (canonical == null) {
            canonical = fullest(forms);
        }
        return canonical;
    }

    /**
     * The greatest of {@code forms} by {@link #FULLER}, as a stream's {@code max} finds it: a loop, and the one form of
     * most people without a comparison (every person's canonical name is asked when the registry is finished, on one
     * thread).
     */
    static String fullest(Collection<String> forms) {
        String best = null;
        for (String f : forms) {
            if (best == null || FULLER.compare(f, best) > 0) {
                best = f;
            }
        }
        if (best == null) {
            throw new NoSuchElementException("a person without a form");
        }
        return best;
    }

    String surname() {
        return key.get(key.size() - 1);
    }

    /**
     * The first of {@code people} (of one first word and surname) whose key is compatible with {@code key}, or null: a
     * loop, as every name a speaker is resolved from asks it.
     */
    static Person firstCompatible(List<Person> people, List<String> key) {
        for (Person q : people) {
            if (compatible(q.key, key)) {
                return q;
            }
        }
        return null;
    }

    /** Whether the words between the first and the last of one key are all among those of the other. */
    private static boolean compatible(List<String> a, List<String> b) {
        List<String> ma = a.subList(1, a.size() - 1);
        List<String> mb = b.subList(1, b.size() - 1);
        return mb.containsAll(ma) || ma.containsAll(mb);
    }
}
