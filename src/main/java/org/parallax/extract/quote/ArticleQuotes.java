package org.parallax.extract.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parallax.model.QuoteKind;

/**
 * Finds the quotes of one article and who said them. See {@link QuoteExtractor} for the rules.
 */
final class ArticleQuotes {

    /** A quote found, before ids are given: {@code [start, end)} in the article text. */
    record Draft(int start, int end, QuoteKind kind, String speaker) {
    }

    /** A phrase to resolve to a speaker; {@code event} phrases are subjects a later "he" may refer to. */
    private static final class Request {
        final Phrase phrase;
        final boolean event;
        final boolean speaker;
        String resolved;

        Request(Phrase phrase, boolean event, boolean speaker) {
            this.phrase = phrase;
            this.event = event;
            this.speaker = speaker;
        }
    }

    private record Pending(int start, int end, QuoteKind kind, Request request, int paragraph, boolean direct,
                           boolean attributed) {
    }

    /** A person or body spoken of, in text order: what "he", "it", "the company" may mean later on. */
    private record Event(int pos, String name, Gender gender, boolean organisation, boolean speaker) {
    }

    private static final Set<String> NOT_A_CLAUSE_START = Set.of("in", "on", "at", "to", "for", "with", "from",
            "by", "about", "during", "after", "before", "since", "of", "into", "over", "as", "through", "earlier",
            "later", "yesterday", "today", "tonight", "last", "when", "while", "so", "and", "but", "or", "not",
            "also", "again", "repeatedly", "previously", "recently", "here", "there", "goodbye", "hello", "no",
            "yes", "nothing", "something", "anything", "little", "much", "more", "less", "very", "too", "twice",
            "once");

    private final ArticleText at;
    private final Lexicon lex;
    private final PersonRegistry reg;
    private final Phrases ph;
    private final List<Token> toks;
    private final List<Request> requests = new ArrayList<>();
    private final List<Pending> pending = new ArrayList<>();
    private final Set<Integer> usedCues = new HashSet<>();
    private final Set<Integer> sentenceStarts = new HashSet<>();
    /** The organisations the article names, found when a body phrase first asks for them. */
    private List<Mention> organisations;

    ArticleQuotes(ArticleText at, Lexicon lex, PersonRegistry reg) {
        this.at = at;
        this.lex = lex;
        this.reg = reg;
        this.ph = new Phrases(at, lex, reg);
        this.toks = at.tokens;
    }

    List<Draft> find() {
        List<QuotedRun> partials = new ArrayList<>();
        for (QuotedRun run : at.runs) {
            if (!direct(run)) {
                partials.add(run);
            }
        }
        List<Pending> indirect = new ArrayList<>();
        for (int[] s : at.sentences) {
            indirect(s[0], s[1], indirect);
        }
        pending.addAll(indirect);
        for (QuotedRun run : partials) {
            partial(run, indirect);
        }
        for (int[] s : at.sentences) {
            Phrase subject = ph.sentenceSubject(s[0], s[1]);
            if (subject != null) {
                requests.add(new Request(subject, true, false));
            }
        }
        for (int[] s : at.sentences) {
            for (int k = s[0]; k < s[1]; k++) {
                if (toks.get(k).isWord() && !toks.get(k).quoted()) {
                    sentenceStarts.add(toks.get(k).start());
                    break;
                }
            }
        }
        resolve();
        return drafts();
    }

    // ---- direct quotes ----

