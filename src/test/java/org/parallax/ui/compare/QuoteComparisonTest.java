package org.parallax.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Corpus;
import org.parallax.model.QuoteCluster;
import org.parallax.model.Verdict;

/** The comparison view model without a toolkit, on hand-made clusters (not the sample): which words get which mark. */
class QuoteComparisonTest {

    private static final String FLOOD = "The river rose four metres overnight and flooded the old town";

    private static Corpus flood() {
        return new CorpusBuilder()
                .article("a", "Daily Tide", "2021-07-15", "Officials: \"" + FLOOD + "\", the mayor said.")
                .article("b", "Weekly Lens", "2021-07-17", "\"The river rose five metres overnight and flooded the old town\"")
                .article("c", "Harbour Post", "2021-07-16", "\"The river rose four metres overnight\", she said.")
                .quote("a", FLOOD, "Ann Mayor", Verdict.REFERENCE)
                .quote("b", "The river rose five metres overnight and flooded the old town", "Ann Mayor", Verdict.ALTERED)
                .quote("c", "The river rose four metres overnight", null, Verdict.TRIMMED)
                .cluster("qc-flood", "Ann Mayor")
                .build();
    }

    private static QuoteCluster only(Corpus c) {
        return c.quoteClusters().get(0);
    }

    private static List<DiffRun> marked(ComparisonColumn c, Mark mark) {
        return c.runs().stream().filter(r -> r.mark() == mark).toList();
    }

    @Test
    void theReferenceComesFirstThenTheOthersByPublicationDate() {
        Corpus corpus = flood();
        QuoteComparison m = QuoteComparison.of(only(corpus), corpus);
        assertThat(m.columns()).extracting(ComparisonColumn::articleId).containsExactly("a", "c", "b");
        assertThat(m.columns().get(0).reference()).isTrue();
        assertThat(m.columns().get(0).base()).isTrue();
        assertThat(m.baseIndex()).isZero();
        assertThat(m.columns()).extracting(c -> c.outlet().name())
                .containsExactly("Daily Tide", "Harbour Post", "Weekly Lens");
        assertThat(m.columns()).extracting(ComparisonColumn::verdicts)
                .containsExactly(List.of(Verdict.REFERENCE), List.of(Verdict.TRIMMED), List.of(Verdict.ALTERED));
        // c names no speaker: the cluster's stands in
        assertThat(m.columns().get(1).speaker()).isEqualTo("Ann Mayor");
        assertThat(m.outletCount()).isEqualTo(3);
    }

    @Test
    void aChangedWordIsMarkedChangedWithTheWordItReplaces() {
        Corpus corpus = flood();
        ComparisonColumn b = QuoteComparison.of(only(corpus), corpus).column("b").orElseThrow();
        assertThat(marked(b, Mark.CHANGED)).singleElement().satisfies(r -> {
            assertThat(r.text()).isEqualTo("five");
            assertThat(r.baseText()).isEqualTo("four");
            assertThat(r.describe()).isEqualTo("changed: five (instead of: four)");
        });
        assertThat(marked(b, Mark.ADDED)).isEmpty();
        assertThat(marked(b, Mark.MISSING)).isEmpty();
    }

    @Test
    void aTrimmedVersionIsAllSameAndLeavesAGapWhereTheReferenceGoesOn() {
        Corpus corpus = flood();
        QuoteComparison m = QuoteComparison.of(only(corpus), corpus);
        ComparisonColumn c = m.column("c").orElseThrow();
        assertThat(c.runs()).extracting(DiffRun::mark).containsOnly(Mark.SAME);
        // rows: "The river rose" | four/four/five | "metres overnight" | "and flooded the old town" (c: gap)
        assertThat(m.rows()).extracting(r -> r.cell(0).text())
                .containsExactly("The river rose", "four", "metres overnight", "and flooded the old town");
        assertThat(m.rows().get(1).cell(2).runs()).singleElement().extracting(DiffRun::mark).isEqualTo(Mark.CHANGED);
        assertThat(m.rows().get(3).cell(1).isGap()).isTrue();
        assertThat(m.rows().get(3).cell(2).text()).isEqualTo("and flooded the old town");
        assertThat(m.rows().get(0).differs()).isFalse();
        assertThat(m.rows().get(1).differs()).isTrue();
    }

