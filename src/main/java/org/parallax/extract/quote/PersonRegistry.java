package org.parallax.extract.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parallax.extract.quote.Person.LearnedRole;

/**
 * The people a corpus names, learned from its text alone: titled names ("Kremlin spokesman Dmitry Peskov"),
 * names after honorifics ("Sir Tony Brenton"), names with an apposition ("..., the former British ambassador
 * to Russia"), and the other forms the same person takes (untitled full names, surnames, "Bashar Assad" for
 * "Bashar al-Assad": surname particles are ignored when forms are compared).
 *
 * <p>Resolves a {@link Phrase} to a canonical name, the fullest form of the person in the corpus: a surname
 * alone to the one person of that surname (preferring people of the same article); a role ("the Russian
 * President", "the Syrian leader", "Putin's spokesman") to the one person who carries a matching role,
 * preferring roles learned in the same article, then people mentioned in it, then the corpus.
 */
final class PersonRegistry {

    /** A one-word mention (a surname) with what came with it. */
    private record Single(String word, String display, String articleId, Gender gender, LearnedRole role,
                          boolean strong) {
    }

    private final SpeechWords lex;
    private final Map<List<String>, Person> byKey = new LinkedHashMap<>();
    private final List<Single> singles = new ArrayList<>();
    /** Capitalised words seen inside a sentence, not at its start: evidence that a word is a name. */
    private final Set<String> capitalisedInside = new HashSet<>();
    /** Words seen in lower case somewhere in the corpus: common words, when capitalised at a sentence start. */
    private final Set<String> lowerCase = new HashSet<>();
    // indexes built by finish(), so that each look-up costs about the same however large the corpus
    private final Map<String, Namesakes> bySurname = new HashMap<>();
    private final Map<List<String>, Person> byFirstAndSurname = new HashMap<>();
    private final Map<String, Person> byCanonical = new HashMap<>();
    private final Set<String> strongCanonicals = new HashSet<>();
    private RoleIndex roles;

    PersonRegistry(SpeechWords lex) {
        this.lex = lex;
    }

    /** First pass over every article: which capitalised words occur inside sentences, not only at their start. */
    void collectCapitals(ArticleText at) {
        for (int[] s : at.sentences) {
            for (int k = s[0] + 1; k < s[1]; k++) {
                MaskedToken t = at.tokens.get(k);
                if (t.capitalised() && !at.sentenceFirst[k]) {
                    capitalisedInside.add(Phrases.base(t));
                }
                if (t.isWord() && !t.quoted() && Character.isLowerCase(t.text().charAt(0))) {
                    lowerCase.add(t.text());
                }
            }
        }
    }

    /** Second pass: learns the names of one article (call for every article, then {@link #finish()}). */
    void learn(ArticleText at) {
        Phrases ph = new Phrases(at, lex, this);
        List<MaskedToken> toks = at.tokens;
        for (int[] s : at.sentences) {
            int i = s[0];
            while (i < s[1]) {
                if (!ph.inRun(i, s[0], s[1]) || toks.get(i).isPunct('.')) {
                    i++;
                    continue;
                }
                int j = i;
                while (j < s[1] && ph.inRun(j, s[0], s[1])) {
                    j++;
                }
                if (j == i + 1 && at.sentenceFirst[i] && j < s[1] && toks.get(j).isPunct(',')
                        && !seenCapitalisedInside(toks.get(i).text())) {
                    i = j; // "Normally, the president ...": an opening adverb, not a name with an apposition
                    continue;
                }
                MaskedToken det = i > s[0] && ph.determiner(toks.get(i - 1)) ? toks.get(i - 1) : null;
                Phrase p = ph.parseRun(i, j, det);
                if (p instanceof Phrase.Name n) {
                    LearnedRole role = roleOf(n.roleWords());
                    LearnedRole appos = appositionRole(ph, j, s[1]);
                    boolean strong = role != null || n.gender() != Gender.UNKNOWN || appos != null
                            || hasHonorific(ph, i, j);
                    add(n, at.article.id(), strong, role, appos);
                }
                i = j;
            }
        }
    }

