package org.parallax.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eval timex} and {@code eval speakers} on tiny gold corpora written for them, so the scorers' arithmetic is checked exactly. */
class EvalCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String fixture(String name) throws URISyntaxException {
        return Path.of(EvalCommandTest.class.getResource("/org/parallax/eval/" + name).toURI()).toString();
    }

    /*
     * meantime-tiny: DCT "March 01 , 2008" (excluded), gold "Tuesday" 2008-02-26, "three hours" PT2H (the gold is
     * deliberately wrong), "the afternoon" 2008-03-01TAF, and an anchorless TIMEX3 (ignored). The app finds
     * "Tuesday" (right), "three hours" PT3H (wrong value), "1998" (spurious), misses "the afternoon", and
     * "yesterday" in sentence 6, after MEANTIME's annotated sentences, is not scored.
     */
    @Test
    void meantimeScoresAreExact() throws Exception {
        assertThat(run("eval", "timex", fixture("meantime-tiny"), "--json")).isZero();
        JsonNode j = new ObjectMapper().readTree(out());
        assertThat(j.path("documents").asInt()).isEqualTo(1);
        assertThat(j.path("gold").asInt()).isEqualTo(3);
        assertThat(j.path("system").asInt()).isEqualTo(3);
        assertThat(j.path("strict_matches").asInt()).isEqualTo(2);
        assertThat(j.path("relaxed_matches").asInt()).isEqualTo(2);
        assertThat(j.path("value_matches").asInt()).isEqualTo(1);
        assertThat(j.path("span_strict_f1").asDouble()).isCloseTo(2.0 / 3, within(1e-4));
        assertThat(j.path("span_relaxed_f1").asDouble()).isCloseTo(2.0 / 3, within(1e-4));
        assertThat(j.path("value_precision").asDouble()).isCloseTo(1.0 / 3, within(1e-4));
        assertThat(j.path("value_recall").asDouble()).isCloseTo(1.0 / 3, within(1e-4));
        assertThat(j.path("value_f1").asDouble()).isCloseTo(1.0 / 3, within(1e-4));
        assertThat(out().strip()).startsWith("{").endsWith("}").doesNotContain("\n");
    }

    @Test
    void includingTheDctScoresTheDateline() throws Exception {
        assertThat(run("eval", "timex", fixture("meantime-tiny"), "--json", "--include-dct")).isZero();
        JsonNode j = new ObjectMapper().readTree(out());
        assertThat(j.path("gold").asInt()).isEqualTo(4);
        assertThat(j.path("system").asInt()).isEqualTo(4);
        assertThat(j.path("value_matches").asInt()).isEqualTo(2);
    }

    @Test
    void theTableListsErrorsByCategoryWithExamples() throws Exception {
        assertThat(run("eval", "timex", fixture("meantime-tiny"), "--errors", "2")).isZero();
        assertThat(out())
                .contains("1 documents, 3 gold timexes, 3 system timexes")
                .containsPattern("span strict\\s+0\\.667\\s+0\\.667\\s+0\\.667")
                .containsPattern("value\\s+0\\.333\\s+0\\.333\\s+0\\.333")
                .containsPattern("1\\s+missed TIME part-of-day")
                .containsPattern("1\\s+spurious DATE year")
                .containsPattern("1\\s+wrong value: gold DURATION, system DURATION")
                .contains("'three hours' PT2H / system 'three hours' PT3H")
                .contains("[1998]");
    }

    /* timeml-tiny: gold "Tuesday" 2015-10-20 inline; the app also tags "today" (spurious here); the timeline's
     * two dated events of sentence 1 are both carried by a timex of their sentence. */
    @Test
    void timeMlWithInlineTimexesAndTimelines() throws Exception {
        assertThat(run("eval", "timex", fixture("timeml-tiny"), "--json")).isZero();
        JsonNode j = new ObjectMapper().readTree(out());
        assertThat(j.path("format").asText()).isEqualTo("TimeML");
        assertThat(j.path("gold").asInt()).isEqualTo(1);
        assertThat(j.path("system").asInt()).isEqualTo(2);
        assertThat(j.path("value_precision").asDouble()).isCloseTo(0.5, within(1e-4));
        assertThat(j.path("value_recall").asDouble()).isCloseTo(1.0, within(1e-4));
        assertThat(j.path("anchor_mentions").asInt()).isEqualTo(2);
        assertThat(j.path("anchor_same_value").asInt()).isEqualTo(2);
    }

    /*
     * tempeval3-tiny: one TempEval-3 style .tml file (running text, no sentences) with "Monday" 2019-03-18, "three
     * months" P3M and "today" 2019-03-14 (the creation day, a Thursday) inline; the app finds all three.
     */
    @Test
    void tempEval3FilesAreReadAsTheyAreWritten() throws Exception {
        assertThat(run("eval", "timex", fixture("tempeval3-tiny"), "--json")).isZero();
        JsonNode j = new ObjectMapper().readTree(out());
        assertThat(j.path("format").asText()).isEqualTo("TimeML");
        assertThat(j.path("gold").asInt()).isEqualTo(3);
        assertThat(j.path("strict_matches").asInt()).isEqualTo(3);
        assertThat(j.path("value_matches").asInt()).isEqualTo(3);
    }

    @Test
    void timeMlWithoutGoldTimexesOrTimelinesFailsAndSaysSo() throws Exception {
        assertThat(run("eval", "timex", fixture("timeml-no-gold"))).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no gold TIMEX3").contains("nothing to score");
    }

    /*
     * semeval-timeline-mini: two articles about Acme; the gold timeline "bought" (2010-03-01) before "opened"
     * (2011-05-10), "keep" unanchored. The app dates both right (from "on Monday", "on Tuesday" and the creation
     * times), so the gold's 3 reduced relations (bought=2010-03-01, opened=2011-05-10, bought<opened) all follow
     * from the system's timeline: recall 100. The headlines are statements too ("Acme buys Widgets" on the creation
     * day): mentions the gold leaves out, so precision stays under 100.
     */
    @Test
    void semEvalTimelinesAreScoredWithTheTasksMeasure() throws Exception {
        assertThat(run("eval", "timeline", fixture("semeval-timeline-mini"), "--json")).isZero();
        JsonNode j = new ObjectMapper().readTree(out());
        assertThat(j.path("documents").asInt()).isEqualTo(2);
        assertThat(j.path("timelines").asInt()).isEqualTo(1);
        assertThat(j.path("gold_mentions").asInt()).isEqualTo(2);
        assertThat(j.path("gold_relations").asInt()).isEqualTo(3);
        assertThat(j.path("found_right_date").asInt()).isEqualTo(2);
        assertThat(j.path("recall").asDouble()).isCloseTo(100, within(1e-4));
        assertThat(j.path("precision").asDouble()).isBetween(1.0, 99.0);
        assertThat(j.path("corpus_1_f1").asDouble()).isCloseTo(j.path("f1").asDouble(), within(1e-4));
        assertThat(j.path("best_system_f1").asDouble()).isEqualTo(7.85);
    }

    @Test
    void aFolderWithoutTimelinesFails(@TempDir Path dir) {
        assertThat(run("eval", "timeline", dir.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no SemEval-2015 Task 4 corpus");
    }

    @Test
    void aMissingDirIsAUsageError() {
        assertThat(run("eval", "timex")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("parallax eval timex: Missing required parameter: 'DIR'")
                .contains("Usage: parallax eval timex ");
    }

    @Test
    void aDirThatDoesNotExistFails(@TempDir Path dir) {
        assertThat(run("eval", "timex", dir.resolve("nowhere").toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no such folder");
    }

    @Test
    void aFolderWithoutGoldFails(@TempDir Path dir) {
        assertThat(run("eval", "timex", dir.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no gold documents");
    }

    @Test
    void unknownEvaluationsAndOptionsAreRefused() {
        assertThat(run("eval")).isEqualTo(2);
        assertThat(run("eval", "frobs", "x")).isEqualTo(2);
        assertThat(run("eval", "timex", "x", "--frobnicate")).isEqualTo(2);
        assertThat(run("eval", "timex", "x", "--errors", "many")).isEqualTo(2);
        assertThat(run("eval", "speakers", "x")).isEqualTo(1);
        assertThat(run("eval", "speakers")).isEqualTo(2);
        assertThat(run("eval", "speakers", "x", "--include-dct")).isEqualTo(2);
        assertThat(run("eval", "speakers", "x", "--errors", "-1")).isEqualTo(2);
    }

    /*
     * meantime-speakers: six SPEECH_COGNITIVE events. "expected" has no Arg0 and "Some travellers complained" an
     * unnamed speaker: counted, not scored. Four are scored: "“The port is open,” said harbour master Jonas Berg"
     * (direct, right), "Ferry operator Nordline said that ..." (indirect, right), "Nordline announced new routes"
     * (no quote: not covered), and "Jonas Berg said that ..." whose gold Arg0 is deliberately Nordline (wrong).
     */
    @Test
    void speakerScoresAreExact() throws Exception {
        assertThat(run("eval", "speakers", fixture("meantime-speakers"), "--json")).isZero();
        JsonNode j = new ObjectMapper().readTree(out());
        assertThat(j.path("documents").asInt()).isEqualTo(1);
        assertThat(j.path("speech_events").asInt()).isEqualTo(6);
        assertThat(j.path("speech_events_with_arg0").asInt()).isEqualTo(5);
        assertThat(j.path("speech_events_person_or_organisation").asInt()).isEqualTo(5);
        assertThat(j.path("gold").asInt()).isEqualTo(4);
        assertThat(j.path("covered").asInt()).isEqualTo(4); // "Nordline announced new routes." is reported speech
        assertThat(j.path("correct").asInt()).isEqualTo(3);
        assertThat(j.path("wrong_speaker").asInt()).isEqualTo(1);
        assertThat(j.path("no_speaker").asInt()).isZero();
        assertThat(j.path("not_covered").asInt()).isZero();
        assertThat(j.path("speaker_accuracy").asDouble()).isCloseTo(0.75, within(1e-4));
        assertThat(j.path("speaker_coverage").asDouble()).isCloseTo(1.0, within(1e-4));
        assertThat(j.path("speaker_accuracy_covered").asDouble()).isCloseTo(0.75, within(1e-4));
        assertThat(j.path("quoted_gold").asInt()).isEqualTo(1);
        assertThat(j.path("quoted_correct").asInt()).isEqualTo(1);
        assertThat(out().strip()).startsWith("{").endsWith("}").doesNotContain("\n");
    }

    @Test
    void theSpeakerTableListsErrorsByCategoryWithExamples() throws Exception {
        assertThat(run("eval", "speakers", fixture("meantime-speakers"), "--errors", "1")).isZero();
        assertThat(out())
                .contains("gold speech/cognition events 6: 5 with an Arg0")
                .containsPattern("speaker accuracy\\s+0\\.750\\s+\\(3 correct of 4 gold events\\)")
                .containsPattern("coverage\\s+1\\.000")
                .containsPattern("1\\s+wrong speaker: indirect quote, gold speaker named")
                .contains("gold Nordline ('Nordline'), system 'Jonas Berg' on indirect «the ferries of Nordline were late»");
    }

    @Test
    void speakersNeedSpeechEvents() throws Exception {
        assertThat(run("eval", "speakers", fixture("timeml-tiny"))).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no gold speech events");
    }

    @Test
    void helpListsEval() {
        assertThat(run("--help")).isZero();
        assertThat(out()).contains("  eval ").contains("(SemEval-2015 Task 4)");
    }
}
