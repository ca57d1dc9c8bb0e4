package org.parallax.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.Quote;
import org.parallax.model.SpeakerFrom;

/** Each quote's speaker keeps why it was chosen: made-up sentences, one per reason. */
class SpeakerFromTest {

    private static List<String> reasons(String... paragraphs) {
        Article a = QuoteFixturesTest.article("a", String.join("\n\n", paragraphs));
        List<Quote> quotes = new QuoteExtractor().extract(Corpus.of(List.of(a)));
        return quotes.stream().map(q -> q.speakerIfKnown().map(s -> s.name()).orElse("-") + " | "
                + q.speakerFromIfKnown().map(SpeakerFrom::jsonName).orElse("-")).toList();
    }

    @Test
    void aNameBesideTheSpeechVerbIsTheCue() {
        assertThat(reasons("\u201cThe bridge will open in June,\u201d said Marta Lindqvist."))
                .containsExactly("Marta Lindqvist | cue");
    }

    @Test
    void aTitleOrAnAppositionBesideTheNameIsTheApposition() {
        assertThat(reasons("\u201cThe bridge will open in June,\u201d Transport Minister Marta Lindqvist said."))
                .containsExactly("Marta Lindqvist | apposition");
        assertThat(reasons("Marta Lindqvist, the harbour engineer, said: \u201cThe bridge will open in June.\u201d"))
                .containsExactly("Marta Lindqvist | apposition");
    }

    @Test
    void aSurnameJoinedToTheFullNameGivenEarlierIsAnAlias() {
        assertThat(reasons("Marta Lindqvist has run the harbour works since 2019.",
                "\u201cThe bridge will open in June,\u201d Lindqvist said."))
                .containsExactly("Marta Lindqvist | alias");
    }

    @Test
    void aRoleOrABodyNounJoinedToTheOneNamedEarlierIsAnAlias() {
        assertThat(reasons("Transport Minister Marta Lindqvist opened the new hall on Monday.",
                "\u201cThe bridge will open in June,\u201d the minister said."))
                .containsExactly("Marta Lindqvist | alias");
        assertThat(reasons("Nordhavn Shipping, a ferry operator, lost money last year.",
                "The company said that it would sell two of its ferries."))
                .contains("Nordhavn Shipping | alias");
    }

    @Test
    void aPronounIsThePersonLastNamed() {
        assertThat(reasons("Tomas Berglund, the mayor, spoke after the vote.",
                "\u201cWe will rebuild the pier,\u201d he said."))
                .containsExactly("Tomas Berglund | pronoun");
    }

    @Test
    void anUnattributedParagraphAfterTheSpeakersQuoteIsAContinuation() {
        assertThat(reasons("\u201cThe bridge will open in June,\u201d said Marta Lindqvist.",
                "\u201cAfter that, the ferries will stop for good.\u201d"))
                .containsExactly("Marta Lindqvist | cue", "Marta Lindqvist | continuation");
    }

    @Test
    void aQuoteOfNobodyHasNoReason() {
        assertThat(reasons("The sign read \u201cClosed for repairs until the end of the month.\u201d"))
                .allSatisfy(r -> assertThat(r).isEqualTo("- | -"));
    }
}
