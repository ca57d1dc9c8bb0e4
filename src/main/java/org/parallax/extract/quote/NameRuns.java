package org.parallax.extract.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Runs of capitalised words and titles in an article's tokens, and what they are: which tokens may belong to a
 * name ("Apple Inc.", "Bank of America", "Detik.com", "al-Assad"), where a run ends, and whether it parses into a
 * name with its title ("Kremlin spokesman Dmitry Peskov") or into a role alone ("the Russian President").
 */
final class NameRuns {

    private final ArticleText at;
    private final SpeechWords lex;
    private final Tokens toks;
    private final PersonRegistry reg;

    NameRuns(ArticleText at, SpeechWords lex, PersonRegistry reg) {
        this.at = at;
        this.lex = lex;
        this.reg = reg;
        this.toks = at.tokens;
    }

    /** Words that follow an opening participle ("Addressing a conference", "Speaking to reporters"), not a name. */
    private static final Set<String> AFTER_PARTICIPLE = Set.of("a", "an", "the", "to", "on", "in", "at", "for",
            "with", "from", "about", "his", "her", "its", "their", "this", "that", "these", "those", "out", "up");

    /** A capitalised word that may be a name's: no function word, party code or "Chicago-based" ({@link WordKinds}). */
    boolean nameish(MaskedToken t) {
        return (t.kinds() & WordKinds.NAMEISH) != 0;
    }

    /** "R-Iowa", "D-N.Y.": a party and state after a politician's name, never a name of its own. */
    static boolean partyCode(MaskedToken t) {
        return partyCode(t.text());
    }

    static boolean partyCode(String x) {
        return x.length() > 2 && "RDI".indexOf(x.charAt(0)) >= 0 && x.charAt(1) == '-' && Character.isUpperCase(x.charAt(2));
    }

    private static final Set<String> CONTRACTIONS = Set.of("s", "re", "ll", "ve", "m", "d", "t");

    /** The word in lower case without a possessive or contracted ending ("We’re" → "we", "Putin’s" → "putin"). */
    static String base(MaskedToken t) {
        return base(t.lower());
    }

    /** {@link #base(MaskedToken)} of a word in lower case. */
    static String base(String lower) {
        String l = lower.replace('’', '\'');
        int apo = l.indexOf('\'');
        if (apo > 0 && CONTRACTIONS.contains(l.substring(apo + 1))) {
            l = l.substring(0, apo);
        }
        if (l.endsWith("n") && l.endsWith("'t")) {
            l = l.substring(0, l.length() - 2);
        }
        return l;
    }

    /** "Chicago-based", "state-owned": a compound adjective before a name. */
    boolean hyphenAdjective(MaskedToken t) {
        int dash = t.text().lastIndexOf('-');
        return !t.quoted() && dash > 0 && dash + 1 < t.text().length() && Character.isLowerCase(t.text().charAt(dash + 1));
    }

    /** A lower-case word that may be part of a title before a name ("union spokeswoman", "chief engineer"). */
    boolean titleWord(MaskedToken t) {
        String l = t.lower();
        return !t.quoted() && t.isWord() && !t.capitalised() && !lex.functionWords.contains(l)
                && !lex.cueVerbs.contains(l) && !lex.participles.contains(l) && !lex.particles.contains(l)
                && !(l.length() > 4 && l.endsWith("ed")); // "the Prime Minister applauded Singapore Airlines": a verb
    }

    /** "Detik.com": the full stop and the lower-case ending of a web address glued to a name. */
    private boolean isDomain(int i) {
        MaskedToken t = toks.get(i);
        if (t.quoted()) {
            return false;
        }
        if (t.isPunct('.')) {
            return i > 0 && i + 1 < toks.size() && toks.end(i - 1) == toks.start(i)
                    && toks.start(i + 1) == toks.end(i) && toks.get(i - 1).capitalised()
                    && Set.of("com", "org", "net", "co", "uk", "de", "fr", "ru", "in", "id").contains(toks.get(i + 1).text());
        }
        return i > 0 && toks.get(i - 1).isPunct('.') && isDomain(i - 1);
    }

    /** "US", "UK" in "the US automaker GM": capitals that are a word of a description, not a name. */
    static boolean capitalsOnly(MaskedToken t) {
        return !t.quoted() && t.isWord() && t.text().length() <= 3 && t.text().chars().allMatch(Character::isUpperCase);
    }

    /** An unquoted word that is a role head or modifier, without its possessive ending ({@link WordKinds}). */
    boolean roleWord(MaskedToken t) {
        return (t.kinds() & WordKinds.ROLE_WORD) != 0;
    }

