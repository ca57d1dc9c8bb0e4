package org.parallax.extract.quote;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.parallax.model.QuoteKind;

/**
 * Reported speech without quotation marks, as {@code indirect} quotes: the content after "X said (that)", "X told Y
 * that", "X announced NP", "X promised to ...", "according to X, ...", "..., X said on Wednesday", ", adding that".
 * Cues that a direct quote used for its attribution are left alone.
 */
final class ReportedSpeech {

    private final ArticleText at;
    private final SpeechWords lex;
    private final Phrases ph;
    private final Cues cues;
    private final ArticleSpeakers speakers;
    private final BitSet usedCues;
    private final Tokens toks;

    ReportedSpeech(ArticleText at, SpeechWords lex, Phrases ph, Cues cues, ArticleSpeakers speakers, BitSet usedCues) {
        this.at = at;
        this.lex = lex;
        this.ph = ph;
        this.cues = cues;
        this.speakers = speakers;
        this.usedCues = usedCues;
        this.toks = at.tokens;
    }

    /** The reported speech of every sentence, in text order. */
    List<ArticleQuotes.Pending> find() {
        List<ArticleQuotes.Pending> out = new ArrayList<>();
        for (int n = 0; n < at.sentences.size(); n++) {
            indirect(at.sentences.from(n), at.sentences.to(n), out);
        }
        return out;
    }

    private static final Set<String> NOT_A_CLAUSE_START = Set.of("in", "on", "at", "to", "for", "with", "from",
            "by", "about", "during", "after", "before", "since", "of", "into", "over", "as", "through", "earlier",
            "later", "yesterday", "today", "tonight", "last", "when", "while", "so", "and", "but", "or", "not",
            "also", "again", "repeatedly", "previously", "recently", "here", "there", "goodbye", "hello", "no",
            "yes", "nothing", "something", "anything", "little", "much", "more", "less", "very", "too", "twice",
            "once");

    private void indirect(int s, int e, List<ArticleQuotes.Pending> out) {
        for (int i = s; i < e; i++) {
            MaskedToken t = toks.get(i);
            if (t.quoted() || !t.isWord() || !Cues.mayStart(t)) {
                continue; // most words: no cue verb, phrase, participle or "according" (the bits of its word)
            }
            if (cues.accordingTo(i)) {
                Phrase who = ph.rightPhrase(i + 2, e);
                int pend = ph.rightPhraseEnd(i + 2, e);
                if (who == null) {
                    continue;
                }
                if (pend < e && toks.get(pend).isPunct(',') && introOnly(s, i)) {
                    emit(out, pend + 1, e, who);
                } else if (i > s && toks.get(i - 1).isPunct(',') && pend >= e - 1) {
                    emit(out, clauseStart(s, i - 1), i - 1, who);
                }
                continue;
            }
            if (usedCues.get(i)) {
                continue;
            }
            int c = cues.cueLength(i);
            if (c > 0) {
                Phrase who = cues.subjectOfCue(i, s, e, e);
                if (who == null) {
                    continue;
                }
                speakers.request(who); // whoever speaks is someone a later "he" may mean, reported content or not
                int subjTok = at.tokenAt(who.pos());
                int k = i + c;
                if (subjTok >= k) {
                    // the speaker follows the cue: "..., said Dana Perino, the press secretary."
                    if (i > s && toks.get(i - 1).isPunct(',')) {
                        emit(out, clauseStart(s, i - 1), i - 1, who);
                    }
                    continue;
                }
                if (cues.negated(i, s) || c == 1 && cues.passive(i, s)) {
                    continue; // "GM will not announce the dealerships", "Airbus was expected to": nothing was said
                }
                boolean object = lex.objectCues.contains(t.lower());
                if (object && k < e && !toks.get(k).is("that")) {
                    int after = ph.rightPhraseEnd(k, e);
                    k = after > k ? after : k;
                }
                int that = thatWithin(k, e, object);
                int content = content(t.lower(), c > 1, skipAdverbials(k, e), e);
                if (that >= 0) {
                    emit(out, that + 1, e, who);
                } else if (content >= 0) {
                    emit(out, content, e, who);
                } else if (subjTok > s && subjTok <= i && toks.get(subjTok - 1).isPunct(',') && restIsAdverbial(k, e)) {
                    emit(out, clauseStart(s, subjTok - 1), subjTok - 1, who); // "..., Peskov said on Wednesday."
                }
                continue;
            }
            if (i > s && (toks.get(i - 1).isPunct(',') || i - 1 > s && toks.get(i - 2).isPunct(',')
                    && lex.adverbials.contains(toks.get(i - 1).lower())) && cues.participle(i)) {
                // ", later revealing he had ...": the comma asked first, the word list only after one
                Phrase who = ph.sentenceSubject(s, e);
                if (who == null) {
                    continue;
                }
                int that = thatWithin(i + 1, e, false);
                int content = content(t.lower(), false, skipAdverbials(i + 1, e), e);
                if (that >= 0) {
                    emit(out, that + 1, e, who);
                } else if (content >= 0) {
                    emit(out, content, e, who);
                }
            }
        }
    }

