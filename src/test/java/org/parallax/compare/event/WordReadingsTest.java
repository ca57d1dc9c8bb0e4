package org.parallax.compare.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parallax.text.Token;

/**
 * A sentence's clauses read through its shared {@link WordReadings} are what each clause read on its own was: the same
 * words, each word what the word functions give it, the same predicates, gist, terms and running-text test, whatever
 * the clauses' order and overlaps and the timexes left out.
 */
class WordReadingsTest {

    private static final String[] PIECES = {"Putin ", "met ", "visits ", "the ", "plan ", "put ", "on ", "hold ",
        "called ", "it ", "off ", "Syrian ", "President ", "Bashar ", "al-Assad's ", "UN's ", "rebels’ ", "Aleppo-based ",
        "announced ", "that ", "airstrikes ", "halted ", "Tuesday ", "2015 ", "said ", ", ", "; ", " – ", ". ", "İstanbul ",
        "ceasefire ", "putting ", "talks ", "a ", "x-y ", "Acme ", "Corp ", "cancelled ", "é ", "'s ", "don't ",
        "PUT ", "Hold ", "\uD835\uDC00 ", "on-hold ", "called-off ", "put the plan on hold ", "called the strike off ",
        "put on hold "};

    @Test
    void aClauseReadThroughItsSentenceIsTheClauseReadAlone() {
        Random random = new Random(96);
        int multiWord = 0;
        int skipped = 0;
        int actors = 0;
        int actions = 0;
        for (int n = 0; n < 4000; n++) {
            String text = RandomTexts.of(random, PIECES, 30);
            int from = random.nextInt(text.length() + 1);
            int to = from + random.nextInt(text.length() - from + 1);
            // half the sentences read their words through this thread's known words, as the candidate finder does
            SentenceWords sentence = n % 2 == 0 ? new SentenceWords(text, from, to)
                    : new SentenceWords(text, text.toCharArray(), from, to);
            for (int k = 0; k < 6; k++) { // clauses in any order, overlapping, some cut inside a word
                int start = from + random.nextInt(to - from + 1);
                int end = start + random.nextInt(to - start + 1);
                List<int[]> skip = skips(random, start, end);
                skipped += skip.isEmpty() ? 0 : 1;
                ClauseWords shared = sentence.clause(start, end, skip);
                ClauseWords alone = ClauseWords.of(Words.split(text, start, end), skip);
                String where = "'" + text + "' [" + start + ", " + end + ")";
                assertThat(shown(shared.all())).as(where).isEqualTo(shown(alone.all()));
                assertThat(shown(shared.words())).as(where).isEqualTo(shown(alone.words()));
                for (int i = 0; i < shared.size(); i++) {
                    String w = shared.word(i).text();
                    assertThat(shared.lemma(i)).as(w).isEqualTo(Words.lemma(w));
                    assertThat(shared.stop(i)).as(w).isEqualTo(Words.isStopWord(w));
                    assertThat(shared.startsForm(i)).as(w).isEqualTo(Words.startsForm(Words.normalise(w)));
                    assertThat(shared.predicateLemma(i)).as(w).isEqualTo(Words.isPredicate(Words.lemma(w)));
                    assertThat(shared.nameLemmas(i)).as(w).isEqualTo(alone.nameLemmas(i));
                    assertThat(shared.predicate(i)).as(where + " " + w).isEqualTo(alone.predicate(i));
                    multiWord += shared.predicate(i) != null && shared.predicate(i).multiWord() ? 1 : 0;
                }
                assertThat(Gist.of(shared)).as(where).isEqualTo(Gist.of(alone)).isEqualTo(gistAsBefore(alone));
                assertThat(Gist.namesAction(shared)).as(where).isEqualTo(Gist.of(alone).action() != null);
                actions += Gist.namesAction(shared) ? 1 : 0;
                actors += Gist.of(shared).actor().isEmpty() ? 0 : 1;
                assertThat(Terms.of(shared)).as(where).isEqualTo(Terms.of(alone)).isEqualTo(termsAsBefore(alone));
                assertThat(CandidateFinder.runningText(text, new int[] {start, end}, shared)).as(where)
                        .isEqualTo(CandidateFinder.runningText(text, new int[] {start, end}, alone));
            }
        }
        assertThat(multiWord).isGreaterThan(100);
        assertThat(actors).isGreaterThan(1000);
        assertThat(actions).isGreaterThan(1000).isLessThan(4000 * 6 - 1000);
        assertThat(skipped).isGreaterThan(1000);
    }

