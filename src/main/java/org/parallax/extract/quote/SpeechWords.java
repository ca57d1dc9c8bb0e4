package org.parallax.extract.quote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parallax.text.Abbreviations;
import org.parallax.text.Accents;
import org.parallax.text.DataFile;

/**
 * The word lists quote and speaker finding relies on, read from the data files beside this class
 * (cue verbs, honorifics, role nouns, pronouns, ...). Nothing in them names a particular person.
 */
final class SpeechWords {

    private static final SpeechWords STANDARD = load();

    final Set<String> cueVerbs = new HashSet<>();
    final Set<String> objectCues = new HashSet<>();
    final Set<String> bareCues = new HashSet<>();
    /** Cue verbs and participles whose object noun phrase is the content ("announced 10,000 job cuts"). */
    final Set<String> npCues = new HashSet<>();
    /** Cue verbs and participles whose "to"-infinitive is the content ("promised to cut taxes"). */
    final Set<String> infCues = new HashSet<>();
    final List<List<String>> cuePhrases = new ArrayList<>();
    /**
     * The cue phrases by first word, longest first: every word of every article is tried against them. Every cue verb
     * has an entry (empty when no phrase starts with it), so that one look-up tells most words they are no cue.
     */
    final Map<String, List<List<String>>> cuePhrasesByFirst = new HashMap<>();
    final Set<String> participles = new HashSet<>();
    final Map<String, Gender> honorifics = new HashMap<>();
    final Set<String> roleHeads = new HashSet<>();
    final Map<String, Set<String>> hypernyms = new HashMap<>();
    final Set<String> roleModifiers = new HashSet<>();
    final Map<String, Gender> pronouns = new HashMap<>();
    final Set<String> particles = new HashSet<>();
    final Set<String> functionWords = new HashSet<>();
    final Set<String> nonPersonWords = new HashSet<>();
    final List<List<String>> scareMarkers = new ArrayList<>();
    final Set<String> speechNouns = new HashSet<>();
    final Set<String> fillers = new HashSet<>();
    /** The one abbreviation list ({@link Abbreviations}) as words: lower case, without the final full stop. */
    final Set<String> abbreviations = new HashSet<>();
    final Set<String> introWords = new HashSet<>();
    /** Nouns standing for a named organisation, with the words its name must hold (empty: any organisation). */
    final Map<String, Set<String>> bodyNouns = new HashMap<>();
    final Set<String> statementNouns = new HashSet<>();
    final Set<String> places = new HashSet<>();
    final Set<String> adverbials = new HashSet<>();
    /** {@link #runKind}'s bits by word, made from the lists once they are read. */
    private final Map<String, Integer> runKinds = new HashMap<>();

    /** {@link #runKind}: a role head or modifier; an honorific; a surname particle. */
    static final int ROLE_WORD = 1;
    static final int HONORIFIC = 2;
    static final int PARTICLE = 4;

    private SpeechWords() {
    }

    static SpeechWords standard() {
        return STANDARD;
    }

    private static SpeechWords load() {
        SpeechWords x = new SpeechWords();
        for (String[] row : rows("cue-verbs.txt")) {
            x.cueVerbs.add(row[0]);
            x.flags(row);
        }
        for (String[] row : rows("cue-phrases.txt")) {
            x.cuePhrases.add(List.of(row));
        }
        x.cuePhrases.sort((a, b) -> b.size() - a.size());
        for (List<String> phrase : x.cuePhrases) {
            x.cuePhrasesByFirst.computeIfAbsent(phrase.get(0), k -> new ArrayList<>()).add(phrase);
        }
        x.cueVerbs.forEach(v -> x.cuePhrasesByFirst.putIfAbsent(v, List.of()));
        for (String[] row : rows("cue-participles.txt")) {
            x.participles.add(row[0]);
            x.flags(row);
        }
        for (String[] row : rows("honorifics.txt")) {
            x.honorifics.put(row[0], row.length > 1 ? Gender.fromCode(row[1]) : Gender.UNKNOWN);
        }
        words("role-heads.txt", x.roleHeads);
        for (String[] row : rows("role-hypernyms.txt")) {
            Set<String> covered = x.hypernyms.computeIfAbsent(row[0], k -> new HashSet<>());
            for (int i = 1; i < row.length; i++) {
                covered.add(row[i]);
            }
        }
        words("role-modifiers.txt", x.roleModifiers);
        for (String[] row : rows("pronouns.txt")) {
            x.pronouns.put(row[0], Gender.fromCode(row[1]));
        }
        words("name-particles.txt", x.particles);
        words("function-words.txt", x.functionWords);
        words("non-person-words.txt", x.nonPersonWords);
        for (String[] row : rows("scare-markers.txt")) {
            x.scareMarkers.add(List.of(row));
        }
        words("speech-nouns.txt", x.speechNouns);
        words("fillers.txt", x.fillers);
        for (String a : Abbreviations.bundled().listed()) {
            x.abbreviations.add(a.substring(0, a.length() - 1).toLowerCase(Locale.ROOT));
        }
        words("intro-words.txt", x.introWords);
        for (String[] row : rows("body-nouns.txt")) {
            Set<String> in = new HashSet<>(Arrays.asList(row).subList(1, row.length));
            if (row.length == 1) {
                in.add(row[0]);
            }
            in.remove("*");
            x.bodyNouns.put(row[0], in);
        }
        words("statement-nouns.txt", x.statementNouns);
        for (String[] row : rows("places.txt")) {
            x.places.add(String.join(" ", row));
        }
        words("adverbials.txt", x.adverbials);
        x.roleHeads.forEach(w -> x.runKinds.merge(w, ROLE_WORD, (a, b) -> a | b));
        x.roleModifiers.forEach(w -> x.runKinds.merge(w, ROLE_WORD, (a, b) -> a | b));
        x.honorifics.keySet().forEach(w -> x.runKinds.merge(w, HONORIFIC, (a, b) -> a | b));
        x.particles.forEach(w -> x.runKinds.merge(w, PARTICLE, (a, b) -> a | b));
        return x;
    }