    private void emit(List<ArticleQuotes.Pending> out, int a, int b, Phrase who) {
        while (a < b && !toks.get(a).isWord() && !QuoteMarks.isMark(toks.get(a).text().charAt(0))) {
            a++;
        }
        while (b > a && !toks.get(b - 1).quoted() && (toks.get(b - 1).isPunct('.') || toks.get(b - 1).isPunct(',')
                || toks.get(b - 1).isPunct(';') || toks.get(b - 1).isPunct(':'))) {
            b--;
        }
        int words = 0;
        for (int k = a; k < b; k++) {
            MaskedToken t = toks.get(k);
            if (t.isWord() && !t.quoted()) {
                words++;
            }
        }
        if (words < 2 || a < b && QuoteMarks.isMark(toks.get(a).text().charAt(0))) {
            return; // too short, or the reported words are a quote of their own
        }
        int start = toks.start(a);
        int end = toks.end(b - 1);
        int para = at.paragraphOf(start);
        if (at.paragraphOf(end) != para) {
            return;
        }
        SpeakerRequest req = speakers.request(who);
        out.add(new ArticleQuotes.Pending(start, end, QuoteKind.INDIRECT, req, para, false, true));
    }

    /**
     * "that" starting the reported content within a few words: right after the cue, after a hearer ("told reporters
     * that") or after time and place ("said on Wednesday that", "announced Monday in an internal memo that"), not
     * after a noun phrase ("said the dealerships that were closed ...": a relative clause). -1 if none.
     */
    private int thatWithin(int k, int e, boolean hearer) {
        if (k < e && !hearer && !toks.get(k).is("that") && !adverbialStart(k)) {
            return -1;
        }
        for (int x = k; x < e && x < k + 9; x++) {
            MaskedToken t = toks.get(x);
            if (t.is("that") && !t.quoted()) {
                return x + 1 < e ? x : -1;
            }
            if (!t.isWord() || t.quoted() || cues.cueLength(x) > 0) {
                return -1;
            }
        }
        return -1;
    }

    private static final Set<String> PREPOSITIONS = Set.of("in", "on", "at", "during", "after", "before", "to",
            "via", "through", "from", "with", "over", "late", "early", "earlier", "last", "this", "publicly",
            "also", "again");

    /** Whether token {@code k} starts time, place or manner rather than a noun phrase ("on", "Monday", "in a memo"). */
    private boolean adverbialStart(int k) {
        MaskedToken t = toks.get(k);
        return !t.quoted() && (PREPOSITIONS.contains(t.lower()) || lex.adverbials.contains(t.lower()));
    }