    /** Classifies a run; a direct one is recorded with its attribution. Returns false for embedded runs. */
    private boolean direct(QuotedRun run) {
        QuotedRun.Piece f = run.first();
        int openPos = f.open() >= 0 ? f.open() : f.rawStart();
        int[] sent = at.sentenceAt(openPos);
        int s = sent[0];
        int openTok = at.tokenAt(openPos);
        int lastPre = openTok - 1;
        boolean preEmpty = lastPre < s;
        char first = at.text.charAt(f.start());
        boolean upper = Character.isUpperCase(first) || Character.isDigit(first) || first == '[' || first == '…'
                || first == '.' || QuoteMarks.isMark(first);
        boolean isDirect;
        if (preEmpty) {
            isDirect = true;
        } else {
            Token t = toks.get(lastPre);
            isDirect = t.isPunct(':') || t.isPunct('—') || t.isPunct('–')
                    || (t.isPunct(',') && (upper || cueBefore(s, lastPre) >= 0))
                    || (upper && (lex.cueVerbs.contains(t.lower()) || lex.participles.contains(t.lower())));
        }
        if (!isDirect) {
            return false;
        }
        Phrase who = null;
        QuotedRun.Piece l = run.last();
        if (l.close() >= 0) {
            int closeTok = at.tokenAt(l.close());
            int[] ls = at.sentenceAt(l.close());
            who = postAttribution(closeTok + 1, ls[1]);
            if (who == null && closeTok + 1 == ls[1] && attributionFollows(l, ls[1])) {
                int[] next = at.sentenceAt(toks.get(ls[1]).start());
                who = postAttribution(next[0], next[1]);
            }
        }
        if (who == null && !preEmpty) {
            who = preAttribution(s, openTok, sent[1]);
        }
        if (who == null && !preEmpty && toks.get(lastPre).isPunct(':')) {
            who = nameBeforeColon(s, lastPre); // "Howell: “We never agreed to that.”"
        }
        if (who == null && preEmpty) {
            who = colonParagraphBefore(openPos);
        }
        if (who == null && title(run)) {
            return false; // "“Meet the Press” airs on Sundays": a title, nobody's words
        }
        Request req = who == null ? null : request(who, true);
        int paragraph = at.paragraphOf(openPos);
        for (QuotedRun.Piece p : run.pieces()) {
            pending.add(new Pending(p.start(), p.end(), QuoteKind.DIRECT, req, paragraph, true, who != null));
        }
        return true;
    }

    /** "“...,” he said", "“...”, said Peskov", "“...,” was Putin’s message": the speaker after a quote. */
    private Phrase postAttribution(int k, int e) {
        if (k < e && toks.get(k).isPunct(',')) {
            k++;
        }
        if (k >= e) {
            return null;
        }
        int c = cueLength(k);
        if (c > 0) {
            usedCues.add(k);
            return ph.speakerAfter(k + c, e);
        }
        if (toks.get(k).is("was") && k + 1 < e) {
            int end = ph.rightPhraseEnd(k + 1, e);
            if (end > k + 1 && end < e && toks.get(end - 1).possessive()
                    && lex.speechNouns.contains(toks.get(end).lower())) {
                return ph.rightPhrase(k + 1, e);
            }
        }
        Phrase p = ph.rightPhrase(k, e);
        if (p == null) {
            return null;
        }
        int j = ph.rightPhraseEnd(k, e);
        if (j < e && toks.get(j).isPunct(',')) {
            // an apposition: "..., Sir Tony Brenton, the former ambassador, said"
            int close = -1;
            for (int x = j + 1; x < e && x < j + 15; x++) {
                if (toks.get(x).isPunct(',')) {
                    close = x;
                    break;
                }
            }
            if (close < 0) {
                return null;
            }
            j = close + 1;
        }
        while (j < e && cueLength(j) == 0 && !toks.get(j).quoted() && lex.fillers.contains(toks.get(j).lower())) {
            j++;
        }
        if (j < e && cueLength(j) > 0) {
            usedCues.add(j);
            return p;
        }
        if (j + 3 < e && (toks.get(j).is("quoted") || toks.get(j).is("cited"))) {
            // "..., Detik.com quoted Djamal as saying": the one quoted is the speaker, not the outlet
            int x = ph.rightPhraseEnd(j + 1, e);
            if (x > j + 1 && x + 1 < e && toks.get(x).is("as") && participle(x + 1)) {
                usedCues.add(x + 1);
                return ph.rightPhrase(j + 1, e);
            }
        }
        return null;
    }

