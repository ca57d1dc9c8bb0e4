package org.parallax.eval;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Renders an {@link EventEvaluation.Result} as a table for people or one flat JSON object for scripts. */
public final class EventReport {

    private EventReport() {
    }

    public static String text(EventEvaluation.Result r) {
        StringBuilder b = new StringBuilder(table(r));
        b.append("errors by cause (gold mentions; pairs of gold mentions)\n");
        r.errors().causes().forEach((c, n) -> b.append(String.format(Locale.ROOT, "  %-34s %7d%n", c, n)));
        r.errors().examples().forEach(e -> b.append("  ").append(e).append('\n'));
        return b.toString();
    }

    private static String table(EventEvaluation.Result r) {
        StringBuilder b = new StringBuilder();
        EventScore s = r.statements();
        b.append(String.format(Locale.ROOT, "eval events %s: %d documents in %d topics (%d dated from their URL or "
                + "text), %d timeline events%n", r.root(), r.documents(), r.topics(), r.dated(), r.systemEvents()));
        b.append(String.format(Locale.ROOT, "gold event mentions %d in %d gold clusters; %d (%.1f%%) covered by a "
                        + "timeline event, the rest scored as singletons%n", s.mentions(), s.goldClusters(),
                r.covered(), s.mentions() == 0 ? 0.0 : 100.0 * r.covered() / s.mentions()));
        int uncovered = s.mentions() - r.covered();
        b.append(String.format(Locale.ROOT, "not covered %d: %d in undated documents (relative dates unresolved), %d "
                + "in dated documents but in no dated statement%n", uncovered, r.uncoveredInUndated(),
                uncovered - r.uncoveredInUndated()));
        HappeningRows.Scores h = r.happenings();
        b.append(String.format(Locale.ROOT, "system: the coverages' happenings (every sentence, dated or not; %d gold "
                + "mentions hold a happening word); stories: %d document pairs, %d of them in one ECB+ happening, of %d"
                + "%n", h.covered(), h.storyPairs(), h.storyPairsRight(), h.goldPairs()));
        b.append(String.format(Locale.ROOT, "%-12s %7s %7s %7s   %7s %7s %7s   %7s %7s %7s%n", "", "B3 P", "B3 R",
                "B3 F1", "pair P", "pair R", "pair F1", "xdoc P", "xdoc R", "xdoc F1"));
        row(b, "system", r.system());
        row(b, "statements", s);
        row(b, "singletons", r.singletons());
        row(b, "same lemma", r.lemma());
        row(b, "stmt×lemma", r.systemByLemma());
        b.append("ceilings of a statement-level model (units grouped perfectly, see EventCeilings):\n");
        row(b, "statements", r.ceilings().statements());
        row(b, "sentences", r.ceilings().sentences());
        row(b, "one mention", r.ceilings().oneMention());
        row(b, "one/sentence", r.ceilings().oneMentionPerSentence());
        b.append("happening words grouped by synonym class alone, dates aside:\n");
        row(b, "in story", h.inStory());
        row(b, "in topic", h.inTopic());
        b.append(String.format(Locale.ROOT, "pairs: statements %d (%d right), gold %d; cross-document: system %d (%d "
                + "right), gold %d%n", s.pairsSystem(), s.pairsBoth(), s.pairsGold(), s.crossSystem(), s.crossBoth(),
                s.crossGold()));
        ReportText.closing(b, r.warnings(), r.millis());
        return b.toString();
    }

    private static void row(StringBuilder b, String name, EventScore s) {
        PairScore pairs = s.pairwise();
        PairScore cross = s.cross();
        b.append(String.format(Locale.ROOT, "%-12s %7.3f %7.3f %7.3f   %7.3f %7.3f %7.3f   %7.3f %7.3f %7.3f%n", name,
                s.b3Precision(), s.b3Recall(), s.b3F1(), pairs.precision(), pairs.recall(), pairs.f1(),
                cross.precision(), cross.recall(), cross.f1()));
    }

    public static String json(EventEvaluation.Result r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("documents", r.documents());
        m.put("dated_documents", r.dated());
        m.put("topics", r.topics());
        m.put("gold_mentions", r.statements().mentions());
        m.put("gold_clusters", r.statements().goldClusters());
        m.put("covered_mentions", r.covered());
        m.put("uncovered_in_undated_documents", r.uncoveredInUndated());
        m.put("system_events", r.systemEvents());
        put(m, "", r.system());
        put(m, "statements_", r.statements());
        put(m, "singletons_", r.singletons());
        put(m, "lemma_", r.lemma());
        put(m, "system_by_lemma_", r.systemByLemma());
        put(m, "ceiling_statements_", r.ceilings().statements());
        put(m, "ceiling_sentences_", r.ceilings().sentences());
        put(m, "ceiling_one_mention_", r.ceilings().oneMention());
        put(m, "ceiling_one_mention_per_sentence_", r.ceilings().oneMentionPerSentence());
        m.put("happening_covered_mentions", r.happenings().covered());
        m.put("story_document_pairs", r.happenings().storyPairs());
        m.put("story_document_pairs_right", r.happenings().storyPairsRight());
        m.put("gold_document_pairs", r.happenings().goldPairs());
        put(m, "happenings_in_story_", r.happenings().inStory());
        put(m, "happenings_in_topic_", r.happenings().inTopic());
        r.errors().causes().forEach((c, n) -> m.put("errors_" + c.replaceAll("[^a-z]+", "_"), n));
        m.put("millis", r.millis());
        return FlatJson.of(m);
    }

    private static void put(Map<String, Object> m, String prefix, EventScore s) {
        m.put(prefix + "b3_p", FlatJson.round(s.b3Precision()));
        m.put(prefix + "b3_r", FlatJson.round(s.b3Recall()));
        m.put(prefix + "b3_f1", FlatJson.round(s.b3F1()));
        m.put(prefix + "pairwise_p", FlatJson.round(s.pairwise().precision()));
        m.put(prefix + "pairwise_r", FlatJson.round(s.pairwise().recall()));
        m.put(prefix + "pairwise_f1", FlatJson.round(s.pairwise().f1()));
        m.put(prefix + "cross_doc_pairwise_f1", FlatJson.round(s.cross().f1()));
    }
}
