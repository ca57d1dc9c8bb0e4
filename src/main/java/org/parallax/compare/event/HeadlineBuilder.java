package org.parallax.compare.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.parallax.compare.event.TaggedWords.Word;

/**
 * Reads a headline from one tagged clause, the way a sub-editor shortens a lead: the main clause (a leading
 * "After ...," or "During ...," phrase and ", which ...," asides left out), its subject as the actor (a person by the
 * surname the articles use alone: "Syrian President Bashar Assad" → Assad), the verb in the headline's present tense
 * ("visited", "has arrived" → visits, arrives; "will meet" → to meet; "was revealed" → revealed), the object, and a
 * place ("in Moscow"); other phrases are left out whole, never cut. A reporting verb ("Peskov said that ...") gives
 * what was said, after the speaker ("Peskov: ..."); "announced that ..." gives what was announced.
 */
final class HeadlineBuilder {

    private static final Set<String> CUE = Set.of("say", "tell", "add", "claim", "state", "note", "insist", "stress",
            "explain", "argue", "write", "quote", "believe", "think", "assert", "acknowledge");
    private static final Set<String> FRAMING = Set.of("announce", "reveal", "confirm", "disclose", "report");
    private static final Set<String> FUTURE = Set.of("will", "would", "shall", "’ll", "'ll");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "to", "at", "into", "near", "outside",
            "inside", "above", "below", "off", "across", "along", "around");
    private static final Set<String> EXPLETIVE = Set.of("it", "there", "this", "that");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    private static final Set<String> RELATIVE = Set.of("which", "who", "whom", "whose");
    private static final int MAX_SUBJECT = 50;

    private final List<Word> words;
    private final NameForms aloneName;

    /**
     * @param aloneName whether the articles write a name's last word alone ("Assad"), so a full name can be cut to it
     */
    private HeadlineBuilder(List<Word> words, NameForms aloneName) {
        this.words = withoutAsides(retagged(words));
        this.aloneName = aloneName;
    }

    static Headline of(List<Word> words, NameForms aloneName) {
        return of(words, aloneName, -1);
    }

    /**
     * The headline of a statement dated by the timex at text offset {@code dateAt} (-1: none known): when that date
     * stands in a subordinate clause ("For the first time since the civil war began in 2011, Assad visited Moscow"),
     * the headline is that clause's ("Civil war begins"), the happening the date belongs to.
     */
    static Headline of(List<Word> words, NameForms aloneName, int dateAt) {
        if (titleCase(words)) {
            return Headline.NONE; // an article's own headline ("Assad Makes First Foreign Visit"), not a statement
        }
        HeadlineBuilder b = new HeadlineBuilder(words, aloneName);
        Headline dated = b.datedSubordinate(dateAt);
        return dated != null ? dated : b.clause(b.mainClauseStart(0), b.words.size(), 0);
    }

    private static final Set<String> SUBORDINATORS = Set.of("since", "when", "after", "before", "until", "as", "while",
            "because", "once");

    /**
     * The headline of the subordinate clause the date stands in ("since the war began [in 2011]"), or null when the
     * date is in the main clause: the nearest "since", "when", "after" ... before the date whose clause has a subject
     * and a verb before the date and runs to the next comma.
     */
    private Headline datedSubordinate(int dateAt) {
        if (dateAt < 0) {
            return null;
        }
        int date = 0;
        while (date < words.size() && words.get(date).start() < dateAt) {
            date++;
        }
        for (int k = date - 1; k >= 0 && !words.get(k).text().equals(","); k--) {
            if (SUBORDINATORS.contains(words.get(k).lower()) && words.get(k).is("SCONJ", "ADP")
                    && hasSubjectAndVerb(k + 1, date)) {
                int end = date;
                while (end < words.size() && !words.get(end).is("PUNCT")) {
                    end++;
                }
                Headline h = clause(k + 1, end, 0);
                return h.isEmpty() || h.cue() || h.actor().isEmpty() ? null : h;
            }
        }
        return null;
    }

    /**
     * The tagger's slips a headline cannot take: a name with a particle ("al-Assad") or a capitalised word inside
     * the sentence taken for a verb is a name, "to" before a name is a preposition, and a plural noun after "have"
     * ("had talks") is the object, not a verb.
     */
    private static final Pattern PARTICLE_NAME = Pattern.compile("\\p{Ll}{1,3}-\\p{Lu}\\p{L}+");

    private static List<Word> retagged(List<Word> in) {
        List<Word> out = new ArrayList<>(in);
        for (int i = 0; i < out.size(); i++) {
            Word w = out.get(i);
            boolean midSentence = i > 0 && !out.get(i - 1).is("PUNCT");
            if (PARTICLE_NAME.matcher(w.text()).matches() || midSentence && w.capitalised() && w.is("VERB")) {
                out.set(i, new Word(w.start(), w.end(), w.text(), "PROPN")); // "al-Assad", "flew to Harwick"
            }
        }
        for (int i = 0; i < out.size(); i++) {
            Word w = out.get(i);
            if (w.lower().equals("to") && w.is("PART") && i + 1 < out.size()
                    && out.get(i + 1).is("PROPN", "DET", "NOUN", "NUM")) {
                out.set(i, new Word(w.start(), w.end(), w.text(), "ADP")); // "flew to Harwick"
            } else if (w.lower().equals("according") && i + 1 < out.size() && out.get(i + 1).lower().equals("to")) {
                out.set(i, new Word(w.start(), w.end(), w.text(), "ADP")); // "according to", never a verb
            } else if (i > 0 && w.is("VERB") && HAVE.contains(out.get(i - 1).lower()) && !VerbForms.participle(w.text())
                    && !w.lower().endsWith("ing")) {
                out.set(i, new Word(w.start(), w.end(), w.text(), "NOUN")); // "had talks"
            }
        }
        return out;
    }

    private static final Set<String> HAVE = Set.of("have", "has", "had");

    /** Whether most words other than names are capitalised (the first aside): a headline in Title Case. */
    private static boolean titleCase(List<Word> words) {
        int counted = 0;
        int capitalised = 0;
        for (int i = 1; i < words.size(); i++) {
            Word w = words.get(i);
            if (w.text().length() >= 3 && Character.isLetter(w.text().charAt(0)) && !w.is("PROPN")) {
                counted++;
                capitalised += w.capitalised() ? 1 : 0;
            }
        }
        return counted >= 3 && capitalised * 2 > counted;
    }

    /** The words without ", which ...," and ", who ...," asides (a relative clause between commas). */
    private static List<Word> withoutAsides(List<Word> in) {
        List<Word> out = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            if (in.get(i).text().equals(",") && i + 1 < in.size() && RELATIVE.contains(in.get(i + 1).lower())) {
                int close = i + 1;
                while (close < in.size() && !in.get(close).text().equals(",")) {
                    close++;
                }
                if (close < in.size()) {
                    i = close; // the closing comma goes too
                    continue;
                }
            }
            out.add(in.get(i));
        }
        return out;
    }

    /** Past leading conjunctions and punctuation, and a leading "After ...," / "During ...," phrase. */
    private int mainClauseStart(int from) {
        int i = from;
        while (i < words.size() && (words.get(i).is("CCONJ", "PUNCT", "ADV") || words.get(i).is("SCONJ")
                && !hasCommaClause(i))) {
            i++;
        }
        if (i < words.size() && words.get(i).is("SCONJ", "ADP")) {
            for (int k = i + 1; k < words.size(); k++) {
                if (words.get(k).text().equals(",") && hasSubjectAndVerb(k + 1, words.size())) {
                    return mainClauseStart(k + 1);
                }
            }
        }
        return i;
    }

    private boolean hasCommaClause(int i) {
        for (int k = i + 1; k < words.size(); k++) {
            if (words.get(k).text().equals(",")) {
                return hasSubjectAndVerb(k + 1, words.size());
            }
        }
        return false;
    }

    private boolean hasSubjectAndVerb(int from, int to) {
        boolean subject = false;
        for (int i = from; i < to; i++) {
            Word w = words.get(i);
            if (w.is("VERB", "AUX")) {
                return subject;
            }
            subject |= w.is("NOUN", "PROPN", "PRON");
        }
        return false;
    }

    /** The headline of the clause {@code words[from, to)}; {@code depth} counts reported clauses inside. */
    private Headline clause(int from, int to, int depth) {
        int verb = firstVerbWithSubject(from, to);
        if (verb < 0) {
            return Headline.NONE;
        }
        int end = verb;
        while (end < to && words.get(end).is("AUX", "VERB", "PART", "ADV") && !isInfinitiveMarker(end)) {
            end++;
        }
        VerbGroup group = VerbGroup.of(words.subList(verb, end));
        int subjectStart = subjectStart(from, verb);
        List<Word> subject = words.subList(subjectStart, verb).stream().filter(w -> !w.is("ADV")).toList();
        Phrases phrases = new Phrases(aloneName);
        String actor = phrases.subject(subject, MAX_SUBJECT);
        boolean nameActor = subject.stream().anyMatch(w -> w.is("PROPN"));
        if (CUE.contains(group.lemma()) || FRAMING.contains(group.lemma())) {
            int content = reportedClause(end, to);
            if (content >= 0 && depth < 2) {
                Headline said = clause(mainClauseStart(content), to, depth + 1);
                if (!said.isEmpty() && !said.cue()) {
                    boolean attribute = CUE.contains(group.lemma()) && nameActor;
                    return attribute ? prefixed(actor, said) : said;
                }
            }
            if (CUE.contains(group.lemma())) {
                return new Headline("", actor, nameActor, true, phrases.names(), "", false);
            }
        }
        boolean relative = subject.size() == 1 && RELATIVE.contains(subject.get(0).lower())
                || !subject.isEmpty() && subject.get(0).lower().equals("that") && subject.get(0).is("PRON", "SCONJ");
        if (group.incomplete() || relative || actor.isEmpty() && !group.passive()) {
            return Headline.NONE; // no verb the tagger saw, or no one doing it: "Falls", "Announces plans"
        }
        String infinitive = "";
        int particle = particle(verb, end, to);
        if (particle >= 0) {
            infinitive = " " + words.get(particle).text();
            end = Math.max(end, particle + 1);
        }
        if (end + 1 < to && isInfinitiveMarker(end)) {
            infinitive += " to " + VerbForms.base(words.get(end + 1).text()); // "plans to stand down"
            end += 2;
        }
        Complement c = Complement.read(words, end, to, group.copula());
        boolean expletive = subject.size() == 1 && EXPLETIVE.contains(subject.get(0).lower());
        String predicate = group.headline(plural(subject)) + infinitive;
        String object = phrases.render(c.object(), true);
        List<String> tail = new ArrayList<>();
        String place = "";
        for (List<Word> pp : c.phrases()) {
            boolean isPlace = PLACE_PREPOSITIONS.contains(pp.get(0).lower())
                    && pp.stream().anyMatch(w -> w.is("PROPN"));
            boolean short_ = (actor + " " + predicate + " " + object).length() < SHORT;
            if (tail.isEmpty() && (object.isEmpty() || short_ || group.copula()) || isPlace && place.isEmpty()) {
                String rendered = phrases.render(pp, false);
                tail.add(rendered);
                if (isPlace && place.isEmpty()) {
                    place = rendered.substring(rendered.indexOf(' ') + 1);
                }
            }
        }
        String text = expletive && group.copula() ? join(object, tail)
                : join(actor + " " + predicate + " " + object, tail);
        while (text.length() > MAX_LENGTH && !tail.isEmpty()) {
            tail.remove(tail.size() - 1);
            text = expletive && group.copula() ? join(object, tail) : join(actor + " " + predicate + " " + object, tail);
        }
        return new Headline(capitalise(text), actor, nameActor && !expletive, false, phrases.names(), place,
                !object.isEmpty() || !tail.isEmpty());
    }

    /** A headline shorter than this takes the phrase after its object ("Raan has talks" + "with ..."). */
    private static final int SHORT = 30;

    /** The longest headline kept with all its phrases; a longer one loses its trailing phrases. */
    private static final int MAX_LENGTH = 72;

    private static String join(String head, List<String> tail) {
        String s = head + " " + String.join(" ", tail);
        return s.replaceAll("\\s+", " ").strip();
    }

    private static Headline prefixed(String speaker, Headline said) {
        return new Headline(capitalise(speaker) + ": " + said.text(), said.actor(), said.nameActor(), false,
                said.names(), said.place(), said.complete());
    }

    /** The particles of English phrasal verbs ("step down", "call off"). */
    private static final Set<String> PARTICLES = Set.of("down", "up", "out", "off", "over", "back", "away", "in", "on",
            "through", "around", "aside", "apart", "forward", "ahead");
    private static final Set<String> SENTENCE_ADVERBS = Set.of("also", "still", "already", "just", "only", "even",
            "then", "now", "again", "later", "soon", "first", "last", "ever", "never", "not", "too", "yet", "reportedly",
            "allegedly", "instead", "however", "meanwhile", "today", "here", "there");

    /**
     * Where a word right after the main verb completes it ("ran aground", "stepped down", "walked out"): an adverb
     * that does not comment ("also", "safely"), or a preposition with no noun after it; -1 when none.
     */
    private int particle(int verb, int end, int to) {
        int main = -1;
        for (int i = verb; i < end; i++) {
            main = words.get(i).is("VERB") ? i : main;
        }
        int at = main + 1;
        if (main < 0 || at >= to) {
            return -1;
        }
        Word next = words.get(at);
        boolean adverb = next.is("ADV") && !next.lower().endsWith("ly") && !SENTENCE_ADVERBS.contains(next.lower());
        boolean bare = next.is("ADP", "ADV") && PARTICLES.contains(next.lower())
                && (at + 1 >= to || !words.get(at + 1).is("DET", "NOUN", "PROPN", "PRON", "NUM", "ADJ"));
        return adverb || bare ? at : -1;
    }

    /** "to" before a verb: the start of a purpose clause, not part of the verb group. */
    private boolean isInfinitiveMarker(int i) {
        return words.get(i).lower().equals("to") && i + 1 < words.size() && words.get(i + 1).is("VERB", "AUX");
    }

    /** The first verb (or auxiliary) with a noun or pronoun before it in the clause; -1 when none. */
    private int firstVerbWithSubject(int from, int to) {
        boolean subject = false;
        for (int i = from; i < to; i++) {
            Word w = words.get(i);
            boolean gerund = w.is("VERB") && w.lower().endsWith("ing") && (i == 0 || !words.get(i - 1).is("AUX"));
            if (w.is("VERB", "AUX") && subject && !gerund) {
                return i;
            }
            subject |= w.is("NOUN", "PROPN", "PRON", "NUM");
        }
        return -1;
    }

    /** Where the subject before the verb at {@code verb} starts: back over noun phrases and their prepositions. */
    private int subjectStart(int from, int verb) {
        int i = verb;
        while (i > from && words.get(i - 1).is("ADV")) {
            i--; // "indexes also fell"
        }
        if (i > from && words.get(i - 1).text().equals(")")) {
            while (i > from && !words.get(i - 1).text().equals("(")) {
                i--; // "General Motors (GM) announced"
            }
            i = Math.max(from, i - 1);
        }
        while (i > from && words.get(i - 1).is("DET", "ADJ", "NUM", "PROPN", "NOUN", "PRON", "PART", "ADP", "CCONJ")
                && !(words.get(i - 1).lower().equals("to") && !words.get(i - 1).is("ADP")) || i > from && isPossessive(words.get(i - 1))) {
            i--;
        }
        while (i < verb && words.get(i).is("ADP", "CCONJ")) {
            i++;
        }
        return i;
    }

    static boolean isPossessive(Word w) {
        return w.text().equals("’s") || w.text().equals("'s");
    }

    /** Where what a reporting verb reports begins: after "that", or a clause of its own; -1 when none follows. */
    private int reportedClause(int from, int to) {
        for (int i = from; i < to; i++) {
            Word w = words.get(i);
            if (w.lower().equals("that") && w.is("SCONJ", "PRON") || w.text().equals(":")) {
                return i + 1 < to ? i + 1 : -1;
            }
            if (w.is("PUNCT") && !w.text().matches("[“\"‘']")) {
                return -1;
            }
        }
        return hasSubjectAndVerb(from, to) ? from : -1;
    }

    /** Whether the subject is plural: joined by "and", a plural pronoun, or a plural common noun at its head. */
    private boolean plural(List<Word> subject) {
        if (subject.isEmpty()) {
            return false;
        }
        int firstPhraseEnd = 0;
        while (firstPhraseEnd < subject.size() && !subject.get(firstPhraseEnd).is("ADP")) {
            firstPhraseEnd++; // the head of "Markets around the world" is "Markets"
        }
        Word head = subject.get(Math.max(0, firstPhraseEnd - 1));
        boolean joined = subject.stream().anyMatch(w -> w.is("CCONJ") && w.lower().equals("and"));
        boolean pronoun = head.is("PRON") && Set.of("they", "we", "i", "you").contains(head.lower());
        boolean noun = head.is("NOUN") && (!head.capitalised() || aloneName.common(head.text())) && head.lower().endsWith("s") && !head.lower().endsWith("ss");
        return joined || pronoun || noun;
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The words after the verb group: an object (or a copula's complement) and the prepositional phrases after it. */
    record Complement(List<Word> object, List<List<Word>> phrases) {

        static Complement read(List<Word> words, int from, int to, boolean copula) {
            int i = from;
            while (i < to && words.get(i).is("ADV")) {
                i++;
            }
            int objectEnd = Phrases.nounPhraseEnd(words, i, to, copula);
            List<Word> object = words.subList(i, objectEnd);
            i = objectEnd;
            if (copula && i + 1 < to && words.get(i).lower().equals("to") && words.get(i).is("PART")) {
                int verbEnd = i + 2; // "due to take place": the complement's infinitive
                object = words.subList(from, Phrases.nounPhraseEnd(words, verbEnd, to, false));
                i = from + object.size();
            }
            List<List<Word>> phrases = new ArrayList<>();
            while (i < to) {
                while (i < to && words.get(i).is("ADV")) {
                    i++;
                }
                if (i >= to || !words.get(i).is("ADP") || words.get(i).lower().equals("that")) {
                    break;
                }
                int end = Phrases.nounPhraseEnd(words, i + 1, to, false);
                if (end == i + 1) {
                    break;
                }
                phrases.add(words.subList(i, end));
                i = end;
            }
            return new Complement(object, phrases);
        }
    }
}