    /**
     * Whether the sentence after a quote that ended its sentence may still be its attribution: the quote ended with
     * "!" or "?" ("“... wall!” Mr. X told CNBC"), or the next sentence of the paragraph opens with a cue in lower
     * case ("... .” said Stephen Harper").
     */
    private boolean attributionFollows(QuotedRun.Piece last, int nextTok) {
        if (nextTok >= toks.size() || at.paragraphOf(toks.get(nextTok).start()) != at.paragraphOf(last.close())) {
            return false;
        }
        int k = last.end() - 1;
        char end = at.text.charAt(k);
        Token first = toks.get(nextTok);
        boolean lowerCue = !first.capitalised() && cueLength(nextTok) > 0;
        return end == '!' || end == '?' || lowerCue;
    }

    /** "Assad told Putin, “...", "In turn Assad said: “...", "According to X, “...": the speaker before. */
    private Phrase preAttribution(int s, int openTok, int e) {
        int i = cueBefore(s, openTok - 1);
        if (i < 0) {
            return null;
        }
        usedCues.add(i);
        return subjectOfCue(i, s, e, openTok);
    }

    /** The last cue (verb, phrase, participle, "according to") in tokens {@code [s, last]}, or -1. */
    private int cueBefore(int s, int last) {
        for (int i = last; i >= s; i--) {
            if (cueLength(i) > 0 || participle(i) || accordingTo(i)) {
                return i;
            }
        }
        return -1;
    }