    @Test
    void aWordsReadingIsReadOnceForEveryClauseThatHoldsIt() {
        String text = "Putin met Assad in Moscow, and the rebels were halted; the plan was put on hold.";
        int moscow = text.indexOf("Moscow");
        int comma = text.indexOf(',');
        SentenceWords sentence = new SentenceWords(text, 0, text.length());
        ClauseWords whole = sentence.clause(0, text.length(), List.of());
        ClauseWords first = sentence.clause(0, comma, List.of(new int[] {moscow + 1, comma})); // "Moscow" left out
        ClauseWords second = sentence.clause(comma + 2, text.indexOf(';'), List.of());

        assertThat(first.words()).extracting(Token::text).containsExactly("Putin", "met", "Assad", "in");
        assertThat(first.lemma(1)).isEqualTo("meet");
        assertThat(first.nameLemmas(2)).containsExactly("assad").isSameAs(whole.nameLemmas(2));
        assertThat(second.words()).extracting(Token::text).containsExactly("and", "the", "rebels", "were", "halted");
        assertThat(second.lemma(2)).isEqualTo("rebel").isSameAs(whole.lemma(7)); // stemmed once, not per clause
        assertThat(second.lemma(4)).isEqualTo("suspend");
    }

    /** The reference: {@link Terms#of} as it was, each weight boxed anew and merged by {@code Math::max}. */
    private static Map<String, Double> termsAsBefore(ClauseWords clause) {
        Map<String, Double> out = new HashMap<>();
        BitSet taken = new BitSet();
        for (int i = 0; i < clause.size(); i++) {
            Token w = clause.word(i);
            if (taken.get(i)) {
                continue;
            }
            Predicates.Match phrase = clause.predicate(i);
            if (phrase != null && phrase.multiWord()) {
                out.put(phrase.head(), EventRules.PREDICATE_WEIGHT);
                taken.set(phrase.tailFrom(), phrase.tailTo());
                continue;
            }
            if (clause.stop(i)) {
                continue;
            }
            if (w.capitalised() && Character.isLetter(w.text().charAt(0))) {
                String lemma = clause.lemma(i);
                if (clause.predicateLemma(i)) {
                    out.put(lemma, EventRules.PREDICATE_WEIGHT);
                    continue;
                }
                for (String name : clause.nameLemmas(i)) {
                    out.merge(name, EventRules.NAME_WEIGHT, Math::max);
                }
                continue;
            }
            String lemma = clause.lemma(i);
            if (lemma.length() < 3 || Words.isStopWord(lemma)) {
                continue;
            }
            if (clause.predicateLemma(i)) {
                out.put(lemma, EventRules.PREDICATE_WEIGHT);
            } else if (!lemma.chars().allMatch(Character::isDigit)) {
                out.merge(lemma.toLowerCase(Locale.ROOT), EventRules.WORD_WEIGHT, Math::max);
            }
        }
        return out;
    }

    /** The reference: {@link Gist#of} as it was, its actor's set and text made for every clause. */
    private static Gist gistAsBefore(ClauseWords clause) {
        List<Token> words = clause.words();
        Predicates.Match action = null;
        int actionAt = -1;
        Predicates.Match frame = null;
        int frameAt = -1;
        for (int i = 0; i < words.size() && action == null; i++) {
            Predicates.Match m = clause.predicate(i);
            if (m != null && Predicates.FRAMING.contains(m.head())) {
                if (frame == null) {
                    frame = m;
                    frameAt = i;
                }
            } else if (m != null) {
                action = m;
                actionAt = i;
            }
        }
        int end = frame != null ? frameAt : actionAt >= 0 ? actionAt : words.size();
        if (action == null) {
            action = frame;
        }
        java.util.Set<String> actor = new java.util.LinkedHashSet<>();
        StringBuilder actorText = new StringBuilder();
        for (int i = 0; i < end; i++) {
            Token w = words.get(i);
            boolean name = (w.capitalised() || NameForms.particleName(w.text())) && Character.isLetter(w.text().charAt(0))
                    && !clause.stop(i) && !clause.predicateLemma(i) && !clause.nameLemmas(i).isEmpty();
            if (name) {
                actorText.append(actorText.isEmpty() ? "" : " ").append(w.text());
                actor.addAll(clause.nameLemmas(i));
            } else if (w.capitalised() && clause.stop(i) && !actor.isEmpty()) {
                actor.clear();
                actorText.setLength(0);
            } else if (!actor.isEmpty()) {
                break;
            }
        }
        if (action == null) {
            return actor.isEmpty() ? Gist.NONE : new Gist(List.copyOf(actor), actorText.toString(), null, "");
        }
        return new Gist(List.copyOf(actor), actorText.toString(), action.head(), action.text());
    }

    /** None, or one or two ranges inside or across {@code [start, end)}, as a clause's timexes are. */
    private static List<int[]> skips(Random random, int start, int end) {
        List<int[]> out = new ArrayList<>();
        for (int k = random.nextInt(3); k > 0 && end > start; k--) {
            int a = Math.max(0, start - 2 + random.nextInt(end - start + 2));
            out.add(new int[] {a, a + 1 + random.nextInt(8)});
        }
        return out;
    }

    private static List<String> shown(List<Token> words) {
        return words.stream().map(t -> t.text() + "@" + t.start()).toList();
    }
}