    private boolean hasHonorific(Phrases ph, int i, int j) {
        for (int k = i; k < j; k++) {
            if (lex.isHonorific(ph.tok(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** ", the former British ambassador to Russia," right after a name: its role. */
    private LearnedRole appositionRole(Phrases ph, int j, int e) {
        if (j + 1 >= e || !ph.tok(j).isPunct(',')) {
            return null;
        }
        String first = ph.tok(j + 1).lower();
        if (!first.equals("the") && !first.equals("a") && !first.equals("an") && !first.equals("former")) {
            return null;
        }
        List<String> words = new ArrayList<>();
        String head = null;
        String before = null;
        for (int k = j + 1; k < e; k++) {
            MaskedToken t = ph.tok(k);
            if (!t.isWord() || t.quoted() || lex.cueVerbs.contains(t.lower())) {
                break;
            }
            String l = Phrases.lower(t.bare());
            if (head == null && lex.isRoleHead(l)) {
                head = l;
                before = words.isEmpty() ? null : words.get(words.size() - 1);
            } else if (t.capitalised() || lex.roleModifiers.contains(l)) {
                words.add(l);
            }
        }
        return head == null ? null : new LearnedRole(head, before, new HashSet<>(words));
    }

    private LearnedRole roleOf(List<String> roleWords) {
        if (roleWords.isEmpty()) {
            return null;
        }
        String head = roleWords.get(roleWords.size() - 1);
        List<String> rest = roleWords.subList(0, roleWords.size() - 1);
        Set<String> words = new HashSet<>(rest);
        return new LearnedRole(head, rest.isEmpty() ? null : rest.get(rest.size() - 1), words);
    }

    private void add(Phrase.Name n, String articleId, boolean strong, LearnedRole role, LearnedRole appos) {
        List<String> key = keyOf(n.words());
        if (key.isEmpty()) {
            return;
        }
        if (key.size() == 1) {
            singles.add(new Single(key.get(0), n.display(), articleId, n.gender(), role != null ? role : appos, strong));
            return;
        }
        Person p = byKey.computeIfAbsent(key, Person::new);
        p.addForm(n.display());
        p.articles.add(articleId);
        p.strong |= strong;
        if (n.gender() != Gender.UNKNOWN) {
            p.gender = n.gender();
        }
        if (role != null) {
            p.addRole(role, articleId);
        }
        if (appos != null) {
            p.addRole(appos, articleId);
        }
    }

    /** Merges the forms of one person, attaches surname mentions and indexes the people for look-ups. */
    void finish() {
        // two forms with the same first and last word are one person ("Vladimir V. Putin", "Vladimir Putin")
        Map<String, Person> merged = new LinkedHashMap<>();
        for (Person p : byKey.values()) {
            String k = p.key.get(0) + " " + p.surname();
            Person into = merged.get(k);
            if (into == null) {
                merged.put(k, p);
            } else {
                into.absorb(p);
            }
        }
        List<Person> people = new ArrayList<>(merged.values());
        for (Person p : people) {
            byFirstAndSurname.putIfAbsent(List.of(p.key.get(0), p.surname()), p);
            namesakes(p.surname()).add(p);
        }
        for (Single s : singles) {
            Person p = bySurname(s.word(), s.articleId(), true);
            if (p == null) {
                if (!s.strong()) {
                    continue;
                }
                p = new Person(List.of(s.word()));
                p.addForm(s.display());
                people.add(p);
                namesakes(s.word()).add(p);
            }
            namesakes(s.word()).mentioned(p, s.articleId(), s.strong());
            if (s.gender() != Gender.UNKNOWN) {
                p.gender = s.gender();
            }
            if (s.role() != null) {
                p.addRole(s.role(), s.articleId());
            }
        }
        for (Person p : people) {
            byCanonical.putIfAbsent(p.canonical(), p);
            if (p.strong) {
                strongCanonicals.add(p.canonical());
            }
        }
        roles = new RoleIndex(lex, people);
    }

    private Namesakes namesakes(String surname) {
        return bySurname.computeIfAbsent(surname, k -> new Namesakes());
    }

    /** The canonical name of a name phrase: the fullest form of the person it names, or the name as written. */
    String resolveName(Phrase.Name n, String articleId) {
        List<String> key = keyOf(n.words());
        if (key.isEmpty()) {
            return null;
        }
        if (key.size() >= 2) {
            Person p = byFirstAndSurname.get(List.of(key.get(0), key.get(key.size() - 1)));
            return p != null ? p.canonical() : n.display();
        }
        Person p = bySurname(key.get(0), articleId, false);
        return p != null ? p.canonical() : n.display();
    }

    private Person bySurname(String word, String articleId, boolean strongOnly) {
        Namesakes all = bySurname.get(word);
        return all == null ? null : all.pick(articleId, strongOnly);
    }

    /** The one person a role phrase stands for, or null when none or several fit. */
    String resolveRole(Phrase.Role r, String articleId) {
        if (!r.definite()) {
            return null;
        }
        Person p = roles.resolve(r, articleId);
        return p == null ? null : p.canonical();
    }

    /** Whether the word was seen capitalised inside a sentence somewhere in the corpus. */
    boolean seenCapitalisedInside(String word) {
        return capitalisedInside.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether the word was seen in lower case somewhere in the corpus. */
    boolean seenLowerCase(String word) {
        return lowerCase.contains(word.toLowerCase(Locale.ROOT));
    }

    Gender genderOf(String canonical) {
        Person p = byCanonical.get(canonical);
        return p == null ? Gender.UNKNOWN : p.gender;
    }

    /** Whether a canonical name is a person the registry knows by a title, honorific or apposition. */
    boolean isPerson(String canonical) {
        return strongCanonicals.contains(canonical);
    }

    /** The lower-case words of a name without surname particles ("Bashar al-Assad" → [bashar, assad]). */
    List<String> keyOf(List<String> words) {
        List<String> key = new ArrayList<>();
        for (String w : words) {
            String l = w.toLowerCase(Locale.ROOT).replace('’', '\'');
            if (lex.particles.contains(l) || l.length() == 1) {
                continue; // a particle or an initial
            }
            int dash = l.indexOf('-');
            if (dash > 0 && lex.particles.contains(l.substring(0, dash))) {
                l = l.substring(dash + 1);
            }
            key.add(l);
        }
        return key;
    }
}
