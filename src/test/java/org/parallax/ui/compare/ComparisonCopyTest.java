package org.parallax.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parallax.model.Corpus;
import org.parallax.model.Verdict;

/** The clipboard text and HTML tables, as plain strings. */
class ComparisonCopyTest {

    private static QuoteComparison comparison() {
        Corpus corpus = new CorpusBuilder()
                .article("a", "Daily <Tide>", "2021-07-15", "\"Rates rise by four points & more today\"")
                .article("b", "Weekly Lens", "2021-07-17", "\"Rates rise by five points today, the bank said\"")
                .quote("a", "Rates rise by four points & more today", "Bank Chief", Verdict.REFERENCE)
                .quote("b", "Rates rise by five points today, the bank said", "Bank Chief", Verdict.ALTERED)
                .cluster("qc", "Bank Chief").build();
        return QuoteComparison.of(corpus.quoteClusters().get(0), corpus);
    }

    @Test
    void theTextIsATabSeparatedTableWithWdiffMarks() {
        String text = ComparisonCopy.text(comparison());
        String[] lines = text.split("\n");
        assertThat(lines[0]).isEqualTo("Bank Chief: one quote in 2 outlets");
        assertThat(lines[1]).isEqualTo("Outlet\tArticle\tDate\tSpeaker\tVerdict\tQuote");
        assertThat(lines[2]).isEqualTo("Daily <Tide>\ta\t2021-07-15\tBank Chief\treference (base)\t"
                + "Rates rise by four points & more today");
        assertThat(lines[3]).startsWith("Weekly Lens\tb\t2021-07-17\tBank Chief\taltered\t")
                .contains("[-four-]{+five+}").contains("[-more-]").contains("{+the bank said+}");
        assertThat(lines[4]).startsWith("Marks against Daily <Tide>:");
    }

    @Test
    void theHtmlIsAnEscapedTableWithInsDelAndMark() {
        String html = ComparisonCopy.html(comparison());
        assertThat(html).startsWith("<table>").contains("<caption>Bank Chief: one quote in 2 outlets</caption>")
                .contains("<th>Outlet</th>").contains("<td>Daily &lt;Tide&gt;</td>")
                .contains("Rates rise by four points &amp; more today")
                .contains("<del>four</del> <mark>five</mark>")
                .contains("<del>more</del>")
                .contains("<ins>the bank said</ins>")
                .endsWith("</table>\n");
        assertThat(html.split("<tr>")).hasSize(4); // header + two versions
    }

    @Test
    void anInheritedSpeakerIsCopiedAsTheColumnHeadShowsIt() {
        Corpus corpus = new CorpusBuilder()
                .article("a", "Daily Tide", "2021-07-15", "\"The harbour reopens on Monday\"")
                .article("b", "Weekly Lens", "2021-07-17", "\"The harbour reopens on Monday\"")
                .quote("a", "The harbour reopens on Monday", "Jane Doe", Verdict.REFERENCE)
                .quote("b", "The harbour reopens on Monday", null, Verdict.VERBATIM)
                .cluster("qc", "Jane Doe").build();
        QuoteComparison c = QuoteComparison.of(corpus.quoteClusters().get(0), corpus);
        String shown = ColumnAttribution.of(c.cluster(), c.columns().get(1)).text();
        assertThat(shown).isNotEqualTo("Jane Doe"); // the view marks it
        assertThat(ComparisonCopy.text(c).split("\n")[3]).startsWith("Weekly Lens\tb\t2021-07-17\t" + shown + "\t");
        assertThat(ComparisonCopy.text(c).split("\n")[2]).contains("\tJane Doe\t");
        assertThat(ComparisonCopy.html(c)).contains("<td>" + ComparisonCopy.escape(shown) + "</td>");
    }
}
