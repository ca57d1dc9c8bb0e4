package org.parallax.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The clustering arithmetic on hand-counted cases, and the ECB+ reader on a five-sentence fixture. */
class EventScoreTest {

    private static EventScore.Item item(String doc, String gold, String system) {
        return new EventScore.Item(doc, gold, system);
    }

    /**
     * Gold A = {m1, m2, m3}, B = {m4, m5}; system X = {m1, m2}, Y = {m3, m4}, Z = {m5}; documents m1 d1, m2 d2, m3 d2,
     * m4 d1, m5 d3. B³ P = (1 + 1 + ½ + ½ + 1) / 5 = 0.8; R = (⅔ + ⅔ + ⅓ + ½ + ½) / 5 = 8/15. Pairs: system 2, gold
     * 4, both 1 (m1 m2). Cross-document pairs: system 2 (m1 m2, m3 m4), gold 3 (m1 m2, m1 m3, m4 m5), both 1.
     */
    @Test
    void handCountedClustering() {
        EventScore s = EventScore.of(List.of(item("d1", "A", "X"), item("d2", "A", "X"), item("d2", "A", "Y"),
                item("d1", "B", "Y"), item("d3", "B", "Z")));
        assertThat(s.mentions()).isEqualTo(5);
        assertThat(s.goldClusters()).isEqualTo(2);
        assertThat(s.systemClusters()).isEqualTo(3);
        assertThat(s.b3Precision()).isCloseTo(0.8, within(1e-12));
        assertThat(s.b3Recall()).isCloseTo(8.0 / 15, within(1e-12));
        assertThat(s.b3F1()).isCloseTo(0.64, within(1e-12));
        assertThat(s.pairsSystem()).isEqualTo(2);
        assertThat(s.pairsGold()).isEqualTo(4);
        assertThat(s.pairsBoth()).isEqualTo(1);
        assertThat(s.pairwise().precision()).isEqualTo(0.5);
        assertThat(s.pairwise().recall()).isEqualTo(0.25);
        assertThat(s.pairwise().f1()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(s.crossSystem()).isEqualTo(2);
        assertThat(s.crossGold()).isEqualTo(3);
        assertThat(s.crossBoth()).isEqualTo(1);
        assertThat(s.cross().f1()).isCloseTo(0.4, within(1e-12));
    }

    @Test
    void singletonsHavePerfectB3PrecisionAndNoPairs() {
        EventScore s = EventScore.of(List.of(item("d1", "A", "1"), item("d2", "A", "2"), item("d3", "B", "3")));
        assertThat(s.b3Precision()).isEqualTo(1.0);
        assertThat(s.b3Recall()).isCloseTo((0.5 + 0.5 + 1) / 3, within(1e-12));
        assertThat(s.pairsSystem()).isZero();
        assertThat(s.pairwise().precision()).isZero(); // no pair claimed: reported as 0
        assertThat(s.pairwise().f1()).isZero();
    }

    @Test
    void perfectClustering() {
        EventScore s = EventScore.of(List.of(item("d1", "A", "x"), item("d2", "A", "x"), item("d3", "B", "y")));
        assertThat(s.b3F1()).isEqualTo(1.0);
        assertThat(s.pairwise().f1()).isEqualTo(1.0);
        assertThat(s.cross().f1()).isEqualTo(1.0);
    }

    static Path mini() throws URISyntaxException {
        return Path.of(EventScoreTest.class.getResource("ecbplus-mini").toURI());
    }

    @Test
    void readerKeepsAnnotatedActionMentionsWithTheirClusters() throws Exception {
        EcbReader.Result r = new EcbReader().read(mini());
        assertThat(r.warnings()).isEmpty();
        assertThat(r.documents()).extracting(EcbReader.Doc::id).containsExactly("1_1ecbplus", "1_2ecbplus");
        EcbReader.Doc d1 = r.documents().get(0);
        assertThat(d1.url()).isEqualTo("http://news.example.com/2013/07/02/quake-aceh");
        assertThat(d1.text()).startsWith("A strong earthquake struck Aceh on Tuesday, killing three people.")
                .doesNotContain("http");
        // sentence 2 ("Rescuers searched") is not in the sentence file; TIME_DATE is no action
        Map<String, String> words = d1.mentions().stream()
                .collect(Collectors.toMap(EcbReader.Mention::words, EcbReader.Mention::cluster));
        assertThat(words).containsOnly(Map.entry("earthquake", "ACT1"), Map.entry("struck", "ACT1"),
                Map.entry("killing", "ACT2"));
        for (EcbReader.Mention m : d1.mentions()) {
            assertThat(d1.text().substring(m.start(), m.end())).isEqualTo(m.words());
        }
        EcbReader.Doc d2 = r.documents().get(1);
        // NEG_* is left out; a mention only in an intra-document chain keeps that chain
        assertThat(d2.mentions()).extracting(EcbReader.Mention::words).containsExactly("earthquake", "hit", "said");
        assertThat(d2.mentions().get(2).cluster()).isEqualTo("1_2ecbplus#21");
    }

    /**
     * End to end on the fixture: both URLs date their article 2013-07-02, so "Tuesday" is that day in both; the
     * statements "A strong earthquake struck Aceh on Tuesday" (the clause ends before ", killing") and "An earthquake
     * hit Aceh on Tuesday, officials said" are one event. System {4 ACT1 mentions + "said"}, {"killing"}: B³ P =
     * (4 × 4/5 + 1/5 + 1) / 6 = 0.7333, R = 1; pairs system 10, gold 6, both 6.
     */
    @Test
    void fixtureEndToEnd() throws Exception {
        EventEvaluation.Result r = EventEvaluation.standard().run(mini());
        EventScore s = r.statements();
        assertThat(r.documents()).isEqualTo(2);
        assertThat(s.mentions()).isEqualTo(6);
        assertThat(r.covered()).isEqualTo(5);
        assertThat(s.b3Precision()).isCloseTo(4.4 / 6, within(1e-9));
        assertThat(s.b3Recall()).isCloseTo(1.0, within(1e-9));
        assertThat(s.pairsSystem()).isEqualTo(10);
        assertThat(s.pairsGold()).isEqualTo(6);
        assertThat(s.pairsBoth()).isEqualTo(6);
        assertThat(r.singletons().b3Precision()).isEqualTo(1.0);
        assertThat(EventReport.json(r)).contains("\"statements_b3_f1\": ", "\"statements_pairwise_f1\": 0.75,");
        // the system: happenings of the one coverage, by synonym class: {earthquake, earthquake}, {struck, hit};
        // "killing" said once holds no happening and "said", a reporting verb, is no happening word: both alone
        EventScore h = r.system();
        assertThat(r.happenings().covered()).isEqualTo(5);
        assertThat(h.pairsSystem()).isEqualTo(2);
        assertThat(h.pairsBoth()).isEqualTo(2);
        assertThat(h.b3Precision()).isEqualTo(1.0);
    }
}
