package org.parallax.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.parallax.model.Quote;

/**
 * Speaker accuracy on gold speech events, counted document by document ({@link #add}).
 *
 * <p><b>What is counted.</b> A gold event is a {@link GoldSpeech} with a {@linkplain GoldSpeech#hasNamedSpeaker()
 * named person or organisation as speaker}. Its system quote is, among the quotes that overlap the event's
 * sentence but not its cue word, the one nearest the cue (the quote the cue introduces: "“...,” he said", "X said
 * that ..."); an event whose sentence has no such quote is <i>not covered</i> (a headline, a cue inside someone's
 * quoted words, or a sentence without a quote the app finds). The event is <i>correct</i> when
 * that quote's speaker and the gold entity's names match ({@link SpeakerNames}).
 *
 * <p>Accuracy is correct / gold events; coverage is covered / gold events; accuracy on covered events is correct /
 * covered. Events without an {@code Arg0}, or whose speaker is not a named person or organisation, are counted
 * but not scored.
 */
public final class SpeakerScore {

    /** What became of one gold event. */
    public enum Outcome { CORRECT, WRONG_SPEAKER, NO_SPEAKER, NOT_COVERED }

    /** One scored gold event: what the gold says, what the system said, the sentence. */
    public record Judged(String doc, GoldSpeech gold, Quote quote, Outcome outcome, String category,
                         String sentence) {
    }

    private static final java.util.regex.Pattern HEADLINE_END = java.util.regex.Pattern.compile("[.!?:;”’]\\s*$");

    private int documents;
    private int events;
    private int withArg0;
    private int withEntity;
    private int personOrOrganisation;
    private int gold;
    private int covered;
    private int correct;
    private int noSpeaker;
    private int quotedGold;
    private int quotedCorrect;
    private final Map<String, int[]> byKind = new TreeMap<>();
    private final Map<String, Integer> categories = new TreeMap<>();
    private final List<Judged> judged = new ArrayList<>();

    /** Scores one document: {@code quotes} are the system's quotes of that document. */
    public void add(GoldDocument doc, List<Quote> quotes) {
        documents++;
        for (GoldSpeech g : doc.speeches()) {
            events++;
            if (g.speakerMention() == null) {
                continue;
            }
            withArg0++;
            if (g.entity() == null) {
                continue;
            }
            withEntity++;
            if (!"PER".equals(g.entityType()) && !"ORG".equals(g.entityType())) {
                continue;
            }
            personOrOrganisation++;
            if (!g.hasNamedSpeaker()) {
                continue;
            }
            gold++;
            int[] sent = doc.sentences().get(g.sentence());
            String sentence = sent == null ? "" : doc.text().substring(sent[0], sent[1]);
            boolean marks = sentence.indexOf('“') >= 0 || sentence.indexOf('”') >= 0;
            if (marks) {
                quotedGold++;
            }
            Quote q = sent == null ? null : quoteOf(g, sent, quotes);
            Outcome o;
            String category;
            if (q == null) {
                o = Outcome.NOT_COVERED;
                if (!HEADLINE_END.matcher(sentence).find()) {
                    category = "not covered: a headline (the sentence has no final stop)";
                } else if (quotes.stream().anyMatch(x -> x.span().start() < g.end() && g.start() < x.span().end())) {
                    category = "not covered: the cue stands inside a system quote (speech within speech)";
                } else {
                    category = "not covered: no system quote in the sentence, "
                            + (marks ? "which has quotation marks" : "which has no quotation marks");
                }
            } else {
                covered++;
                String kind = q.kind().name().toLowerCase(java.util.Locale.ROOT);
                int[] k = byKind.computeIfAbsent(kind, x -> new int[2]);
                k[0]++;
                if (q.speaker() == null) {
                    noSpeaker++;
                    o = Outcome.NO_SPEAKER;
                    category = "no speaker: " + kind + " quote, gold speaker " + mentionKind(g.mentionType());
                } else if (SpeakerNames.matches(q.speaker().name(), g.nameForms(), "ORG".equals(g.entityType()))) {
                    correct++;
                    k[1]++;
                    if (marks) {
                        quotedCorrect++;
                    }
                    o = Outcome.CORRECT;
                    category = null;
                } else {
                    o = Outcome.WRONG_SPEAKER;
                    category = "wrong speaker: " + kind + " quote, gold speaker " + mentionKind(g.mentionType());
                }
            }
            if (category != null) {
                categories.merge(category, 1, Integer::sum);
            }
            judged.add(new Judged(doc.id(), g, q, o, category, sentence));
        }
    }