    @Test
    void againstAShorterVersionTheLongerOnesExtraWordsAreAdded() {
        Corpus corpus = new CorpusBuilder()
                .article("long", "Left Paper", "2020-01-02", "\"We will rebuild every bridge and every school.\"")
                .article("short", "Right Paper", "2020-01-03", "\"We will rebuild every bridge.\"")
                .quote("long", "We will rebuild every bridge and every school.", "Jo Builder", Verdict.REFERENCE)
                .quote("short", "We will rebuild every bridge.", "Jo Builder", Verdict.TRIMMED)
                .cluster("qc-1", "Jo Builder").build();
        QuoteComparison m = QuoteComparison.of(only(corpus), corpus, "short");
        assertThat(m.base().articleId()).isEqualTo("short");
        ComparisonColumn longer = m.column("long").orElseThrow();
        assertThat(longer.reference()).isTrue();
        assertThat(marked(longer, Mark.ADDED)).singleElement()
                .satisfies(r -> assertThat(r.describe()).isEqualTo("added: and every school."));
        // the insertion is a row of its own, where the base has a gap
        ComparisonRow insertion = m.rows().stream().filter(ComparisonRow::insertion).findFirst().orElseThrow();
        assertThat(insertion.cell(m.baseIndex()).isGap()).isTrue();
        assertThat(insertion.cell(0).text()).isEqualTo("and every school.");
    }

    @Test
    void wordsLeftOutInTheMiddleAreMissing() {
        Corpus corpus = new CorpusBuilder()
                .article("x", "Alpha", "2019-05-01", "\"The talks will resume in Geneva next week.\"")
                .article("y", "Beta", "2019-05-02", "\"The talks will resume next week.\"")
                .quote("x", "The talks will resume in Geneva next week.", "Envoy", Verdict.REFERENCE)
                .quote("y", "The talks will resume next week.", "Envoy", Verdict.ALTERED)
                .cluster("qc-2", "Envoy").build();
        QuoteComparison m = QuoteComparison.of(only(corpus), corpus);
        ComparisonColumn y = m.column("y").orElseThrow();
        assertThat(marked(y, Mark.MISSING)).singleElement().extracting(DiffRun::text).isEqualTo("in Geneva");
        assertThat(y.runs()).extracting(DiffRun::mark).containsExactly(Mark.SAME, Mark.MISSING, Mark.SAME);
        assertThat(m.difference()).isGreaterThan(0).isLessThan(0.5);
    }

    @Test
    void anUtteranceSplitInTwoIsOneColumnWithBothPiecesInPlace() {
        String whole = "Prices will fall this winter. Wages will rise next spring for every worker.";
        Corpus corpus = new CorpusBuilder()
                .article("w", "Whole News", "2022-02-01", "\"" + whole + "\"")
                .article("s", "Split News", "2022-02-01", "\"Prices will fall this winter\", he said. "
                        + "\"Wages will rise next spring\", he added.")
                .quote("w", whole, "Minister", Verdict.REFERENCE)
                .quote("s", "Wages will rise next spring", "Minister", Verdict.TRIMMED)
                .quote("s", "Prices will fall this winter", "Minister", Verdict.TRIMMED)
                .cluster("qc-3", "Minister").build();
        QuoteComparison m = QuoteComparison.of(only(corpus), corpus);
        ComparisonColumn s = m.column("s").orElseThrow();
        // pieces in text order, joined by an ellipsis, every word the same
        assertThat(s.text()).isEqualTo("Prices will fall this winter \u2026 Wages will rise next spring");
        assertThat(s.quotes()).hasSize(2);
        assertThat(s.verdicts()).containsExactly(Verdict.TRIMMED);
        assertThat(s.runs()).extracting(DiffRun::mark).containsOnly(Mark.SAME);
        // each piece lines up with its part of the whole: "Prices…" in the first row, "Wages…" further down
        int prices = rowOf(m, 1, "Prices");
        int wages = rowOf(m, 1, "Wages");
        assertThat(prices).isLessThan(wages);
        assertThat(m.rows().get(prices).cell(0).text()).startsWith("Prices");
        assertThat(m.rows().get(wages).cell(0).text()).startsWith("Wages");
        assertThat(m.rows().get(prices).cell(1).span()).isEqualTo(s.quotes().get(0).span());
        assertThat(m.rows().get(wages).cell(1).span()).isEqualTo(s.quotes().get(1).span());
        assertThat(m.difference()).isZero();
    }

