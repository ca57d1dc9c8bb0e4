package org.parallax.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders a {@link SpeakerEvaluation.Result} as a table for people or one flat JSON object for scripts. */
public final class SpeakerReport {

    private SpeakerReport() {
    }

    public static String text(SpeakerEvaluation.Result r, int examplesPerCategory) {
        SpeakerScore s = r.score();
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "eval speakers %s (%s): %d documents, %d system quotes%n",
                r.corpus().root(), r.corpus().format(), s.documents(), r.quotes()));
        b.append(String.format(Locale.ROOT, "gold speech/cognition events %d: %d with an Arg0 entity mention, %d of an "
                        + "entity, %d persons or organisations, %d of them named (scored)%n",
                s.events(), s.withArg0(), s.withEntity(), s.personOrOrganisation(), s.gold()));
        if (s.gold() == 0) {
            b.append("no gold speech event with a named speaker: speaker accuracy is not defined\n");
        } else {
            b.append(String.format(Locale.ROOT, "speaker accuracy            %.3f  (%d correct of %d gold events)%n",
                    s.accuracy(), s.correct(), s.gold()));
            b.append(String.format(Locale.ROOT, "coverage                    %.3f  (%d with a system quote in the "
                    + "sentence)%n", s.coverage(), s.covered()));
            b.append(String.format(Locale.ROOT, "accuracy on covered events  %.3f  (%d correct, %d wrong speaker, %d "
                    + "without speaker)%n", s.accuracyCovered(), s.correct(), s.wrongSpeaker(), s.noSpeaker()));
            b.append(String.format(Locale.ROOT, "in sentences with quotation marks  %.3f  (%d of %d)%n",
                    s.accuracyQuoted(), s.quotedCorrect(), s.quotedGold()));
            b.append("covering quote by kind (correct/covered):");
            s.byKind().forEach((k, v) -> b.append(' ').append(k).append(' ').append(v[1]).append('/').append(v[0]));
            b.append('\n');
        }
        List<Map.Entry<String, Integer>> cues = s.uncoveredCues();
        if (!cues.isEmpty()) {
            b.append("cue words of the events not covered (headlines left out):");
            cues.stream().limit(15).forEach(e -> b.append(' ').append(e.getKey()).append(' ').append(e.getValue()));
            b.append(cues.size() > 15 ? " ...\n" : "\n");
        }
        if (!s.categories().isEmpty()) {
            ReportText.errorsByCategory(b, s.categories(), examplesPerCategory, category -> s.judged().stream()
                    .filter(j -> category.equals(j.category())).map(SpeakerReport::example));
        }
        ReportText.closing(b, r.corpus().warnings(), r.millis());
        return b.toString();
    }

    /** "doc: 'said' gold Ken Lewis ('The bank 's CEO , Ken Lewis'), system 'X' on “...” | sentence". */
    private static String example(SpeakerScore.Judged j) {
        GoldSpeech g = j.gold();
        StringBuilder b = new StringBuilder();
        b.append(j.doc()).append(": '").append(g.cue()).append("' gold ").append(g.entity())
                .append(" ('").append(g.speakerMention()).append("')");
        if (j.quote() != null) {
            b.append(", system ").append(j.quote().speaker() == null ? "none" : "'" + j.quote().speaker().name() + "'")
                    .append(" on ").append(j.quote().kind().name().toLowerCase(Locale.ROOT)).append(" «")
                    .append(shorten(j.quote().text(), 60)).append('»');
        }
        b.append(" | ").append(shorten(j.sentence(), 160));
        return b.toString();
    }

    /** {@link ReportText#shorten} on one line: the text's line breaks read as spaces. */
    private static String shorten(String s, int max) {
        return ReportText.shorten(s.replace('\n', ' '), max);
    }

    /** One flat JSON object; figures that are not defined (no scored gold events) are null. */
    public static String json(SpeakerEvaluation.Result r) {
        SpeakerScore s = r.score();
        boolean defined = s.gold() > 0;
        Map<String, Object> m = FlatJson.startedWith(r.corpus(), s.documents());
        m.put("system_quotes", r.quotes());
        m.put("speech_events", s.events());
        m.put("speech_events_with_arg0", s.withArg0());
        m.put("speech_events_person_or_organisation", s.personOrOrganisation());
        m.put("gold", s.gold());
        m.put("covered", s.covered());
        m.put("correct", s.correct());
        m.put("wrong_speaker", s.wrongSpeaker());
        m.put("no_speaker", s.noSpeaker());
        m.put("not_covered", s.gold() - s.covered());
        m.put("speaker_accuracy", defined ? FlatJson.round(s.accuracy()) : null);
        m.put("speaker_coverage", defined ? FlatJson.round(s.coverage()) : null);
        m.put("speaker_accuracy_covered", s.covered() > 0 ? FlatJson.round(s.accuracyCovered()) : null);
        m.put("quoted_gold", s.quotedGold());
        m.put("quoted_correct", s.quotedCorrect());
        m.put("speaker_accuracy_quoted", s.quotedGold() > 0 ? FlatJson.round(s.accuracyQuoted()) : null);
        m.put("millis", r.millis());
        return FlatJson.of(m);
    }

}
