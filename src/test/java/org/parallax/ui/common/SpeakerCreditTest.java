package org.parallax.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parallax.model.Article;
import org.parallax.model.DateSource;
import org.parallax.model.Outlet;
import org.parallax.model.Quote;
import org.parallax.model.QuoteCluster;
import org.parallax.model.QuoteKind;
import org.parallax.model.Span;
import org.parallax.model.Speaker;
import org.parallax.model.SpeakerFrom;
import org.parallax.model.Variant;
import org.parallax.model.Verdict;

/** Who a quote cluster is credited to, by how many outlets, and why a quote's speaker is the one named. */
class SpeakerCreditTest {

    private static final String WORDS = "The ferry will run again in May";
    private final Map<String, Article> articles = new LinkedHashMap<>();
    private final Map<String, Quote> quotes = new LinkedHashMap<>();
    private final List<Variant> members = new ArrayList<>();

    private Quote member(String articleId, String outlet, String own, String credited, boolean inherited) {
        Article a = new Article(articleId, articleId + ".txt", outlet == null ? Outlet.UNKNOWN : Outlet.of(outlet), "",
                null, DateSource.UNKNOWN, "", "Anna Berg runs the ferries.\n\n\u201c" + WORDS + ",\u201d she said.",
                List.of());
        int at = a.text().indexOf(WORDS);
        Quote q = new Quote("q-" + articleId, new Span(articleId, at, at + WORDS.length()), WORDS,
                own == null ? null : new Speaker(own), QuoteKind.DIRECT, own == null ? null : SpeakerFrom.PRONOUN);
        articles.put(articleId, a);
        quotes.put(q.id(), q);
        members.add(new Variant(q.id(), Verdict.VERBATIM, credited == null ? null : new Speaker(credited), inherited));
        return q;
    }

    private SpeakerCredit credit(String speaker) {
        return SpeakerCredit.of(new QuoteCluster("qc", speaker == null ? null : new Speaker(speaker), members), quotes,
                articles);
    }

    @Test
    void saysHowManyOutletsCreditTheSpeakerWhenNotAllDo() {
        member("a", "Coast News", "Anna Berg", "Anna Berg", false);
        member("b", "Daily Port", "Anna Berg", "Anna Berg", false);
        member("c", "Harbour Times", null, "Anna Berg", true); // names nobody: inherits, does not credit
        member("d", "Harbour Times", null, "Anna Berg", true); // the same outlet again: one outlet
        SpeakerCredit c = credit("Anna Berg");
        assertThat(c.outlets()).isEqualTo(3);
        assertThat(c.crediting()).isEqualTo(2);
        assertThat(c.text()).isEqualTo("Anna Berg (attributed by 2 of 3 outlets)");
    }

    @Test
    void saysNothingMoreWhenEveryOutletCreditsThem() {
        member("a", "Coast News", "Anna Berg", "Anna Berg", false);
        member("b", null, "Berg", "Anna Berg", false);
        member("c", null, "Anna Berg", "Anna Berg", false); // unknown outlets count one article each
        assertThat(credit("Anna Berg").text()).isEqualTo("Anna Berg");
        assertThat(credit("Anna Berg").outlets()).isEqualTo(3);
        assertThat(credit("Anna Berg").note()).isEmpty();
    }

    @Test
    void anotherSpeakerCreditedIsNoCreditOfTheClustersOne() {
        member("a", "Coast News", "Anna Berg", "Anna Berg", false);
        member("b", "Daily Port", "Anna Berg", "Anna Berg", false);
        member("c", "Harbour Times", "Tom Roe", "Tom Roe", false);
        assertThat(credit("Anna Berg").text()).isEqualTo("Anna Berg (attributed by 2 of 3 outlets)");
    }

    @Test
    void aClusterOfNobodyIsAnUnknownSpeaker() {
        member("a", "Coast News", null, null, false);
        assertThat(credit(null).text()).isEqualTo(SpeakerCredit.UNKNOWN);
        assertThat(credit(null).partial()).isFalse();
    }

    @Test
    void membersWrittenBeforeTheyCarriedSpeakersCountTheirQuotesOwn() {
        member("a", "Coast News", "Anna Berg", null, false);
        member("b", "Daily Port", null, null, false);
        assertThat(credit("Anna Berg").text()).isEqualTo("Anna Berg (attributed by 1 of 2 outlets)");
    }

    @Test
    void eachReasonInAReadersWords() {
        Quote q = member("a", "Coast News", "Anna Berg", "Anna Berg", false);
        Article a = articles.get("a");
        assertThat(SpeakerCredit.line("Anna Berg", SpeakerFrom.CUE, q, a))
                .isEqualTo("Speaker: Anna Berg \u2014 named in the attribution, beside its \u2018said\u2019 or"
                        + " \u2018told\u2019");
        assertThat(SpeakerCredit.line("Anna Berg", SpeakerFrom.APPOSITION, q, a))
                .endsWith("with a title or description beside the name");
        assertThat(SpeakerCredit.line("Anna Berg", SpeakerFrom.ALIAS, q, a))
                .endsWith("joined to \u2018Anna Berg\u2019 named earlier in this article");
        assertThat(SpeakerCredit.line("Lena Holm", SpeakerFrom.ALIAS, q, a))
                .endsWith("joined to \u2018Lena Holm\u2019 named in another article");
        assertThat(SpeakerCredit.line(q, a)).isEqualTo("Speaker: Anna Berg \u2014 \u2018he\u2019, \u2018she\u2019 or"
                + " \u2018it\u2019 in the attribution: the one named last before it");
        assertThat(SpeakerCredit.line("Anna Berg", SpeakerFrom.CONTINUATION, q, a))
                .endsWith("continues the quote before it, which names them");
        assertThat(SpeakerCredit.line("Anna Berg", SpeakerFrom.CLUSTER, q, a))
                .endsWith("as other outlets credit this quote; the article names nobody");
        assertThat(SpeakerCredit.line("Anna Berg", null, q, a)).isEqualTo("Speaker: Anna Berg");
        assertThat(SpeakerCredit.line(null, null, q, a)).isEqualTo("Speaker: unknown \u2014 the article names nobody");
    }
}
