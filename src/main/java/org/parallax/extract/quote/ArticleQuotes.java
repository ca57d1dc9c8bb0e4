package org.parallax.extract.quote;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parallax.model.QuoteKind;
import org.parallax.model.SpeakerFrom;
import org.parallax.text.PatternSpace;

/**
 * Finds the quotes of one article and who said them. See {@link QuoteExtractor} for the rules.
 */
final class ArticleQuotes {

    /**
     * A quote found, before ids are given: {@code [start, end)} in the article text.
     *
     * @param from how the speaker was found, null when there is none
     */
    record Draft(int start, int end, QuoteKind kind, String speaker, SpeakerFrom from) {
    }

    /** A quote found and the request for its speaker, before drafts are made. */
    record Pending(int start, int end, QuoteKind kind, SpeakerRequest request, int paragraph, boolean direct,
                   boolean attributed) {
    }

    private final ArticleText at;
    private final SpeechWords lex;
    private final Phrases ph;
    private final Tokens toks;
    private final List<Pending> pending = new ArrayList<>();
    /** The tokens of cues a direct quote's attribution used (a bit set: reported speech asks at every word). */
    private final BitSet usedCues = new BitSet();
    private final Cues cues;
    private final ArticleSpeakers speakers;

    ArticleQuotes(ArticleText at, SpeechWords lex, PersonRegistry reg) {
        this.at = at;
        this.lex = lex;
        this.ph = new Phrases(at, lex, reg);
        this.toks = at.tokens;
        this.cues = new Cues(at, lex, ph);
        this.speakers = new ArticleSpeakers(at, lex, reg, ph);
    }