    /** Whether token {@code i} may be part of a name or title run (between {@code lo} and {@code hi}). */
    boolean inRun(int i, int lo, int hi) {
        MaskedToken t = toks.get(i);
        int kinds = t.kinds(); // found once per distinct word of the article: this is asked of every token
        if ((kinds & (WordKinds.NAMEISH | WordKinds.ROLE_WORD | WordKinds.HONORIFIC)) != 0) {
            return true;
        }
        boolean dot = t.isPunct('.');
        if ((dot || i > 0 && toks.get(i - 1).isPunct('.')) && isDomain(i)) {
            return true; // only a full stop or the word after one is a web address's: most tokens are not asked
        }
        if (dot && i > lo) {
            MaskedToken w = toks.get(i - 1);
            // "Apple Inc. CEO Steve Jobs": the full stop of an abbreviation inside a name
            // "Apple Inc. announced": a company's abbreviation ends a name
            return toks.end(i - 1) == toks.start(i) && (lex.isHonorific(w.lower())
                    || (w.text().length() == 1 && Character.isUpperCase(w.text().charAt(0)))
                    || w.capitalised() && lex.abbreviations.contains(w.lower()) && (i + 1 < hi
                    && (nameish(toks.get(i + 1)) || roleWord(toks.get(i + 1)))
                    || lex.nonPersonWords.contains(w.lower())));
        }
        if (t.ofOrFor() && i > lo && i + 1 < hi && !t.capitalised()) {
            // "Bank of America", "Ministry of Defence": "of" inside a body's name
            MaskedToken w = toks.get(i - 1);
            return w.capitalised() && lex.nonPersonWords.contains(base(w)) && nameish(toks.get(i + 1));
        }
        if ((kinds & WordKinds.PARTICLE) != 0 && i > lo && i + 1 < hi) {
            return nameish(toks.get(i - 1)) && nameish(toks.get(i + 1));
        }
        return false;
    }

    /** The end of a name run from {@code k}, taking up to three lower-case title words that a name follows. */
    int runEnd(int k, int e) {
        int j = k;
        while (j < e) {
            if (inRun(j, k, e)) {
                j++;
                continue;
            }
            int x = j;
            while (x < e && x < j + 4 && (titleWord(toks.get(x)) || capitalsOnly(toks.get(x)))) {
                x++;
            }
            if (x > j && x < e && nameish(toks.get(x)) && (x > j + 1 || roleWord(toks.get(x - 1))
                    || j > k && roleWord(toks.get(j - 1)) || lex.roleHeads.contains(toks.get(x - 1).lower())
                    || lex.bodyNouns.containsKey(toks.get(x - 1).lower()))) { // "the automaker GM"
                j = x;
                continue;
            }
            break;
        }
        return j;
    }

    /**
     * Parses tokens {@code [a, b)} (a run of capitalised words and titles) into a name or a role; {@code afterDeterminer}
     * when token {@code a - 1} is its determiner (a position, not a word: every token of a word shares its object).
     */
    Phrase parseRun(int a, int b, boolean afterDeterminer) {
        MaskedToken det = afterDeterminer ? toks.get(a - 1) : null;
        RunWords run = words(a, b);
        if (run == null) {
            return null;
        }
        List<MaskedToken> words = run.words();
        int r = roleHead(words);
        List<MaskedToken> rest = nameAfterRole(words, r);
        Gender gender = Gender.UNKNOWN;
        while (!rest.isEmpty() && lex.isHonorific(rest.get(0).lower())) {
            gender = lex.honorifics.get(rest.get(0).lower());
            rest.remove(0);
        }
        rest = trimName(rest);
        int pos = toks.start(det != null ? a - 1 : run.first());
        if (!rest.isEmpty()) {
            if (det != null && (det.is("a") || det.is("an"))) {
                return null; // "a Kremlin transcript": a name used as a modifier
            }
            List<String> roleWords = new ArrayList<>();
            for (int i = 0; i <= r; i++) {
                roleWords.add(words.get(i).lowerBare());
            }
            List<String> name = new ArrayList<>();
            for (MaskedToken t : rest) {
                name.add(t.bare());
            }
            return new Phrase.Name(name, roleWords, gender, pos);
        }
        return r < 0 ? null : role(words, r, det, pos);
    }

    /** The words of a run ({@link #words}) and the token of the first of them. */
    private record RunWords(List<MaskedToken> words, int first) {
    }

    /** The words of a run, without a first word capitalised only by its place; null when there is no name in it. */
    private RunWords words(int a, int b) {
        List<MaskedToken> words = new ArrayList<>();
        int first = -1; // the token of words' first
        int second = -1;
        for (int i = a; i < b; i++) {
            if (toks.get(i).isWord()) {
                words.add(toks.get(i));
                if (first < 0) {
                    first = i;
                } else if (second < 0) {
                    second = i;
                }
            }
        }
        boolean title = words.size() > 1 && roleWord(words.get(1)) && !words.get(0).lower().endsWith("ly");
        if (words.size() > 1 && at.sentenceFirst[a] && (sentenceAdverb(words.get(0)) && !title
                || lex.bodyNouns.containsKey(words.get(0).lower()) && words.get(1).capitalised())) {
            // "Recently Apple said", "Carmaker Halvorsen said": a word capitalised by its place ("Fisheries Minister
            // Ola Brekke" keeps its title)
            words.remove(0);
            first = second;
        }
        if (words.isEmpty() || words.size() == 1 && at.sentenceFirst[a] && words.get(0).lower().endsWith("ing")
                && b < toks.size() && AFTER_PARTICIPLE.contains(toks.get(b).lower()) && !toks.get(b).quoted()) {
            return null; // "Addressing a conference, ...": a participle capitalised by its place
        }
        return new RunWords(words, first);
    }

