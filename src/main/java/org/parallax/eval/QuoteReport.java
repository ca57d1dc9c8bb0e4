package org.parallax.eval;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.parallax.model.Quote;

/** The quote evaluation as text or as one flat JSON object. */
public final class QuoteReport {

    private QuoteReport() {
    }

    public static String text(QuoteEvaluation.Result r, int examples) {
        QuoteEvaluation.Score s = r.score();
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "ECB+ quotes: %s%n", r.root()));
        b.append(String.format(Locale.ROOT, "%d topics, %d documents, %d quotes (%d direct, the longest %d"
                + " characters), %d quote clusters (%d credit the words to different speakers)%n", r.topics(),
                r.documents(), r.quotes(), r.directQuotes(), r.longestQuoteChars(), r.clusters(),
                r.attributionDisagreements()));
        b.append(String.format(Locale.ROOT, "quotes running past their paragraph (not continued with a quote mark):"
                + " %d%n", r.longerThanParagraph()));
        b.append(String.format(Locale.ROOT, "verbatim-shared direct quotes (same normalised text, >= %d words, in"
                + " >= 2 documents of a topic): %d%n", QuoteEvaluation.MIN_WORDS, s.shared()));
        b.append(String.format(Locale.ROOT, "together in one cluster: %d  rate %s%n", s.together(),
                s.shared() == 0 ? "n/a" : String.format(Locale.ROOT, "%.3f", s.rate())));
        b.append(String.format(Locale.ROOT, "not together: %d (speakers differ %d, a speaker missing %d, other %d)%n",
                s.shared() - s.together(), s.speakersDiffer(), s.speakerMissing(), s.other()));
        int shown = 0;
        for (QuoteEvaluation.Shared g : r.groups()) {
            if (g.together() || shown >= examples) {
                continue;
            }
            shown++;
            b.append(String.format(Locale.ROOT, "  [%s] topic %s: \"%s\"%n      %s%n", g.why(), g.topic(),
                    ReportText.shorten(g.text(), 100), g.quotes().stream().map(QuoteReport::who)
                            .collect(Collectors.joining("; "))));
        }
        b.append(String.format(Locale.ROOT, "took %.1f s%n", r.millis() / 1000.0));
        return b.toString();
    }

    private static String who(Quote q) {
        return q.articleId() + "=" + (q.speaker() == null ? "(none)" : q.speaker().name());
    }

    public static String json(QuoteEvaluation.Result r) {
        QuoteEvaluation.Score s = r.score();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("corpus", r.root().toString());
        m.put("topics", r.topics());
        m.put("documents", r.documents());
        m.put("system_quotes", r.quotes());
        m.put("direct_quotes", r.directQuotes());
        m.put("quote_clusters", r.clusters());
        m.put("attribution_disagreements", r.attributionDisagreements());
        m.put("longest_quote_chars", r.longestQuoteChars());
        m.put("quotes_longer_than_paragraph", r.longerThanParagraph());
        m.put("verbatim_shared", s.shared());
        m.put("verbatim_together", s.together());
        m.put("verbatim_together_rate", s.shared() == 0 ? null : FlatJson.round(s.rate()));
        m.put("not_together_speakers_differ", s.speakersDiffer());
        m.put("not_together_speaker_missing", s.speakerMissing());
        m.put("not_together_other", s.other());
        m.put("millis", r.millis());
        return FlatJson.of(m);
    }
}
