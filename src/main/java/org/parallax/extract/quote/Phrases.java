package org.parallax.extract.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads noun phrases around a cue out of an article's tokens: the subject left of a cue verb (with
 * appositions: "Sir Tony Brenton, the former British ambassador to Russia, says"), a phrase right of a cue
 * ("said Peskov", "according to Putin's spokesman"), a sentence's subject; and parses a run of capitalised
 * words into a name with its title, or into a role.
 */
final class Phrases {

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "its", "their");
    private static final Set<String> CLAUSE_WORDS = Set.of("and", "but", "or", "while", "as", "when", "that",
            "because", "so", "then", "where", "after", "before", "since", "if", "although", "though", "whereas",
            "which", "who", "yet", "once");
    private static final Set<String> APPOSITION_STARTS = Set.of("the", "a", "an", "former", "who", "whose", "his",
            "her");

    private final ArticleText at;
    private final SpeechWords lex;
    private final Tokens toks;

    private final PersonRegistry reg;
    private final NameRuns runs;

    Phrases(ArticleText at, SpeechWords lex, PersonRegistry reg) {
        this.at = at;
        this.lex = lex;
        this.reg = reg;
        this.toks = at.tokens;
        this.runs = new NameRuns(at, lex, reg);
    }

    /** Whether token {@code i} may be part of a name or title run (see {@link NameRuns#inRun}). */
    boolean inRun(int i, int lo, int hi) {
        return runs.inRun(i, lo, hi);
    }

    /** Parses a run of tokens into a name or a role (see {@link NameRuns#parseRun}). */
    Phrase parseRun(int a, int b, boolean afterDeterminer) {
        return runs.parseRun(a, b, afterDeterminer);
    }

    /** The runs of name and title tokens of the sentence {@code [s, e)}, as token ranges {@code [from, to)}. */
    List<int[]> nameRuns(int s, int e) {
        List<int[]> out = new ArrayList<>();
        int i = s;
        while (i < e) {
            if (!runs.inRun(i, s, e) || toks.get(i).isPunct('.')) {
                i++;
                continue;
            }
            int j = i + 1; // token i is in the run
            while (j < e && runs.inRun(j, s, e)) {
                j++;
            }
            out.add(new int[] {i, j});
            i = j + 1; // token j is not in a run (the loop above asked it): not asked again
        }
        return out;
    }

    MaskedToken tok(int i) {
        return toks.get(i);
    }

    /** The offset in the article's text where token {@code i} starts. */
    int tokStart(int i) {
        return toks.start(i);
    }

    int tokenCount() {
        return toks.size();
    }

    boolean pronoun(MaskedToken t) {
        return !t.quoted() && lex.pronouns.containsKey(t.lower());
    }

    boolean determiner(MaskedToken t) {
        return !t.quoted() && DETERMINERS.contains(t.lower());
    }

    /** The subject of the cue at token {@code i}, looking left but not before token {@code s}. */
    Phrase leftSubject(int i, int s) {
        int j = skipBackOverTime(i - 1, s);
        while (j >= s && !toks.get(j).quoted() && lex.fillers.contains(toks.get(j).lower())) {
            j--;
        }
        if (j < s) {
            return null;
        }
        j = beforeBracket(j, s);
        if (j < s) {
            return null;
        }
        if (j - 2 >= s && toks.get(j).isPunct(',') && runs.partyCode(toks.get(j - 1)) && toks.get(j - 2).isPunct(',')) {
            j -= 3; // "Chuck Grassley, R-Iowa, said": the name before the party code
            if (j < s) {
                return null;
            }
        }
        MaskedToken t = toks.get(j);
        if (pronoun(t)) {
            return new Phrase.Pronoun(lex.pronouns.get(t.lower()), toks.start(j));
        }
        Phrase body = bodyEndingAt(j, s);
        if (body != null) {
            return body;
        }
        if (t.isPunct(',')) {
            Phrase appositive = appositiveName(s, j);
            return appositive != null ? appositive : apposition(s, j);
        }
        if (runs.inRun(j, s, i)) {
            int k = j;
            while (k - 1 >= s && runs.inRun(k - 1, s, i)) {
                k--;
            }
            // lower-case words of a title: "union spokeswoman Clara Jensen said"
            for (int x = 0; x < 2 && k - 1 >= s && runs.roleWord(toks.get(k)) && runs.titleWord(toks.get(k - 1)); x++) {
                k--;
            }
            if (k - 1 >= s && k < j && toks.get(k - 1).possessive() && runs.nameish(toks.get(k - 1))) {
                k--; // "Indonesia's transport minister tells": whose the role is
                while (k - 1 >= s && runs.inRun(k - 1, s, k)) {
                    k--;
                }
            }
            MaskedToken det = k - 1 >= s && determiner(toks.get(k - 1)) ? toks.get(k - 1) : null;
            int before = det != null ? k - 2 : k - 1;
            while (before >= s && runs.hyphenAdjective(toks.get(before))) {
                before--; // "Chicago-based Boeing said"
            }
            if (before >= s && !subjectMayFollow(before, s)) {
                // "The US car maker Ford Motor said", "after central bank governor Lena Holm said": a name after
                // a description of it; the name is the subject
                Phrase p = descriptionBefore(before, s) ? runs.parseRun(k, j + 1, false) : null;
                if (p instanceof Phrase.Name n && n.words().size() == 1
                        && lex.nonPersonWords.contains(NameRuns.lower(n.words().get(0)))) {
                    // "Syrian state TV reported": "TV" alone names nobody; the description is part of the name
                    int from = before;
                    while (from - 1 >= s && (runs.nameish(toks.get(from - 1)) || runs.titleWord(toks.get(from - 1)))) {
                        from--;
                    }
                    p = runs.parseRun(from, j + 1, false);
                }
                return p instanceof Phrase.Name ? Phrase.described(p) : apposition(s, before);
            }
            return runs.parseRun(k, j + 1, det != null);
        }
        return apposition(s, j);
    }

    /**
     * Whether tokens up to {@code b} end with a short description that a name follows ("The Danish shipping group
     * Maersk Line", "after central bank governor Lena Holm"): at most five words that are no function words, cue
     * verbs or participles (unless capitalised inside the sentence: "US", "United States"), after a determiner, the
     * sentence start, punctuation or a conjunction.
     */
    private boolean descriptionBefore(int b, int s) {
        int words = 0;
        for (int x = b; x >= s; x--) {
            MaskedToken t = toks.get(x);
            if (t.quoted()) {
                return false;
            }
            if (determiner(t) || CLAUSE_WORDS.contains(t.lower()) || !t.isWord()) {
                return words > 0 && (determiner(t) || subjectMayFollow(x, s));
            }
            String l = t.lower();
            // capitalised inside a sentence, "US", "IT", "United States" are names, not words
            boolean name = t.capitalised() && x > s || runs.capitalsOnly(t);
            if (!name && (lex.functionWords.contains(l) && !lex.isRoleHead(l) || lex.cueVerbs.contains(l)
                    || lex.participles.contains(l)) || ++words > 5) {
                return false;
            }
        }
        return words > 0;
    }

    /** Before a bracketed aside that ends at token {@code j} ("General Motors (GM) said"), else {@code j}. */
    private int beforeBracket(int j, int s) {
        if (!toks.get(j).isPunct(')')) {
            return j;
        }
        for (int x = j - 1; x >= s && x >= j - 5; x--) {
            if (toks.get(x).isPunct('(')) {
                return x - 1;
            }
            if (!toks.get(x).isWord()) {
                return j;
            }
        }
        return j;
    }

    /** Whether a subject may start right after token {@code b} (punctuation, a conjunction, an opening phrase). */
    private boolean subjectMayFollow(int b, int s) {
        MaskedToken t = toks.get(b);
        if (!t.isWord() || t.quoted()) {
            return true;
        }
        if (CLAUSE_WORDS.contains(t.lower())) {
            return true;
        }
        // a short opening phrase: "In turn Assad said"
        return b - s < 3 && lex.introWords.contains(toks.get(s).lower());
    }

    /** "The former governor, Jonas Berg, said": a name between two commas right before the cue. */
    private Phrase appositiveName(int s, int comma) {
        int k = comma - 1 >= s ? beforeBracket(comma - 1, s) : comma - 1;
        int last = k + 1;
        if (k < s || !runs.nameish(toks.get(k))) {
            return null;
        }
        while (k - 1 >= s && runs.inRun(k - 1, s, comma)) {
            k--;
        }
        if (k - 1 < s || !toks.get(k - 1).isPunct(',')) {
            return null;
        }
        Phrase p = runs.parseRun(k, last, false);
        return p instanceof Phrase.Name ? Phrase.described(p) : null;
    }

    /** "NAME, the|a|former|who ..." or "NAME, president of ..." ending before token {@code j}: the name, or null. */
    Phrase apposition(int s, int j) {
        for (int c = j; c > s; c--) {
            MaskedToken t = toks.get(c);
            int before = c - 1 > s ? beforeBracket(c - 1, s) : c - 1; // "General Motors (GM), an automaker"
            if (t.isPunct(',') && c + 1 <= j + 1 && c + 1 < toks.size() && before >= s
                    && (APPOSITION_STARTS.contains(toks.get(c + 1).lower()) || runs.roleWord(toks.get(c + 1))
                    || toks.get(c + 1).possessive() && toks.get(c + 1).capitalised()) // "Airbus, Europe's biggest"
                    && runs.inRun(before, s, c)) {
                int k = before;
                c = before + 1;
                while (k - 1 >= s && runs.inRun(k - 1, s, c)) {
                    k--;
                }
                MaskedToken det = k - 1 >= s && determiner(toks.get(k - 1)) ? toks.get(k - 1) : null;
                Phrase p = runs.parseRun(k, c, det != null);
                if (p instanceof Phrase.Name) {
                    return Phrase.described(p);
                }
                return null;
            }
        }
        return null;
    }

    /** A phrase starting at token {@code k} (not reaching {@code e}): a pronoun, a name, a role or a body. */
    Phrase rightPhrase(int k, int e) {
        if (k >= e) {
            return null;
        }
        MaskedToken t = toks.get(k);
        if (pronoun(t)) {
            return new Phrase.Pronoun(lex.pronouns.get(t.lower()), toks.start(k));
        }
        if ((t.is("it") || t.is("they")) && !t.quoted()) {
            return new Phrase.Body(t.lower(), toks.start(k));
        }
        MaskedToken det = null;
        if (determiner(t)) {
            det = t;
            k++;
        }
        int b = det != null && det.is("the") ? bodyNounWithin(k, e) : -1;
        if (b >= 0) {
            return new Phrase.Body(bodyHead(toks.get(b)), toks.start(k - 1));
        }
        int j = runs.runEnd(k, e);
        if (j == k) {
            return null;
        }
        Phrase p = runs.parseRun(k, j, det != null);
        if (p instanceof Phrase.Role) {
            Phrase holder = holderAfter(j, e);
            return holder != null ? holder : p;
        }
        return p;
    }

    /**
     * "the White House press secretary, Jane Roe, told", "the Prime Minister of Singapore, Mr Lee Hsien Loong,": the
     * name set off by commas right after a role ending at token {@code j} (a place after "of" may come between).
     */
    Phrase holderAfter(int j, int e) {
        if (j + 1 < e && toks.get(j).is("of") && runs.nameish(toks.get(j + 1))) {
            j++;
            while (j < e && runs.inRun(j, j, e)) {
                j++;
            }
        }
        if (j + 1 >= e || !toks.get(j).isPunct(',')) {
            return null;
        }
        int x = j + 1;
        while (x < e && runs.inRun(x, j + 1, e)) {
            x++;
        }
        if (x == j + 1 || x < e && !toks.get(x).isPunct(',') && !toks.get(x).isPunct('.')) {
            return null;
        }
        Phrase p = runs.parseRun(j + 1, x, false);
        return p instanceof Phrase.Name n && n.roleWords().isEmpty() ? Phrase.described(p) : null;
    }

    /**
     * The speaker right after a cue ("said Peskov", "said the firm's chief executive officer, Alan Mulally", "said the
     * vice president and chairman of Chrysler LLC Jim Press"): a name closing the clause wins over the role before it.
     */
    Phrase speakerAfter(int k, int e) {
        Phrase p = rightPhrase(k, e);
        if (p instanceof Phrase.Name || p instanceof Phrase.Pronoun) {
            return p;
        }
        for (int x = k; x < e && x < k + 14; x++) {
            MaskedToken t = toks.get(x);
            if (t.quoted() || lex.cueVerbs.contains(t.lower()) || t.isPunct(';') || QuoteMarks.isMark(t.text().charAt(0))) {
                break;
            }
            if (x > k && runs.nameish(t) && !runs.inRun(x - 1, k, e)) {
                int y = x;
                while (y < e && runs.inRun(y, x, e)) {
                    y++;
                }
                boolean closes = y == e || toks.get(y).isPunct(',') || toks.get(y).isPunct('.');
                Phrase n = closes ? runs.parseRun(x, y, false) : null;
                if (n instanceof Phrase.Name) {
                    return Phrase.described(n); // after the role it holds
                }
                x = y - 1;
            }
        }
        return p;
    }

    /** MaskedToken index just after a body phrase read by {@link #rightPhrase} at {@code k}, or {@code k} if none. */
    private int bodyEnd(int k, int e) {
        if (k < e && (toks.get(k).is("it") || toks.get(k).is("they")) && !toks.get(k).quoted()) {
            return k + 1;
        }
        if (k < e && toks.get(k).is("the")) {
            int b = bodyNounWithin(k + 1, e);
            return b < 0 ? k : b + 1;
        }
        return k;
    }

    /**
     * "the company", "the US car maker", "the statement": the body noun that ends a short run of modifiers starting
     * at {@code k} (right after "the"), not followed by a name ("the company Boeing" is Boeing); -1 if none.
     */
    private int bodyNounWithin(int k, int e) {
        for (int x = k; x < e && x < k + 6; x++) {
            MaskedToken t = toks.get(x);
            if (t.quoted() || !t.isWord() || lex.cueVerbs.contains(t.lower()) || lex.participles.contains(t.lower())) {
                return -1;
            }
            if (!t.capitalised() && bodyNoun(t)) {
                boolean nameAfter = x + 1 < e && runs.nameish(toks.get(x + 1));
                return nameAfter || t.possessive() ? -1 : x;
            }
            if (lex.functionWords.contains(t.lower()) && !t.capitalised()) {
                return -1;
            }
        }
        return -1;
    }

    /** "the company" ending at token {@code j} (the noun), or "it": a body phrase; null otherwise. */
    private Phrase bodyEndingAt(int j, int s) {
        MaskedToken t = toks.get(j);
        if (t.quoted()) {
            return null;
        }
        if (t.is("it") || t.is("they")) {
            return new Phrase.Body(t.lower(), toks.start(j));
        }
        if (t.capitalised() || !bodyNoun(t) || t.possessive()) {
            return null;
        }
        for (int x = j - 1; x >= s && x >= j - 4; x--) {
            MaskedToken d = toks.get(x);
            if (d.is("the")) {
                return new Phrase.Body(bodyHead(t), toks.start(x));
            }
            if (d.quoted() || !d.isWord() || lex.functionWords.contains(d.lower()) && !d.capitalised()
                    || lex.cueVerbs.contains(d.lower())) {
                return null;
            }
        }
        return null;
    }

    private boolean bodyNoun(MaskedToken t) {
        String l = t.lower();
        return lex.bodyNouns.containsKey(l) || lex.statementNouns.contains(l);
    }

    private static String bodyHead(MaskedToken t) {
        return t.lower();
    }

    /** MaskedToken index just after the phrase that {@link #rightPhrase} reads at {@code k}. */
    int rightPhraseEnd(int k, int e) {
        if (k >= e) {
            return k;
        }
        if (pronoun(toks.get(k))) {
            return k + 1;
        }
        int body = bodyEnd(k, e);
        if (body > k) {
            return body;
        }
        if (determiner(toks.get(k))) {
            k++;
        }
        return runs.runEnd(k, e);
    }

    /** The subject of sentence {@code [s, e)}, after an opening phrase ("At the meeting, Assad ..."). */
    Phrase sentenceSubject(int s, int e) {
        int k = s;
        while (k < e && (toks.get(k).quoted() || QuoteMarks.isMark(toks.get(k).text().charAt(0))
                || toks.get(k).isPunct(','))) {
            k++;
        }
        if (k >= e) {
            return null;
        }
        if (lex.participles.contains(toks.get(k).lower()) || toks.get(k).is("speaking")) {
            k = afterOpeningPhrase(k, e); // "Citing “a precautionary measure”, Airbus announced"
            if (k < 0) {
                return null;
            }
        } else if (k + 1 < e && toks.get(k + 1).isPunct(',') && reg != null
                && !reg.seenCapitalisedInside(toks.get(k).text())) {
            k += 2; // "Normally, the president ..."
        } else if (lex.introWords.contains(toks.get(k).lower())) {
            int comma = -1;
            for (int c = k; c < e && c < k + 25; c++) {
                if (toks.get(c).isPunct(',')) {
                    comma = c;
                    break;
                }
            }
            if (comma < 0) {
                return null;
            }
            k = comma + 1;
        }
        return rightPhrase(k, e);
    }

    /** After an opening participle phrase: past its comma, or past a closing quotation mark that a name follows. */
    private int afterOpeningPhrase(int k, int e) {
        for (int x = k + 1; x < e && x < k + 30; x++) {
            MaskedToken t = toks.get(x);
            if (t.quoted()) {
                continue;
            }
            if (t.isPunct(',')) {
                return x + 1;
            }
            if (QuoteMarks.isMark(t.text().charAt(0)) && x > k + 1 && toks.get(x - 1).quoted() && x + 1 < e
                    && (runs.nameish(toks.get(x + 1)) || determiner(toks.get(x + 1)))) {
                return x + 1;
            }
        }
        return -1;
    }

    /** Back over fillers and time words before a cue: "Apple today announced", "The office on June 18 called for". */
    private int skipBackOverTime(int j, int s) {
        int x = j;
        while (x >= s && !toks.get(x).quoted()) {
            MaskedToken t = toks.get(x);
            String l = t.lower();
            if (lex.fillers.contains(l) || lex.adverbials.contains(l) && !l.equals("first")) {
                x--;
            } else if (t.isWord() && Character.isDigit(t.text().charAt(0)) && x - 1 >= s
                    && lex.adverbials.contains(toks.get(x - 1).lower())) {
                x -= 2; // "June 18"
            } else if ((l.equals("on") || l.equals("last") || l.equals("this")) && x < j) {
                x--;
            } else {
                break;
            }
        }
        return x < j && x >= s && (toks.get(x).isWord() || toks.get(x).isPunct(')') || toks.get(x).isPunct('.')) ? x : j;
    }

}
