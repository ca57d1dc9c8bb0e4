package org.parallax.extract.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.parallax.extract.quote.Person.LearnedRole;
import org.parallax.work.ForkedTask;

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

    private static final Set<String> COMPANY_SUFFIXES = Set.of("corporation", "company", "inc", "corp", "co", "ltd",
            "llc", "plc", "incorporated", "limited", "gmbh");

    private final SpeechWords lex;
    private final Map<List<String>, Person> byKey = new LinkedHashMap<>();
    private final SingleMentions singles;
    /** The body nouns a name was described with ("automaker" for GM), by the name's key. */
    private final Map<List<String>, Set<String>> descriptions = new HashMap<>();
    /** Capitalised words seen inside a sentence, not at its start: evidence of a name (concurrent: see below). */
    private final Set<String> capitalisedInside = ConcurrentHashMap.newKeySet();
    /** Words seen in lower case somewhere in the corpus: common words, when capitalised at a sentence start. */
    private final Set<String> lowerCase = ConcurrentHashMap.newKeySet();
    // indexes built by finish(), so that each look-up costs about the same however large the corpus
    /** Its order of insertion depends on how the one-word mentions were grouped (0079): never iterate it for output. */
    private final Map<String, Namesakes> bySurname = new HashMap<>();
    private final Map<List<String>, List<Person>> byFirstAndSurname = new HashMap<>();
    /** Organisations by their first word: "Ford" is "Ford Motor Company", whose last word is no surname. */
    private final Map<String, Namesakes> byFirstWord = new HashMap<>();
    private final Map<String, Person> byCanonical = new HashMap<>();
    private final Set<String> strongCanonicals = new HashSet<>();
    /** The one-word names of the corpus, for finding the name a typing slip stands for. */
    private NameSlips slips;
    /** Organisations of two words or more by their initials ("gm" → General Motors). */
    private final Map<String, Namesakes> byInitials = new HashMap<>();
    private RoleIndex roles;

    /** The people after {@link #finish()}, in the order they were learned. */
    private List<Person> people = List.of();

    PersonRegistry(SpeechWords lex) {
        this(lex, 0);
    }

    /** A registry whose one-word mentions are attached in {@code groups} groups of words (0: as the corpus is worth). */
    PersonRegistry(SpeechWords lex, int groups) {
        this.lex = lex;
        this.singles = new SingleMentions(groups);
    }

    /**
     * A table of words whose articles ({@link ArticleText#ArticleText(org.parallax.model.Article,
     * org.parallax.text.AnalysedText, ArticleWords)}) are the first pass: which capitalised words occur inside
     * sentences, not only at their start, which are seen in lower case. Threads may read articles with their own tables
     * at once, in any order: only the sets' membership is read, after this pass. The tables' words come from
     * {@code corpus}, which every table of the pass shares.
     */
    ArticleWords firstPassWords(CorpusWords corpus) {
        return new ArticleWords(4096, capitalisedInside, lowerCase, corpus);
    }

    void addCapitals(Set<String> inside, Set<String> lower) {
        capitalisedInside.addAll(inside);
        lowerCase.addAll(lower);
    }

    /**
     * The second pass: the names one article teaches, reading only the first pass ({@link #addCapitals}); added in
     * article order with {@link #add(LearnedName)} for every article, then {@link #finish()}.
     */
    List<LearnedName> learned(ArticleText at) {
        List<LearnedName> out = new ArrayList<>();
        Phrases ph = new Phrases(at, lex, this);
        Tokens toks = at.tokens;
        for (int sentence = 0; sentence < at.sentences.size(); sentence++) {
            int[] s = at.sentences.get(sentence);
            for (int run = at.firstRun(sentence); run < at.firstRun(sentence + 1); run++) {
                int i = at.runFrom(run);
                int j = at.runTo(run);
                if (j == i + 1 && at.sentenceFirst[i] && j < s[1] && toks.get(j).isPunct(',')
                        && !seenCapitalisedInside(toks.get(i).text())) {
                    continue; // "Normally, the president ...": an opening adverb, not a name with an apposition
                }
                MaskedToken det = i > s[0] && ph.determiner(toks.get(i - 1)) ? toks.get(i - 1) : null;
                Phrase p = ph.parseRun(i, j, det != null);
                if (p instanceof Phrase.Name n) {
                    LearnedRole role = roleOf(n.roleWords());
                    LearnedRole appos = appositionRole(ph, j, s[1]);
                    boolean strong = role != null || n.gender() != Gender.UNKNOWN || appos != null
                            || hasHonorific(ph, i, j);
                    String described = bodyNounBefore(ph, det != null ? i - 1 : i, s[0]);
                    if (described == null) {
                        described = bodyApposition(ph, j, s[1]);
                    }
                    boolean body = role == null && appos == null && n.gender() == Gender.UNKNOWN
                            && (organisationName(n.words()) || described != null);
                    out.add(new LearnedName(keyOf(n.words()), n.display(), n.gender(), at.article.id(), strong, role,
                            appos, body, body ? described : null));
                } else if (p instanceof Phrase.Role r && ph.holderAfter(j, s[1]) instanceof Phrase.Name holder) {
                    // "the Prime Minister of Singapore, Mr Lee Hsien Loong,": the role is the holder's
                    out.add(new LearnedName(keyOf(holder.words()), holder.display(), holder.gender(), at.article.id(),
                            true, holderRole(ph, r, i, holder), null, false, null));
                }
            }
        }
        return out;
    }

    /** "General Motors", "Apple Inc", "GM": a name that is a body's by its last word or as an acronym. */
    boolean organisationName(List<String> words) {
        if (words.isEmpty()) {
            return false;
        }
        String last = words.get(words.size() - 1);
        return lex.nonPersonWords.contains(last.toLowerCase(Locale.ROOT))
                || Initials.acronym(last) && !lex.isPlace(last);
    }

    /** "automaker GM", "flag carrier Aeroflot": the body noun right before the name at token {@code i}, or null. */
    private String bodyNounBefore(Phrases ph, int i, int s) {
        if (i - 1 < s) {
            return null;
        }
        MaskedToken t = ph.tok(i - 1);
        return !t.quoted() && !t.capitalised() && lex.bodyNouns.containsKey(t.lower()) ? t.lower() : null;
    }

    /** "Airbus, Europe's biggest aircraft manufacturer,": the body noun of an apposition after token {@code j}, or null. */
    private String bodyApposition(Phrases ph, int j, int e) {
        if (j + 1 >= e || !ph.tok(j).isPunct(',')) {
            return null;
        }
        for (int k = j + 1; k < e && k < j + 9; k++) {
            MaskedToken t = ph.tok(k);
            if (!t.isWord() || t.quoted() || lex.cueVerbs.contains(t.lower()) || lex.isRoleHead(t.lower())) {
                return null;
            }
            if (!t.capitalised() && lex.bodyNouns.containsKey(t.lower())) {
                return t.lower();
            }
        }
        return null;
    }

    /** Whether the corpus describes the body of this canonical name with the noun ("NPD Group, a research firm"). */
    boolean describedAs(String canonical, String noun) {
        return descriptions.getOrDefault(keyOf(List.of(canonical.split(" "))), Set.of()).contains(noun);
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
        if (!first.equals("the") && !first.equals("a") && !first.equals("an") && !first.equals("former")
                && !lex.isRoleHead(first) && !lex.roleModifiers.contains(first)) {
            return null; // ", the former ambassador", ", minister of transport for Indonesia"
        }
        List<String> words = new ArrayList<>();
        String head = null;
        String before = null;
        for (int k = j + 1; k < e; k++) {
            MaskedToken t = ph.tok(k);
            if (!t.isWord() || t.quoted() || lex.cueVerbs.contains(t.lower())) {
                break;
            }
            String l = t.lowerBare();
            if (head == null && lex.isRoleHead(l)) {
                head = l;
                before = words.isEmpty() ? null : words.get(words.size() - 1);
            } else if (t.capitalised() || lex.roleModifiers.contains(l) || !lex.functionWords.contains(l)) {
                words.add(l);
            }
        }
        return head == null ? null : new LearnedRole(head, before, new HashSet<>(words));
    }

    /** The role a holder after it carries: its head, the word before it, and every other word up to the holder. */
    private LearnedRole holderRole(Phrases ph, Phrase.Role r, int from, Phrase.Name holder) {
        Set<String> words = new HashSet<>(r.modifiers());
        if (r.possessor() != null) {
            words.add(NameRuns.lower(r.possessor()));
        }
        for (int k = from; k < ph.tokenCount() && ph.tokStart(k) < holder.pos(); k++) {
            MaskedToken t = ph.tok(k);
            if (t.isWord() && !t.quoted() && !lex.functionWords.contains(t.lower())) {
                words.add(t.lowerBare());
            }
        }
        words.remove(r.head());
        String before = r.modifiers().isEmpty() ? null : r.modifiers().get(r.modifiers().size() - 1);
        return new LearnedRole(r.head(), before, words);
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

    /** One name as an article teaches it (see {@link #learned}). */
    void add(LearnedName l) {
        List<String> key = l.key();
        if (l.described() != null) {
            descriptions.computeIfAbsent(key, k -> new HashSet<>()).add(l.described());
        }
        if (key.isEmpty()) {
            return;
        }
        if (key.size() == 1) {
            singles.add(new SingleMentions.Single(key.get(0), l.display(), l.articleId(), l.gender(),
                    l.role() != null ? l.role() : l.appos(), l.strong(), l.body()));
            return;
        }
        Person p = byKey.computeIfAbsent(key, Person::new);
        p.addForm(l.display());
        p.addArticle(l.articleId());
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

    /** Merges the forms of one person, attaches surname mentions and indexes the people for look-ups. */
    void finish() {
        // two forms with the same first and last word are one person when the words between agree ("Vladimir
        // Putin", "Vladimir Vladimirovich Putin"), not when they differ ("China Eastern Airlines", "China Southern
        // Airlines")
        List<Person> people = new ArrayList<>();
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
                firstWords(p.key.get(0)).add(p);
            } else {
                namesakes(p.surname()).add(p);
            }
        }
        singles.attach(people, bySurname, byFirstWord);
        // from here the people only change their canonical name's memo: the initials and roles are indexed on another
        // core while this one indexes the names (each 15-30 ms at 16,000 bench articles, the other cores idle)
        try (ForkedTask<RoleIndex> initialsAndRoles = ForkedTask.fork(() -> {
            indexInitials(people);
            return new RoleIndex(lex, people);
        })) {
            slips = new NameSlips(typoCandidates());
            for (Person p : people) {
                byCanonical.putIfAbsent(p.canonical(), p);
                if (p.strong) {
                    strongCanonicals.add(p.canonical());
                }
            }
            roles = initialsAndRoles.join();
        }
        this.people = people;
    }

    /** Organisations of two words or more by their initials. */
    private void indexInitials(List<Person> people) {
        for (Person p : people) {
            if (p.organisation && p.key.size() >= 2) {
                byInitials.computeIfAbsent(Initials.of(lex, p.key), k -> new Namesakes()).add(p);
            }
        }
        byInitials.values().forEach(Namesakes::freeze);
    }

    /** The people of the corpus after {@link #finish()}, in the order they were learned (for tests). */
    List<Person> people() {
        return people;
    }

    private Namesakes namesakes(String surname) {
        return bySurname.computeIfAbsent(surname, k -> new Namesakes());
    }

    private Namesakes firstWords(String word) {
        return byFirstWord.computeIfAbsent(word, k -> new Namesakes());
    }

    /** The canonical name of a name phrase: the fullest form of the person it names, or the name as written. */
    String resolveName(Phrase.Name n, String articleId) {
        List<String> key = keyOf(n.words());
        if (key.isEmpty()) {
            return null;
        }
        if (key.size() >= 2) {
            List<Person> same = byFirstAndSurname.getOrDefault(List.of(key.get(0), key.get(key.size() - 1)), List.of());
            Person p = Person.firstCompatible(same, key);
            return p != null ? p.canonical() : n.display();
        }
        Person p = single(key.get(0), articleId);
        if (p == null || p.key.size() == 1 && p.mentions <= 1) {
            Person typo = typoOf(key.get(0), articleId);
            p = typo != null ? typo : p;
        }
        return p != null ? p.canonical() : n.display();
    }

    /**
     * The person a one-word name stands for: a person of that surname, else a body of that first word ("Ford"), else
     * a body of those initials named in the same article ("GM" after "General Motors").
     */
    private Person single(String word, String articleId) {
        if (byInitials.containsKey(word)) {
            Person q = byInitials.get(word).pick(articleId, false);
            if (q != null && q.articles.contains(articleId)) {
                return q;
            }
        }
        Person p = bySurname(word, articleId, false);
        if (p == null) {
            Namesakes firsts = byFirstWord.get(word);
            p = firsts == null ? null : firsts.pick(articleId, false);
        }
        return p;
    }

    /**
     * "Chrylser" for "Chrysler": a name of five letters or more that the corpus names at most once, one typing slip
     * (a letter left out, added, changed, or two swapped) from exactly one name the corpus names at least twice.
     */
    private Person typoOf(String word, String articleId) {
        if (word.length() < 5) {
            return null;
        }
        Person found = null;
        for (String w : slips.near(word)) {
            Person p = single(w, articleId);
            if (p == null && bySurname.containsKey(w)) {
                p = bySurname.get(w).only();
            }
            if (p == null || p.mentions < 2 || found != null && found != p) {
                return null;
            }
            found = p;
        }
        return found;
    }

    private Set<String> typoCandidates() {
        Set<String> all = new HashSet<>(bySurname.keySet());
        all.addAll(byFirstWord.keySet());
        all.removeIf(w -> w.length() < 4);
        return all;
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

    /** Whether a canonical name is a body rather than a person ("General Motors", "GM", "automaker Ford"). */
    boolean isOrganisation(String canonical) {
        Person p = byCanonical.get(canonical);
        return p != null ? p.organisation : organisationName(List.of(canonical.split(" ")));
    }

    /** Whether a canonical name is a person the registry knows by a title, honorific or apposition. */
    boolean isPerson(String canonical) {
        return strongCanonicals.contains(canonical);
    }

    /** The lower-case words of a name without surname particles ("Bashar al-Assad" → [bashar, assad]). */
    List<String> keyOf(List<String> words) {
        List<String> key = new ArrayList<>();
        for (String w : words) {
            String l = SpeechWords.fold(w).replace('’', '\'');
            if (lex.particles.contains(l) || l.length() == 1 || l.equals("of") || l.equals("for")) {
                continue; // a particle, an initial, the "of" of "Bank of America"
            }
            int dash = l.indexOf('-');
            if (dash > 0 && lex.particles.contains(l.substring(0, dash))) {
                l = l.substring(dash + 1);
            }
            key.add(l);
        }
        while (key.size() > 2 && COMPANY_SUFFIXES.contains(key.get(key.size() - 1))) {
            key.remove(key.size() - 1); // "General Motors Corporation" is "General Motors"
        }
        return key;
    }
}