    /** Past time words right after a cue: "Monday", "on Tuesday", "today", "last week", "on June 18". */
    private int skipAdverbials(int k, int e) {
        while (k < e) {
            MaskedToken t = toks.get(k);
            if (t.quoted() || !t.isWord()) {
                return k;
            }
            String l = t.lower();
            if (lex.adverbials.contains(l) && !l.equals("first")) {
                k++;
                if (k < e && toks.get(k).isWord() && Character.isDigit(toks.get(k).text().charAt(0))) {
                    k++; // "June 18"
                }
            } else if (Set.of("on", "last", "this", "next", "late", "early").contains(l) && k + 1 < e
                    && lex.adverbials.contains(toks.get(k + 1).lower())) {
                k++;
            } else {
                return k;
            }
        }
        return k;
    }

    /**
     * Where the reported content of a cue starts when no "that" does, at token {@code k} after the cue (and any time
     * words): a clause ("said it would"), a noun phrase ("announced 10,000 job cuts"), or after "to" ("promised to
     * ..."), as the cue allows; -1 if none.
     */
    private int content(String cue, boolean phrase, int k, int e) {
        if (k + 1 >= e) {
            return -1;
        }
        MaskedToken t = toks.get(k);
        if ((phrase || lex.bareCues.contains(cue)) && clauseStarts(k, e)
                && !(lex.npCues.contains(cue) && backReference(k, e))) {
            return k;
        }
        if (t.is("to") && lex.infCues.contains(cue) && toks.get(k + 1).isWord() && !toks.get(k + 1).quoted()) {
            return k; // "promised to publish the review"
        }
        if (lex.objectCues.contains(cue) && lex.infCues.contains(cue)) {
            // "asked them to make new plans", "told airlines not to buy": the hearer, then what they are to do
            for (int x = k + 1; x < e - 1 && x < k + 4; x++) {
                MaskedToken w = toks.get(x);
                if (!w.isWord() || w.quoted()) {
                    break;
                }
                if (w.is("to") || w.is("not") && toks.get(x + 1).is("to")) {
                    return x;
                }
            }
        }
        if (lex.npCues.contains(cue) && t.isWord() && !t.quoted() && !NOT_A_CLAUSE_START.contains(t.lower())
                && !t.is("to") && !backReference(k, e)) {
            return k;
        }
        return -1;
    }

    private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those", "its", "his", "her",
            "their", "our");

    /**
     * "announced the plan in Sacramento", "announced the company's move": a short definite noun phrase points back to
     * something already told; it is not what was announced.
     */
    private boolean backReference(int k, int e) {
        if (!DEFINITE.contains(toks.get(k).lower())) {
            return false;
        }
        int words = 0;
        for (int x = k; x < e; x++) {
            if (toks.get(x).isWord()) {
                words++;
            }
        }
        return words <= 5;
    }

    private boolean clauseStarts(int k, int e) {
        if (k + 1 >= e) {
            return false;
        }
        MaskedToken t = toks.get(k);
        if (!t.isWord() || t.quoted()) {
            return false;
        }
        if ((t.is("more") || t.is("less")) && toks.get(k + 1).is("than")) {
            return true; // "said more than 4 billion songs had been sold"
        }
        return !NOT_A_CLAUSE_START.contains(t.lower()) && !lex.participles.contains(t.lower());
    }

    /** Whether tokens {@code [k, e)} are a short ending with no comma, cue or quote ("on Wednesday."). */
    private boolean restIsAdverbial(int k, int e) {
        if (e - k > 8) {
            return false;
        }
        for (int x = k; x < e; x++) {
            MaskedToken t = toks.get(x);
            if (t.quoted() || t.isPunct(',') || cues.cueLength(x) > 0 || t.is("that")) {
                return false;
            }
        }
        return true;
    }

    /** Where the clause ending at token {@code end} starts: after a semicolon, else the sentence start. */
    private int clauseStart(int s, int end) {
        for (int x = end - 1; x >= s; x--) {
            if (toks.get(x).isPunct(';')) {
                return x + 1;
            }
        }
        return s;
    }

    private boolean introOnly(int s, int i) {
        return i == s || (i - s < 4 && lex.introWords.contains(toks.get(s).lower()));
    }
}