    /** The speaker of the cue at {@code i}: left subject, the sentence subject after "and" or for a participle, or after the cue. */
    private Phrase subjectOfCue(int i, int s, int e, int limit) {
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

    /** "Howell: “...", "Senator Anna Berg: “...": a name and nothing else before the colon that opens a quote. */
    private Phrase nameBeforeColon(int s, int colon) {
        Phrase p = ph.rightPhrase(s, colon);
        return p instanceof Phrase.Name && ph.rightPhraseEnd(s, colon) == colon ? p : null;
    }

    /**
     * "“Meet the Press”", "“War and Peace”": a short run whose every word of four letters or more is capitalised and
     * that ends without punctuation is the title of a show, book or film, not somebody's words.
     */
    private boolean title(QuotedRun run) {
        if (run.pieces().size() > 1) {
            return false;
        }
        String words = at.text.substring(run.first().start(), run.first().end());
        String[] w = words.split("\\s+");
        char last = words.charAt(words.length() - 1);
        if (w.length < 2 || w.length > 8 || !Character.isLetterOrDigit(last)) {
            return false;
        }
        int capitals = 0;
        for (String x : w) {
            if (x.isEmpty() || !Character.isLetter(x.charAt(0))) {
                continue;
            }
            if (Character.isUpperCase(x.charAt(0))) {
                capitals++;
            } else if (x.length() >= 4 || !lex.functionWords.contains(x.toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
        }
        return capitals >= 2;
    }

    /** A quote that opens a paragraph right after a paragraph ending "... said:". */
    private Phrase colonParagraphBefore(int openPos) {
        int p = at.paragraphOf(openPos);
        if (p == 0 || at.paragraphs.get(p)[0] < openPos - 1 && !onlySpaceBefore(openPos, at.paragraphs.get(p)[0])) {
            return null;
        }
        int lastTok = at.tokenAt(at.paragraphs.get(p)[0]) - 1;
        if (lastTok < 0 || !toks.get(lastTok).isPunct(':')) {
            return null;
        }
        int[] sent = at.sentenceAt(toks.get(lastTok).start());
        return preAttribution(sent[0], lastTok, sent[1]);
    }

    private boolean onlySpaceBefore(int pos, int from) {
        return at.text.substring(from, pos).isBlank();
    }

    // ---- partial and scare quotes ----

    private void partial(QuotedRun run, List<Pending> indirect) {
        QuotedRun.Piece f = run.first();
        int openPos = f.open() >= 0 ? f.open() : f.rawStart();
        int[] sent = at.sentenceAt(openPos);
        int s = sent[0];
        int e = sent[1];
        int openTok = at.tokenAt(openPos);
        if (scare(run, openTok, s) || title(run)) {
            return;
        }
        Request req = null;
        boolean cue = false;
        for (Pending p : indirect) {
            if (p.start <= f.start() && run.last().end() <= p.end) {
                req = p.request;
                cue = true;
                break;
            }
        }
        if (!cue) {
            int i = cueBefore(s, openTok - 1);
            if (i < 0) {
                int closeTok = run.last().close() >= 0 ? at.tokenAt(run.last().close()) : openTok;
                for (int x = closeTok + 1; x < e; x++) {
                    if (cueLength(x) > 0 || participle(x)) {
                        i = x;
                        break;
                    }
                }
            }
            if (i >= 0) {
                cue = true;
                Phrase who = subjectOfCue(i, s, e, e);
                req = who == null ? null : request(who, true);
            }
        }
        if (!cue) {
            return; // quoted words nobody is said to have said: a title or a term
        }
        for (QuotedRun.Piece p : run.pieces()) {
            pending.add(new Pending(p.start(), p.end(), QuoteKind.PARTIAL, req, at.paragraphOf(openPos), false,
                    req != null));
        }
    }

    /**
     * A scare quote: at most two words, or right after "so-called", "dubbed", "the term" and the like.
     * It is a term the writer holds at a distance, not anybody's words.
     */
    private boolean scare(QuotedRun run, int openTok, int s) {
        int words = 0;
        for (QuotedRun.Piece p : run.pieces()) {
            for (String w : at.text.substring(p.start(), p.end()).split("[\\s\u00A0]+")) {
                if (w.codePoints().anyMatch(Character::isLetterOrDigit)) {
                    words++;
                }
            }
        }
        if (words <= 2) {
            return true;
        }
        for (List<String> marker : lex.scareMarkers) {
            int from = openTok - marker.size();
            if (from < s) {
                continue;
            }
            boolean match = true;
            for (int k = 0; k < marker.size(); k++) {
                if (!toks.get(from + k).lower().equals(marker.get(k))) {
                    match = false;
                    break;
                }
            }
            if (match) {
                return true;
            }
        }
        return false;
    }

    // ---- indirect speech ----

    private void indirect(int s, int e, List<Pending> out) {
        for (int i = s; i < e; i++) {
            Token t = toks.get(i);
            if (t.quoted() || !t.isWord()) {
                continue;
            }
            if (accordingTo(i)) {
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
            if (usedCues.contains(i)) {
                continue;
            }
            int c = cueLength(i);
            if (c > 0) {
                Phrase who = subjectOfCue(i, s, e, e);
                if (who == null) {
                    continue;
                }
                request(who, true); // whoever speaks is someone a later "he" may mean, reported content or not
                int subjTok = at.tokenAt(who.pos());
                int k = i + c;
                if (subjTok >= k) {
                    // the speaker follows the cue: "..., said Dana Perino, the press secretary."
                    if (i > s && toks.get(i - 1).isPunct(',')) {
                        emit(out, clauseStart(s, i - 1), i - 1, who);
                    }
                    continue;
                }
                if (negated(i, s) || c == 1 && passive(i, s)) {
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
            if (participle(i) && i > s && (toks.get(i - 1).isPunct(',') || i - 1 > s && toks.get(i - 2).isPunct(',')
                    && lex.adverbials.contains(toks.get(i - 1).lower()))) { // ", later revealing he had ..."
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

    private void emit(List<Pending> out, int a, int b, Phrase who) {
        while (a < b && !toks.get(a).isWord() && !QuoteMarks.isMark(toks.get(a).text().charAt(0))) {
            a++;
        }
        while (b > a && !toks.get(b - 1).quoted() && (toks.get(b - 1).isPunct('.') || toks.get(b - 1).isPunct(',')
                || toks.get(b - 1).isPunct(';') || toks.get(b - 1).isPunct(':'))) {
            b--;
        }
        int words = 0;
        for (int k = a; k < b; k++) {
            Token t = toks.get(k);
            if (t.isWord() && !t.quoted()) {
                words++;
            }
        }
        if (words < 2 || a < b && QuoteMarks.isMark(toks.get(a).text().charAt(0))) {
            return; // too short, or the reported words are a quote of their own
        }
        int start = toks.get(a).start();
        int end = toks.get(b - 1).end();
        int para = at.paragraphOf(start);
        if (at.paragraphOf(end) != para) {
            return;
        }
        Request req = request(who, true);
        out.add(new Pending(start, end, QuoteKind.INDIRECT, req, para, false, true));
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
            Token t = toks.get(x);
            if (t.is("that") && !t.quoted()) {
                return x + 1 < e ? x : -1;
            }
            if (!t.isWord() || t.quoted() || cueLength(x) > 0) {
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
        Token t = toks.get(k);
        return !t.quoted() && (PREPOSITIONS.contains(t.lower()) || lex.adverbials.contains(t.lower()));
    }

    /** Past time words right after a cue: "Monday", "on Tuesday", "today", "last week", "on June 18". */
    private int skipAdverbials(int k, int e) {
        while (k < e) {
            Token t = toks.get(k);
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
        Token t = toks.get(k);
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
                Token w = toks.get(x);
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

    private static final Set<String> NOUN_BEFORE = Set.of("the", "a", "an", "its", "his", "her", "their", "our",
            "this", "these", "those", "my", "your");

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

    /** "was expected to", "were told that", "is reported": a cue in the passive, whose subject is no speaker. */
    private boolean passive(int i, int s) {
        int x = i - 1;
        while (x >= s && lex.adverbials.contains(toks.get(x).lower())) {
            x--;
        }
        return x >= s && Set.of("is", "are", "was", "were", "be", "been", "being").contains(toks.get(x).lower())
                && toks.get(i).lower().endsWith("ed") || x >= s && toks.get(x).lower().equals("being");
    }

    /** Whether the cue at {@code i} is denied: "did not say", "won't announce", "never confirmed". */
    private boolean negated(int i, int s) {
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

    private boolean clauseStarts(int k, int e) {
        if (k + 1 >= e) {
            return false;
        }
        Token t = toks.get(k);
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
            Token t = toks.get(x);
            if (t.quoted() || t.isPunct(',') || cueLength(x) > 0 || t.is("that")) {
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

    // ---- cues ----

    /** The length in tokens of a cue verb or cue phrase starting at {@code i}, 0 if none. */
    int cueLength(int i) {
        Token t = toks.get(i);
        if (t.quoted() || !t.isWord() || t.capitalised() && !at.sentenceFirst[i]) {
            return 0; // "the United States": a capitalised cue inside a sentence is a name's word
        }
        if (i > 0 && NOUN_BEFORE.contains(toks.get(i - 1).lower()) && !toks.get(i - 1).quoted()) {
            return 0; // "the plan", "its report", "a claim": a noun
        }
        String first = t.lower();
        for (List<String> phrase : lex.cuePhrasesByFirst.getOrDefault(first, List.of())) {
            if (i + phrase.size() > toks.size()) {
                continue;
            }
            boolean match = true;
            for (int k = 1; k < phrase.size(); k++) {
                if (!toks.get(i + k).lower().equals(phrase.get(k))) {
                    match = false;
                    break;
                }
            }
            if (match) {
                return phrase.size();
            }
        }
        return lex.cueVerbs.contains(first) ? 1 : 0;
    }

    private boolean participle(int i) {
        Token t = toks.get(i);
        return !t.quoted() && lex.participles.contains(t.lower());
    }

    private boolean accordingTo(int i) {
        return i + 2 < toks.size() && toks.get(i).is("according") && toks.get(i + 1).is("to");
    }

    // ---- resolution ----

    private Request request(Phrase p, boolean event) {
        Request r = new Request(p, event, true);
        requests.add(r);
        return r;
    }

    private void resolve() {
        List<Request> ordered = new ArrayList<>(requests);
        ordered.sort(Comparator.comparingInt(r -> r.phrase.pos()));
        List<Event> events = new ArrayList<>();
        String id = at.article.id();
        for (Request r : ordered) {
            String name = null;
            Gender gender = Gender.UNKNOWN;
            if (r.phrase instanceof Phrase.Pronoun p) {
                for (int k = events.size() - 1; k >= 0; k--) {
                    Event ev = events.get(k);
                    if (ev.pos < p.pos() && ev.gender.fits(p.gender()) && !ev.organisation) {
                        name = ev.name;
                        break;
                    }
                }
                gender = p.gender();
            } else if (r.phrase instanceof Phrase.Name n) {
                name = reg.resolveName(n, id);
                gender = n.gender();
                if (n.words().size() == 1 && !reg.isPerson(name) && sentenceStarts.contains(n.pos())
                        && !reg.seenCapitalisedInside(n.words().get(0))) {
                    name = null; // "Critics say": a common noun capitalised by its place, not a name
                }
            } else if (r.phrase instanceof Phrase.Role role) {
                name = reg.resolveRole(role, id);
            } else if (r.phrase instanceof Phrase.Body body) {
                name = body(body, events);
            }
            if (name != null && (lex.isPlace(name) || lex.adverbials.contains(name.toLowerCase(java.util.Locale.ROOT))
                    || outlet(name))) {
                // a place ("Moscow"), a date ("Monday"), or the outlet telling the story: nobody quoted in it
                name = null;
            }
            r.resolved = name;
            boolean org = name != null && (reg.isOrganisation(name) || r.phrase instanceof Phrase.Body);
            if (name != null && r.event && (r.speaker || !(r.phrase instanceof Phrase.Name) || reg.isPerson(name)
                    || org || name.indexOf(' ') > 0)) {
                if (gender == Gender.UNKNOWN) {
                    gender = reg.genderOf(name);
                }
                events.add(new Event(r.phrase.pos(), name, gender, org, r.speaker));
            }
        }
    }

    /** Whether the name is the article's own outlet ("Reuters" in a Reuters story). */
    private boolean outlet(String name) {
        String own = at.article.outlet() == null ? "" : at.article.outlet().name();
        return !own.isBlank() && (own.equalsIgnoreCase(name) || own.toLowerCase(java.util.Locale.ROOT)
                .startsWith(name.toLowerCase(java.util.Locale.ROOT) + " "));
    }

    /**
     * The body a body phrase means: "it" and "the company" the last organisation spoken of, "the airline" the last
     * whose name holds "airline(s)", "the statement" whoever spoke last; null when there is none.
     */
    private String body(Phrase.Body b, List<Event> events) {
        Set<String> words = lex.bodyNouns.get(b.head());
        boolean statement = lex.statementNouns.contains(b.head());
        if (words != null) {
            String named = namedBody(b, words);
            if (named != null) {
                return named;
            }
        }
        for (int k = events.size() - 1; k >= 0; k--) {
            Event ev = events.get(k);
            if (ev.pos >= b.pos()) {
                continue;
            }
            if (statement) {
                if (ev.speaker) {
                    return ev.name;
                }
            } else if (ev.organisation && (words == null || words.isEmpty() || holdsAny(ev.name, words))) {
                return ev.name;
            }
        }
        return null;
    }

    /**
     * "the company" after "In a statement on the Airbus website,": a body named earlier in the same sentence; else
     * the last one the corpus describes with the same noun ("NPD Group, a market research firm" ... "the firm").
     */
    private String namedBody(Phrase.Body b, Set<String> words) {
        if (organisations == null) {
            organisations = organisations();
        }
        int sentence = -1;
        for (int n = 0; n < at.sentences.size(); n++) {
            int[] sent = at.sentences.get(n);
            if (sent[0] < toks.size() && toks.get(sent[0]).start() <= b.pos()) {
                sentence = n;
            }
        }
        for (int k = organisations.size() - 1; k >= 0; k--) {
            Mention m = organisations.get(k);
            if (m.pos < b.pos() && m.sentence == sentence && (words.isEmpty() || holdsAny(m.name, words))) {
                return m.name;
            }
        }
        for (int k = organisations.size() - 1; k >= 0; k--) {
            Mention m = organisations.get(k);
            if (m.pos < b.pos() && reg.describedAs(m.name, b.head())) {
                return m.name;
            }
        }
        return null;
    }

    private static boolean holdsAny(String name, Set<String> words) {
        for (String w : name.toLowerCase(java.util.Locale.ROOT).split("[\\s-]+")) {
            if (words.contains(w) || w.endsWith("s") && words.contains(w.substring(0, w.length() - 1))) {
                return true;
            }
        }
        return false;
    }

    /** The first paragraph of an article of several when it ends without a full stop: a headline. */
    private boolean headline(int paragraph) {
        if (paragraph != 0 || at.paragraphs.size() < 2) {
            return false;
        }
        String p = at.text.substring(at.paragraphs.get(0)[0], at.paragraphs.get(0)[1]).strip();
        return !p.isEmpty() && ".!?:;”’\"".indexOf(p.charAt(p.length() - 1)) < 0;
    }

    /** Whether a quote is its paragraph's words: it opens the paragraph and leaves little else in it. */
    private boolean wholeParagraph(Pending p) {
        int[] para = at.paragraphs.get(p.paragraph);
        String before = at.text.substring(para[0], p.start);
        return before.strip().length() <= 1 && (p.end - p.start) * 5 >= (para[1] - para[0]) * 4;
    }

    /** A body named in the article, speaker or not: "the company" may mean it. */
    private record Mention(int pos, int sentence, String name) {
    }

    /** Every organisation the article names, in text order. */
    private List<Mention> organisations() {
        List<Mention> out = new ArrayList<>();
        String id = at.article.id();
        for (int n = 0; n < at.sentences.size(); n++) {
            int[] sent = at.sentences.get(n);
            int i = sent[0];
            while (i < sent[1]) {
                if (!ph.inRun(i, sent[0], sent[1]) || toks.get(i).isPunct('.')) {
                    i++;
                    continue;
                }
                int j = i;
                while (j < sent[1] && ph.inRun(j, sent[0], sent[1])) {
                    j++;
                }
                if (ph.parseRun(i, j, null) instanceof Phrase.Name name) {
                    String canonical = reg.resolveName(name, id);
                    if (canonical != null && reg.isOrganisation(canonical) && !lex.isPlace(canonical)) {
                        out.add(new Mention(toks.get(i).start(), n, canonical));
                    }
                }
                i = j;
            }
        }
        return out;
    }

    private List<Draft> drafts() {
        List<Pending> all = new ArrayList<>(pending);
        all.sort(Comparator.comparingInt(Pending::start));
        List<Draft> out = new ArrayList<>();
        String lastDirectSpeaker = null;
        int lastDirectParagraph = -1;
        Set<String> bodySpeakers = new HashSet<>();
        for (Pending p : all) {
            if (p.request != null && p.request.resolved != null && !headline(p.paragraph)) {
                bodySpeakers.add(p.request.resolved);
            }
        }
        for (Pending p : all) {
            String speaker = p.request == null ? null : p.request.resolved;
            if (p.kind == QuoteKind.INDIRECT && headline(p.paragraph) && !bodySpeakers.contains(speaker)) {
                continue; // "GM reports losses": a headline's reported speech only when the article says GM spoke
            }
            if (p.kind == QuoteKind.INDIRECT && speaker == null && p.request != null
                    && p.request.phrase instanceof Phrase.Body) {
                continue; // "the operator said ...": reported speech of nobody the article names is no quote of anyone
            }
            if (p.direct) {
                if (!p.attributed && (lastDirectParagraph == p.paragraph
                        || lastDirectParagraph == p.paragraph - 1 && wholeParagraph(p))) {
                    // the second half of a broken quote, or a paragraph of quoted words after the speaker's quote
                    speaker = lastDirectSpeaker;
                }
                lastDirectSpeaker = speaker;
                lastDirectParagraph = p.paragraph;
            }
            out.add(new Draft(p.start, p.end, p.kind, speaker));
        }
        return out;
    }
}