    @Test
    void aParaphraseThatReordersStillSharesWhatItCan() {
        Corpus corpus = new CorpusBuilder()
                .article("p", "One", "2018-03-03", "\"Without your help the city would have fallen within days.\"")
                .article("q", "Two", "2018-03-04", "\"The city would have collapsed within days without your support.\"")
                .quote("p", "Without your help the city would have fallen within days.", "General", Verdict.REFERENCE)
                .quote("q", "The city would have collapsed within days without your support.", "General",
                        Verdict.PARAPHRASE)
                .cluster("qc-4", "General").build();
        QuoteComparison m = QuoteComparison.of(only(corpus), corpus);
        ComparisonColumn q = m.column("q").orElseThrow();
        assertThat(q.runs()).extracting(DiffRun::mark).contains(Mark.SAME, Mark.CHANGED);
        String same = String.join(" ", q.runs().stream().filter(r -> r.mark() == Mark.SAME).map(DiffRun::text).toList());
        assertThat(same).contains("city would have");
        // every word of every column appears in some row exactly once
        for (int c = 0; c < m.columns().size(); c++) {
            int col = c;
            String rowsText = String.join(" ", m.rows().stream().map(r -> r.cell(col).text())
                    .filter(t -> !t.isEmpty()).toList());
            String runsText = String.join(" ", m.columns().get(c).runs().stream().map(DiffRun::text).toList());
            assertThat(rowsText).as("column %s", c).isEqualTo(runsText);
        }
    }

    @Test
    void aFragmentWithHardlyAWordInCommonIsChangedAndSetApart() {
        Corpus corpus = new CorpusBuilder()
                .article("r", "Ref", "2016-06-01", "\"Our patience and our resolve will decide the war.\"")
                .article("f", "Frag", "2016-06-02", "She spoke of \"stamina and grit\".")
                .quote("r", "Our patience and our resolve will decide the war.", "Leader", Verdict.REFERENCE)
                .quote("f", "stamina and grit", "Leader", Verdict.PARTIAL)
                .cluster("qc-5", "Leader").build();
        QuoteComparison m = QuoteComparison.of(only(corpus), corpus);
        ComparisonColumn f = m.column("f").orElseThrow();
        assertThat(f.runs()).singleElement().satisfies(r -> {
            assertThat(r.mark()).isEqualTo(Mark.CHANGED);
            assertThat(r.describe()).isEqualTo("changed: stamina and grit (no counterpart in the base)");
        });
        // the base stays one row; the fragment gets its own row after it
        assertThat(m.rows()).hasSize(2);
        assertThat(m.rows().get(0).cell(1).isGap()).isTrue();
        assertThat(m.rows().get(1).cell(0).isGap()).isTrue();
        assertThat(m.rows().get(1).cell(1).text()).isEqualTo("stamina and grit");
    }

    @Test
    void anEmptyClusterHasNoColumns() {
        Corpus corpus = new CorpusBuilder().article("a", "A", null, "nothing").build();
        QuoteComparison m = QuoteComparison.of(new QuoteCluster("qc-x", null, List.of()), corpus);
        assertThat(m.columns()).isEmpty();
        assertThat(m.rows()).isEmpty();
        assertThat(m.speaker()).isEqualTo("Unknown speaker");
    }

    private static int rowOf(QuoteComparison m, int column, String start) {
        for (int i = 0; i < m.rows().size(); i++) {
            if (m.rows().get(i).cell(column).text().startsWith(start)) {
                return i;
            }
        }
        throw new AssertionError(start + " not in column " + column);
    }
}
