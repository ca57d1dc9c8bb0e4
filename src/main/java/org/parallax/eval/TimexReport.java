package org.parallax.eval;

import java.util.Locale;
import java.util.Map;

/** Renders a {@link TimexEvaluation.Result} as a table for people or one flat JSON object for scripts. */
public final class TimexReport {

    private TimexReport() {
    }

    public static String text(TimexEvaluation.Result r, int examplesPerCategory) {
        TimexScore s = r.score();
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "eval timex %s (%s): %d documents, %d gold timexes, %d system timexes%n",
                r.corpus().root(), r.corpus().format(), s.documents(), s.gold(), s.system()));
        if (s.gold() > 0) {
            b.append(r.includeDct() ? "document creation times included\n"
                    : "document creation times excluded on both sides (metadata, not text)\n");
        }
        if (r.undated() > 0) {
            b.append(String.format(Locale.ROOT, "%d documents without a creation time%n", r.undated()));
        }
        if (s.gold() == 0) {
            b.append("no gold TIMEX3 in the text of these documents (only their creation times): span and value scores "
                    + "are not defined; scored on the dates of the gold timelines' events below\n");
        } else {
            b.append(String.format(Locale.ROOT, "%-14s %9s %9s %9s   %s%n", "", "precision", "recall", "F1", "matches"));
            row(b, "span strict", s, s.strictMatches());
            row(b, "span relaxed", s, s.relaxedMatches());
            row(b, "value", s, s.valueMatches());
            b.append(String.format(Locale.ROOT, "type accuracy on relaxed matches %.3f (%d/%d); value recall on "
                            + "fully specified gold values %.3f (%d/%d)%n",
                    Ratios.ratio(s.typeMatches(), s.relaxedMatches()), s.typeMatches(), s.relaxedMatches(),
                    s.specificValueRecall(), s.valueSpecific(), s.goldSpecific()));
        }
        TimexEvaluation.AnchorScore a = r.anchors();
        if (a != null) {
            b.append(String.format(Locale.ROOT, "timeline anchors: %d dated event mentions, %d in these documents%n",
                    a.anchors(), a.inCorpus()));
            b.append(String.format(Locale.ROOT, "  date carried by a timex of the sentence %5d  %.3f%n", a.sameValue(),
                    Ratios.ratio(a.sameValue(), a.inCorpus())));
            b.append(String.format(Locale.ROOT, "  date is the DCT, no timex carries it   %5d  %.3f%n", a.dctOnly(),
                    Ratios.ratio(a.dctOnly(), a.inCorpus())));
            b.append(String.format(Locale.ROOT, "  sentence timexes carry another value   %5d  %.3f%n", a.otherValue(),
                    Ratios.ratio(a.otherValue(), a.inCorpus())));
            b.append(String.format(Locale.ROOT, "  no timex in the sentence               %5d  %.3f%n", a.noTimex(),
                    Ratios.ratio(a.noTimex(), a.inCorpus())));
            b.append("  by granularity: ").append(a.byGranularity()).append('\n');
        }
        if (s.gold() > 0 && !s.categories().isEmpty()) {
            ReportText.errorsByCategory(b, s.categories(), examplesPerCategory, category -> s.examples().stream()
                    .filter(x -> x.category().equals(category)).map(x -> x.doc() + ": " + x.context()));
        }
        if (a != null && examplesPerCategory > 0 && !a.examples().isEmpty()) {
            b.append("timeline anchors whose sentence carries another value:\n");
            ReportText.examples(b, a.examples().stream().limit(examplesPerCategory));
        }
        ReportText.closing(b, r.corpus().warnings(), r.millis());
        return b.toString();
    }

    private static void row(StringBuilder b, String name, TimexScore s, int tp) {
        b.append(String.format(Locale.ROOT, "%-14s %9.3f %9.3f %9.3f   %d of %d system, %d gold%n", name,
                s.precision(tp), s.recall(tp), s.f1(tp), tp, s.system(), s.gold()));
    }

    /** One flat JSON object; figures that are not defined (no gold timexes) are null. */
    public static String json(TimexEvaluation.Result r) {
        TimexScore s = r.score();
        Map<String, Object> m = FlatJson.startedWith(r.corpus(), s.documents());
        m.put("dct_included", r.includeDct());
        m.put("gold", s.gold());
        m.put("system", s.system());
        boolean defined = s.gold() > 0;
        m.put("span_strict_precision", defined ? FlatJson.round(s.precision(s.strictMatches())) : null);
        m.put("span_strict_recall", defined ? FlatJson.round(s.recall(s.strictMatches())) : null);
        m.put("span_strict_f1", defined ? FlatJson.round(s.f1(s.strictMatches())) : null);
        m.put("span_relaxed_precision", defined ? FlatJson.round(s.precision(s.relaxedMatches())) : null);
        m.put("span_relaxed_recall", defined ? FlatJson.round(s.recall(s.relaxedMatches())) : null);
        m.put("span_relaxed_f1", defined ? FlatJson.round(s.f1(s.relaxedMatches())) : null);
        m.put("value_precision", defined ? FlatJson.round(s.precision(s.valueMatches())) : null);
        m.put("value_recall", defined ? FlatJson.round(s.recall(s.valueMatches())) : null);
        m.put("value_f1", defined ? FlatJson.round(s.f1(s.valueMatches())) : null);
        m.put("strict_matches", s.strictMatches());
        m.put("relaxed_matches", s.relaxedMatches());
        m.put("value_matches", s.valueMatches());
        m.put("type_matches", s.typeMatches());
        TimexEvaluation.AnchorScore a = r.anchors();
        if (a != null) {
            m.put("anchor_mentions", a.inCorpus());
            m.put("anchor_same_value", a.sameValue());
            m.put("anchor_dct_only", a.dctOnly());
            m.put("anchor_other_value", a.otherValue());
            m.put("anchor_no_timex", a.noTimex());
            m.put("anchor_value_recall", FlatJson.round(Ratios.ratio(a.sameValue(), a.inCorpus())));
        }
        m.put("millis", r.millis());
        return FlatJson.of(m);
    }

}
