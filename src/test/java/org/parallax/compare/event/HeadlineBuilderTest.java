package org.parallax.compare.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.parallax.text.PartsOfSpeech;

/**
 * Headlines from made-up statements: actor, verb in the headline's tense, object and place; never a cue verb alone,
 * never a phrase cut. A date in brackets is a timex and is left out with its preposition.
 */
class HeadlineBuilderTest {

    private static final PartsOfSpeech TAGGER = new PartsOfSpeech();
    private static final NameForms FORMS = new NameForms(Set.of("Pell", "Korr", "Marsh", "Raan", "Voss"),
            Set.of("foreign", "minister", "trade", "secretary", "prime", "mayor", "governor", "rescuers", "police", "markets"));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Mayor Jonas Pell visited Harwick [on Tuesday] to inspect the flood damage.|Pell visits Harwick",
        "The Harwick council has suspended the bridge project.|Harwick council suspends bridge project",
        "The concert in Lisbury was cancelled [on Saturday] after a storm.|Concert in Lisbury cancelled after a storm",
        "After talks with the unions, Velta Airlines [on Friday] reversed its decision to cut 300 jobs."
                + "|Velta Airlines reverses its decision",
        "Prime Minister Ada Korr will travel to Brenmark [next week] for trade talks.|Korr to travel to Brenmark",
        "It was the first strike by dock workers [since 1998].|First strike by dock workers",
        "Police and firefighters searched the river near Dunmore [on Sunday].|Police and firefighters search river near Dunmore",
        "The summit, which will include twelve ministers, was due to open [on 4 May].|Summit due to open",
        "Foreign Minister Petra Lind met with Trade Secretary Omar Haddad in Kelso.|Petra Lind meets with Omar Haddad in Kelso",
        "President Ivo Raan had talks with the Velan prime minister [on Monday].|Raan has talks with the Velan prime minister",
        "Governor Lena Marsh said that the state would pay for the repairs.|Marsh: State to pay for the repairs",
        "Northwind announced [on Monday] that it would close its plant in Dunmore.|It to close its plant in Dunmore",
        "Rescuers have been searching the hills above Tarn since dawn.|Rescuers search hills above Tarn",
        "The ministry did not confirm the figures.|Ministry does not confirm figures",
        "The chairman stepped down [on Friday] after the vote.|Chairman steps down",
        "Velan's economy shrank by 0.9% in the first quarter.|Velan's economy shrinks by 0.9%",
        "The council is using new software.|Council uses new software",
        "Markets around the world fell sharply.|Markets around the world fall",
    })
    void readsAHeadline(String sentence, String expected) {
        Headline h = headline(sentence);
        assertThat(h.text()).isEqualTo(expected);
        assertThat(h.cue()).isFalse();
    }

    @Test
    void aCueVerbAloneGivesNoHeadline() {
        Headline h = headline("Kelso police spokeswoman Ana Voss said [on Wednesday].");
        assertThat(h.isEmpty()).isTrue();
        assertThat(h.cue()).isTrue();
        assertThat(h.actor()).isEqualTo("Voss");
    }

    @Test
    void aRelativePronounIsNoActor() {
        assertThat(headline("Velta, which seeks to cut 300 jobs, reported a loss.").text()).isEqualTo("Velta reports loss");
        assertThat(headline("which seeks to cut 300 jobs").isEmpty()).isTrue();
        assertThat(headline("Also lost ground.").isEmpty()).isTrue();
    }

    @Test
    void aNameEndingInSIsOneActor() {
        assertThat(headline("Jobs announced the new phone [on Monday].").text()).isEqualTo("Jobs announces new phone");
    }

    @Test
    void anArticleTitleInTitleCaseGivesNone() {
        assertThat(headline("Velta Airlines Reverses Decision To Cut Jobs After Talks").isEmpty()).isTrue();
    }

    @Test
    void theActorAndPlaceAreRead() {
        Headline h = headline("Mayor Jonas Pell flew to Harwick [on Tuesday] to inspect the damage.");
        assertThat(h.text()).isEqualTo("Pell flies to Harwick");
        assertThat(h.actor()).isEqualTo("Pell");
        assertThat(h.nameActor()).isTrue();
        assertThat(h.place()).isEqualTo("Harwick");
        assertThat(h.names()).contains("Pell", "Harwick");
    }

    @Test
    void aDateInASubordinateClauseGivesThatClausesHeadline() {
        assertThat(headline("For the first time since the Velan civil war began [in 2009], Mayor Jonas Pell visited "
                + "the capital.").text()).isEqualTo("Velan civil war begins");
        assertThat(headline("Mayor Jonas Pell visited Harwick [on Tuesday], after the storm passed.").text())
                .isEqualTo("Pell visits Harwick");
    }

    static Headline headline(String marked) {
        List<int[]> skip = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int open = -1;
        for (char c : marked.toCharArray()) {
            if (c == '[') {
                open = text.length();
            } else if (c == ']') {
                skip.add(new int[] {open, text.length()});
            } else {
                text.append(c);
            }
        }
        String s = text.toString();
        int dateAt = skip.isEmpty() ? -1 : skip.get(0)[0];
        return HeadlineBuilder.of(TaggedWords.of(TAGGER::tag, s, 0, s.length(), skip), FORMS, dateAt);
    }
}