    List<Draft> find() {
        List<QuotedRun> partials = new ArrayList<>();
        for (QuotedRun run : at.runs) {
            if (!direct(run)) {
                partials.add(run);
            }
        }
        List<Pending> indirect = new ReportedSpeech(at, lex, ph, cues, speakers, usedCues).find();
        pending.addAll(indirect);
        for (QuotedRun run : partials) {
            partial(run, indirect);
        }
        for (int n = 0; n < at.sentences.size(); n++) {
            Phrase subject = ph.sentenceSubject(at.sentences.from(n), at.sentences.to(n));
            if (subject != null) {
                speakers.subject(subject);
            }
        }
        speakers.resolve();
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
            MaskedToken t = toks.get(lastPre);
            isDirect = t.isPunct(':') || t.isPunct('—') || t.isPunct('–')
                    || (t.isPunct(',') && (upper || cues.cueBefore(s, lastPre) >= 0))
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
                int[] next = at.sentenceAt(toks.start(ls[1]));
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
        SpeakerRequest req = who == null ? null : speakers.request(who);
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
        int c = cues.cueLength(k);
        if (c > 0) {
            usedCues.set(k);
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
        boolean apposition = j < e && toks.get(j).isPunct(',');
        if (apposition) {
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
        while (j < e && cues.cueLength(j) == 0 && !toks.get(j).quoted() && lex.fillers.contains(toks.get(j).lower())) {
            j++;
        }
        if (j < e && cues.cueLength(j) > 0) {
            usedCues.set(j);
            return apposition ? Phrase.described(p) : p;
        }
        if (j + 3 < e && (toks.get(j).is("quoted") || toks.get(j).is("cited"))) {
            // "..., Detik.com quoted Djamal as saying": the one quoted is the speaker, not the outlet
            int x = ph.rightPhraseEnd(j + 1, e);
            if (x > j + 1 && x + 1 < e && toks.get(x).is("as") && cues.participle(x + 1)) {
                usedCues.set(x + 1);
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
        if (nextTok >= toks.size() || at.paragraphOf(toks.start(nextTok)) != at.paragraphOf(last.close())) {
            return false;
        }
        int k = last.end() - 1;
        char end = at.text.charAt(k);
        MaskedToken first = toks.get(nextTok);
        boolean lowerCue = !first.capitalised() && cues.cueLength(nextTok) > 0;
        return end == '!' || end == '?' || lowerCue;
    }

    /** "Assad told Putin, “...", "In turn Assad said: “...", "According to X, “...": the speaker before. */
    private Phrase preAttribution(int s, int openTok, int e) {
        int i = cues.cueBefore(s, openTok - 1);
        if (i < 0) {
            return null;
        }
        usedCues.set(i);
        return cues.subjectOfCue(i, s, e, openTok);
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
        if (p == 0 || at.paragraphs.from(p) < openPos - 1 && !onlySpaceBefore(openPos, at.paragraphs.from(p))) {
            return null;
        }
        int lastTok = at.tokenAt(at.paragraphs.from(p)) - 1;
        if (lastTok < 0 || !toks.get(lastTok).isPunct(':')) {
            return null;
        }
        int[] sent = at.sentenceAt(toks.start(lastTok));
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
        SpeakerRequest req = null;
        boolean cue = false;
        for (Pending p : indirect) {
            if (p.start <= f.start() && run.last().end() <= p.end) {
                req = p.request;
                cue = true;
                break;
            }
        }
        if (!cue) {
            int i = cues.cueBefore(s, openTok - 1);
            if (i < 0) {
                int closeTok = run.last().close() >= 0 ? at.tokenAt(run.last().close()) : openTok;
                for (int x = closeTok + 1; x < e; x++) {
                    if (cues.cueLength(x) > 0 || cues.participle(x)) {
                        i = x;
                        break;
                    }
                }
            }
            if (i >= 0) {
                cue = true;
                Phrase who = cues.subjectOfCue(i, s, e, e);
                req = who == null ? null : speakers.request(who);
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
            words += wordsOf(at.text, p.start(), p.end());
        }
        if (words <= 2) {
            return true;
        }
        for (List<String> marker : lex.scareMarkers) {
            int from = openTok - marker.size();
            if (from >= s && cues.wordsAt(from, marker)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words of {@code text[start, end)}: its pieces between white space (the pattern's six ASCII spaces and the
     * no-break space) that hold a letter or digit, as splitting the substring by that pattern and streaming each piece's
     * code points counted them. A loop: it is asked of every quote that is not a direct one.
     */
    static int wordsOf(String text, int start, int end) {
        int words = 0;
        boolean letter = false; // whether the piece read so far holds a letter or digit
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (PatternSpace.is(c) || c == '\u00A0') {
                words += letter ? 1 : 0;
                letter = false;
                continue;
            }
            int cp = c;
            if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1))) {
                cp = Character.toCodePoint(c, text.charAt(++i));
            }
            letter |= Character.isLetterOrDigit(cp);
        }
        return words + (letter ? 1 : 0);
    }

    // ---- indirect speech ----

    // ---- cues ----

    // ---- resolution ----

    /** The first paragraph of an article of several when it ends without a full stop: a headline. */
    private boolean headline(int paragraph) {
        if (paragraph != 0 || at.paragraphs.size() < 2) {
            return false;
        }
        String p = at.text.substring(at.paragraphs.from(0), at.paragraphs.to(0)).strip();
        return !p.isEmpty() && ".!?:;”’\"".indexOf(p.charAt(p.length() - 1)) < 0;
    }

    /** Whether a quote is its paragraph's words: it opens the paragraph and leaves little else in it. */
    private boolean wholeParagraph(Pending p) {
        int[] para = at.paragraphs.get(p.paragraph);
        String before = at.text.substring(para[0], p.start);
        return before.strip().length() <= 1 && (p.end - p.start) * 5 >= (para[1] - para[0]) * 4;
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
            SpeakerFrom from = speaker == null ? null : p.request.from;
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
                    from = speaker == null ? null : SpeakerFrom.CONTINUATION;
                }
                lastDirectSpeaker = speaker;
                lastDirectParagraph = p.paragraph;
            }
            out.add(new Draft(p.start, p.end, p.kind, speaker, from));
        }
        return out;
    }
}