    /**
     * The quote the event's cue introduces: among the quotes overlapping the cue's sentence and not its cue, the
     * nearest to the cue; null when there is none.
     */
    static Quote quoteOf(GoldSpeech g, int[] sentence, List<Quote> quotes) {
        Quote best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Quote q : quotes) {
            int s = q.span().start();
            int e = q.span().end();
            if (e <= sentence[0] || s >= sentence[1] || (s < g.end() && g.start() < e)) {
                continue;
            }
            int d = e <= g.start() ? g.start() - e : s - g.end();
            if (d < bestDistance) {
                best = q;
                bestDistance = d;
            }
        }
        return best;
    }

    /** How the gold's Arg0 mention names the speaker, from its {@code syntactic_type}. */
    static String mentionKind(String syntacticType) {
        return switch (syntacticType == null ? "" : syntacticType) {
            case "NAM" -> "named";
            case "NOM", "PRE.NOM" -> "described (NOM)";
            case "PRO" -> "a pronoun";
            case "APP" -> "in an apposition";
            case "CONJ" -> "in a conjunction";
            case "HLS" -> "headless";
            default -> "mention of no type";
        };
    }

    public int documents() {
        return documents;
    }

    /** Every gold speech or cognition event. */
    public int events() {
        return events;
    }

    /** Events with an {@code Arg0} entity mention. */
    public int withArg0() {
        return withArg0;
    }

    /** ... whose mention refers to an entity. */
    public int withEntity() {
        return withEntity;
    }

    /** ... which is a person or an organisation. */
    public int personOrOrganisation() {
        return personOrOrganisation;
    }

    /** ... which has a name: the scored gold events. */
    public int gold() {
        return gold;
    }

    public int covered() {
        return covered;
    }

    public int correct() {
        return correct;
    }

    /** Covered events whose system quote has no speaker. */
    public int noSpeaker() {
        return noSpeaker;
    }

    public int wrongSpeaker() {
        return covered - correct - noSpeaker;
    }

    /** Gold events in a sentence with quotation marks, and how many of them are correct. */
    public int quotedGold() {
        return quotedGold;
    }

    public int quotedCorrect() {
        return quotedCorrect;
    }

    public double accuracy() {
        return Ratios.ratio(correct, gold);
    }

    public double coverage() {
        return Ratios.ratio(covered, gold);
    }

    public double accuracyCovered() {
        return Ratios.ratio(correct, covered);
    }

    public double accuracyQuoted() {
        return Ratios.ratio(quotedCorrect, quotedGold);
    }

    /** Quote kind of the covering system quote → {covered, correct}. */
    public Map<String, int[]> byKind() {
        return Collections.unmodifiableMap(byKind);
    }

    /** Error category → count; correct events are in none. */
    public Map<String, Integer> categories() {
        return Collections.unmodifiableMap(categories);
    }

    /** The cue words of the events no system quote covers, most frequent first, headlines left out. */
    public List<Map.Entry<String, Integer>> uncoveredCues() {
        Map<String, Integer> n = new TreeMap<>();
        for (Judged j : judged) {
            if (j.outcome() == Outcome.NOT_COVERED && !j.category().contains("headline")) {
                n.merge(j.gold().cue().toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
            }
        }
        List<Map.Entry<String, Integer>> l = new ArrayList<>(n.entrySet());
        l.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        return l;
    }

    public List<Judged> judged() {
        return Collections.unmodifiableList(judged);
    }
}
