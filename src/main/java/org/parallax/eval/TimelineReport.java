package org.parallax.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders a {@link TimelineEvaluation.Result} as a table for people or one flat JSON object for scripts. */
public final class TimelineReport {

    private TimelineReport() {
    }

    public static String text(TimelineEvaluation.Result r, int examples) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "eval timeline %s: SemEval-2015 Task 4, Track A (raw text), temporal "
                + "awareness micro-averaged over timelines, F1 x 100%n", r.root()));
        b.append(String.format(Locale.ROOT, "%-10s %5s %6s %9s %12s %12s %9s %9s %7s %7s %7s%n", "corpus", "docs",
                "events", "timelines", "gold mentions", "sys mentions", "gold rels", "sys rels", "P", "R", "F1"));
        for (TimelineEvaluation.CorpusResult c : r.corpora()) {
            row(b, c.name(), c.documents(), c.events(), c.timelines(), c.goldMentions(), c.systemMentions(), c.score());
        }
        row(b, "all", r.sum(TimelineEvaluation.CorpusResult::documents), r.sum(TimelineEvaluation.CorpusResult::events),
                r.sum(TimelineEvaluation.CorpusResult::timelines), r.sum(TimelineEvaluation.CorpusResult::goldMentions),
                r.sum(TimelineEvaluation.CorpusResult::systemMentions), r.score());
        TemporalAwareness main = r.mainPredicate();
        b.append(String.format(Locale.ROOT, "each statement's main predicate only: P %.2f R %.2f F1 %.2f%n",
                100 * main.precision(), 100 * main.recall(), 100 * main.f1()));
        b.append(String.format(Locale.ROOT, "best Track A system of the task: F1 %.2f; this app: %.2f%n",
                TimelineEvaluation.BEST_SYSTEM_F1, 100 * r.score().f1()));
        Map<String, Integer> causes = new LinkedHashMap<>(r.causes());
        causes.values().removeIf(n -> n == 0);
        ReportText.errorsByCategory(b, causes, examples, cause -> r.corpora().stream()
                .flatMap(c -> c.examples().getOrDefault(cause, List.of()).stream()));
        ReportText.closing(b, r.warnings(), r.millis());
        return b.toString();
    }

    private static void row(StringBuilder b, String name, int docs, int events, int timelines, int gold, int sys,
                            TemporalAwareness s) {
        b.append(String.format(Locale.ROOT, "%-10s %5d %6d %9d %12d %12d %9d %9d %7.2f %7.2f %7.2f%n", name, docs,
                events, timelines, gold, sys, s.goldRelations(), s.systemRelations(), 100 * s.precision(),
                100 * s.recall(), 100 * s.f1()));
    }

    public static String json(TimelineEvaluation.Result r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("corpus", r.root().toString());
        m.put("documents", r.sum(TimelineEvaluation.CorpusResult::documents));
        m.put("system_events", r.sum(TimelineEvaluation.CorpusResult::events));
        m.put("timelines", r.sum(TimelineEvaluation.CorpusResult::timelines));
        m.put("gold_mentions", r.sum(TimelineEvaluation.CorpusResult::goldMentions));
        m.put("system_mentions", r.sum(TimelineEvaluation.CorpusResult::systemMentions));
        put(m, "", r.score());
        m.put("best_system_f1", TimelineEvaluation.BEST_SYSTEM_F1);
        m.put("main_predicate_only_f1", FlatJson.round(100 * r.mainPredicate().f1()));
        for (TimelineEvaluation.CorpusResult c : r.corpora()) {
            put(m, c.name() + "_", c.score());
        }
        r.causes().forEach((cause, n) -> m.put(key(cause), n));
        m.put("millis", r.millis());
        return FlatJson.of(m);
    }

    /** A cause as a JSON key: "found, wrong date" → {@code found_wrong_date}. */
    private static String key(String cause) {
        return cause.replaceAll("[^a-z]+", "_").replaceAll("^_|_$", "");
    }

    private static void put(Map<String, Object> m, String prefix, TemporalAwareness s) {
        m.put(prefix + "gold_relations", s.goldRelations());
        m.put(prefix + "system_relations", s.systemRelations());
        m.put(prefix + "precision", FlatJson.round(100 * s.precision()));
        m.put(prefix + "recall", FlatJson.round(100 * s.recall()));
        m.put(prefix + "f1", FlatJson.round(100 * s.f1()));
    }
}