    /** The index of the last role head of the run ("Kremlin spokesman"), -1 if none or it begins a body's name. */
    private int roleHead(List<MaskedToken> words) {
        int r = -1;
        for (int i = 0; i < words.size(); i++) {
            if (lex.isRoleHead(words.get(i).lowerBare())) {
                r = i;
            }
        }
        if (r >= 0 && r + 1 < words.size() && words.get(r).capitalised()
                && words.subList(r + 1, words.size()).stream().allMatch(MaskedToken::capitalised)
                && lex.nonPersonWords.contains(words.get(words.size() - 1).lowerBare())) {
            r = -1; // "General Motors": the title word begins an organisation's name
        }
        return r;
    }

    /** The words after the role, after a body's name or a description that a person's full name follows. */
    private List<MaskedToken> nameAfterRole(List<MaskedToken> words, int r) {
        List<MaskedToken> rest = new ArrayList<>(words.subList(r + 1, words.size()));
        for (int i = rest.size() - 1; i >= 0; i--) {
            // "Syrian Arab Republic Bashar al-Assad": a full name after an organisation's name; but
            // "Times Online", "Syrian Democratic Forces", "Bank of America" are the organisation's own name
            if (lex.nonPersonWords.contains(rest.get(i).lowerBare())) {
                if (rest.size() - i - 1 >= 2 && !rest.get(i + 1).is("of") && !rest.get(i + 1).is("for")) {
                    rest = new ArrayList<>(rest.subList(i + 1, rest.size()));
                }
                break;
            }
        }
        // "the United States's largest car manufacturer General Motors": the name after a description of it
        for (int i = rest.size() - 2; i >= 0; i--) {
            MaskedToken w = rest.get(i);
            if (!w.capitalised() && lex.bodyNouns.containsKey(w.lower()) && rest.get(i + 1).capitalised()) {
                return new ArrayList<>(rest.subList(i + 1, rest.size()));
            }
        }
        return rest;
    }

    /** Cuts a name at a possessive ("Putin’s Syria policy" is about Putin) and drops its lower-case words. */
    private List<MaskedToken> trimName(List<MaskedToken> name) {
        List<MaskedToken> rest = name;
        for (int i = 0; i < rest.size() - 1; i++) {
            if (rest.get(i).possessive()) {
                rest = new ArrayList<>(rest.subList(0, i + 1));
                break;
            }
        }
        rest.removeIf(t -> !t.capitalised() && !lex.particles.contains(t.lower()) && !t.is("of") && !t.is("for"));
        while (!rest.isEmpty() && (rest.get(rest.size() - 1).is("of") || rest.get(rest.size() - 1).is("for"))) {
            rest.remove(rest.size() - 1);
        }
        while (!rest.isEmpty() && !rest.get(0).capitalised()) {
            rest.remove(0);
        }
        return rest;
    }

    /** The role of a run without a name: "the Russian President", "Putin's spokesman". */
    private Phrase role(List<MaskedToken> words, int r, MaskedToken det, int pos) {
        String possessor = null;
        List<String> mods = new ArrayList<>();
        for (int i = 0; i < r; i++) {
            MaskedToken w = words.get(i);
            if (w.possessive()) {
                possessor = w.bare();
            } else if (!lex.isHonorific(w.lower())) {
                mods.add(w.lowerBare());
            }
        }
        boolean definite = possessor != null || (det == null ? words.get(0).capitalised() : !(det.is("a") || det.is("an")));
        return new Phrase.Role(mods, words.get(r).lowerBare(), possessor, definite, pos);
    }

    /**
     * A sentence's first word that is a common word, not part of the name after it ("Recently Apple said",
     * "Actual Airbus figures"): never seen capitalised inside a sentence of the corpus, and either seen in
     * lower case somewhere in it or an "-ly" adverb. Honorifics and titles are kept.
     */
    private boolean sentenceAdverb(MaskedToken t) {
        String l = t.lower();
        if (reg == null || reg.seenCapitalisedInside(l) || lex.isHonorific(l) || lex.isRoleHead(l)) {
            return false;
        }
        return reg.seenLowerCase(l) || l.length() > 5 && l.endsWith("ly");
    }

    static String lower(String s) {
        return s.toLowerCase(java.util.Locale.ROOT);
    }
}
