package org.parallax.extract.quote;

import java.util.List;
import java.util.Set;

/**
 * The speech cues of one article: cue verbs and cue phrases ("said", "was quoted as saying"), participles
 * ("saying"), "according to", whether a cue is denied or in the passive, and whose speech a cue reports.
 */
final class Cues {

    private final ArticleText at;
    private final SpeechWords lex;
    private final Phrases ph;
    private final Tokens toks;

    Cues(ArticleText at, SpeechWords lex, Phrases ph) {
        this.at = at;
        this.lex = lex;
        this.ph = ph;
        this.toks = at.tokens;
    }

    /** The length in tokens of a cue verb or cue phrase starting at {@code i}, 0 if none. */
    int cueLength(int i) {
        MaskedToken t = toks.get(i);
        if (t.quoted() || !t.isWord() || t.capitalised() && !at.sentenceFirst[i]) {
            return 0; // "the United States": a capitalised cue inside a sentence is a name's word
        }
        if ((t.kinds() & WordKinds.CUE_START) == 0) {
            return 0; // most words: no cue phrase starts with them (found once per distinct word: WordKinds)
        }
        int length = cueWordsAt(i, t.lower());
        if (length > 0 && i > 0 && NOUN_BEFORE.contains(toks.get(i - 1).lower()) && !toks.get(i - 1).quoted()) {
            return 0; // "the plan", "its report", "a claim": a noun (asked only of a cue: most words are none)
        }
        return length;
    }

    private int cueWordsAt(int i, String first) {
        List<List<String>> phrases = lex.cuePhrasesByFirst.get(first);
        if (phrases == null) {
            return 0; // neither a cue phrase's first word nor a cue verb
        }
        for (List<String> phrase : phrases) {
            if (wordsAt(i, phrase)) {
                return phrase.size();
            }
        }
        return lex.cueVerbs.contains(first) ? 1 : 0;
    }

    /** Whether token {@code i} is an unquoted cue participle ("saying"), read from its word's bits. */
    boolean participle(int i) {
        return (toks.get(i).kinds() & WordKinds.PARTICIPLE) != 0;
    }

    /** Whether "according to" starts at token {@code i}, the first word read from its word's bits. */
    boolean accordingTo(int i) {
        return (toks.get(i).kinds() & WordKinds.ACCORDING) != 0 && i + 2 < toks.size() && toks.get(i + 1).is("to");
    }

    /**
     * Whether token {@code i} may start a cue: a cue verb or phrase, a participle or "according to"; false tells that
     * {@link #cueLength}, {@link #participle} and {@link #accordingTo} all say no.
     */
    boolean mayStart(int i) {
        return mayStart(toks.get(i));
    }

    /** {@link #mayStart(int)} of a token: one test of its word's bits, where most words are no cue of any kind. */
    static boolean mayStart(MaskedToken t) {
        return (t.kinds() & (WordKinds.CUE_START | WordKinds.PARTICIPLE | WordKinds.ACCORDING)) != 0;
    }

    /** The last cue (verb, phrase, participle, "according to") in tokens {@code [s, last]}, or -1. */
    int cueBefore(int s, int last) {
        for (int i = last; i >= s; i--) {
            if (mayStart(i) && (cueLength(i) > 0 || participle(i) || accordingTo(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The speaker of the cue at {@code i}: left subject, the sentence subject after "and" or for a participle, or after the cue. */
    Phrase subjectOfCue(int i, int s, int e, int limit) {
        if (accordingTo(i)) {
            return ph.rightPhrase(i + 2, limit);
        }
        if (participle(i)) {
            return ph.sentenceSubject(s, e);
        }
        Phrase p = ph.leftSubject(i, s);
        if (p != null) {
            return p;
        }
        int j = i - 1;
        while (j >= s && lex.fillers.contains(toks.get(j).lower())) {
            j--;
        }
        if (j >= s && (toks.get(j).is("and") || toks.get(j).is("but"))) {
            return ph.sentenceSubject(s, e);
        }
        if (j >= s && toks.get(j).isWord()) {
            return null;
        }
        return ph.rightPhrase(i + cueLength(i), limit); // "said Peskov: “..."
    }

    /** Whether the cue at {@code i} is denied: "did not say", "won't announce", "never confirmed". */
    boolean negated(int i, int s) {
        for (int x = i - 1; x >= s && x >= i - 3; x--) {
            String l = toks.get(x).lower();
            if (l.equals("not") || l.equals("never") || l.endsWith("n't") || l.endsWith("n’t")) {
                return true;
            }
            if (!lex.fillers.contains(l) && !lex.adverbials.contains(l) && !Set.of("will", "would", "did", "does",
                    "do", "could", "can", "may", "might", "should").contains(l)) {
                return false;
            }
        }
        return false;
    }

    /** "was expected to", "were told that", "is reported": a cue in the passive, whose subject is no speaker. */
    boolean passive(int i, int s) {
        int x = i - 1;
        while (x >= s && lex.adverbials.contains(toks.get(x).lower())) {
            x--;
        }
        return x >= s && Set.of("is", "are", "was", "were", "be", "been", "being").contains(toks.get(x).lower())
                && toks.get(i).lower().endsWith("ed") || x >= s && toks.get(x).lower().equals("being");
    }

    private static final Set<String> NOUN_BEFORE = Set.of("the", "a", "an", "its", "his", "her", "their", "our",
            "this", "these", "those", "my", "your");

    /** Whether the tokens from {@code from} on are these lower-case words. */
    boolean wordsAt(int from, List<String> words) {
        if (from < 0 || from + words.size() > toks.size()) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            if (!toks.get(from + k).lower().equals(words.get(k))) {
                return false;
            }
        }
        return true;
    }
}