    /**
     * What a word in lower case may be in a name run, as bits: {@link #ROLE_WORD} (a {@link #roleHeads role head} or
     * {@link #roleModifiers modifier}), {@link #HONORIFIC}, {@link #PARTICLE}; 0 for none. One look-up where the
     * name-run rules asked three sets about every word of every article.
     */
    int runKind(String lower) {
        return runKinds.getOrDefault(lower, 0);
    }

    /** The content flags of a cue verb or participle row ("announced bare np"). */
    private void flags(String[] row) {
        List<String> flags = Arrays.asList(row).subList(1, row.length);
        if (flags.contains("obj")) {
            objectCues.add(row[0]);
        }
        if (flags.contains("bare")) {
            bareCues.add(row[0]);
        }
        if (flags.contains("np")) {
            npCues.add(row[0]);
        }
        if (flags.contains("inf")) {
            infCues.add(row[0]);
        }
    }

    /** Whether a name (its words as written) is a place: a country, a state, a city, a region. */
    boolean isPlace(String name) {
        String n = fold(name).replace(".", "").strip();
        return places.contains(n) || n.startsWith("the ") && places.contains(n.substring(4));
    }

    /** Lower case without accents ("Müller" → "muller"); plain ASCII text is only lower-cased. */
    static String fold(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return Accents.stripCompatibly(s).toLowerCase(Locale.ROOT);
            }
        }
        return s.toLowerCase(Locale.ROOT);
    }

    boolean isRoleHead(String lower) {
        return roleHeads.contains(lower);
    }

    boolean isHonorific(String lower) {
        return honorifics.containsKey(lower);
    }

    /** Whether a learned role with this head (and its word before) is covered by the asked role head. */
    boolean roleCovers(String askedHead, String learnedHead, String learnedBefore) {
        if (askedHead.equals(learnedHead)) {
            return true;
        }
        Set<String> covered = hypernyms.get(askedHead);
        if (covered == null) {
            return false;
        }
        return covered.contains(learnedHead) || (learnedBefore != null && covered.contains(learnedBefore + "-" + learnedHead));
    }

    /**
     * Every learned head that {@link #roleCovers} may accept for this asked head (a superset: roleCovers decides),
     * so that role look-ups need only consider roles with these heads.
     */
    Set<String> headsCoverable(String askedHead) {
        Set<String> heads = new HashSet<>();
        heads.add(askedHead);
        for (String covered : hypernyms.getOrDefault(askedHead, Set.of())) {
            heads.add(covered);
            for (int dash = covered.indexOf('-'); dash >= 0; dash = covered.indexOf('-', dash + 1)) {
                heads.add(covered.substring(dash + 1)); // "<before>-<head>": the head after the word before
            }
        }
        return heads;
    }

    private static void words(String file, Set<String> into) {
        for (String[] row : rows(file)) {
            into.addAll(Arrays.asList(row));
        }
    }

    /** The entries of a data file in lower case, each split into its words. */
    private static List<String[]> rows(String file) {
        return DataFile.of(SpeechWords.class, file).texts().stream()
                .map(s -> s.toLowerCase(Locale.ROOT).split("\\s+")).toList();
    }
}
