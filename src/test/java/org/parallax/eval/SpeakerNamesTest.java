package org.parallax.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The name match behind speaker accuracy: what counts as the same speaker, and what does not. */
class SpeakerNamesTest {

    @Test
    void aPersonMatchesByFullNameOrSurname() {
        List<String> forms = List.of("Noel Forgeard (CEO of EADS)", "Airbus chief executive Noel Forgeard", "Forgeard");
        assertThat(SpeakerNames.matches("Noel Forgeard", forms, false)).isTrue();
        assertThat(SpeakerNames.matches("Mr. Forgeard", forms, false)).isTrue();
        assertThat(SpeakerNames.matches("Airbus", forms, false)).isFalse();
        assertThat(SpeakerNames.matches("EADS", forms, false)).isFalse(); // in brackets, but not a single-word alias
        assertThat(SpeakerNames.matches("Louis Gallois", forms, false)).isFalse();
        List<String> full = List.of("Noel Forgeard", "Airbus chief executive Noel Forgeard");
        assertThat(SpeakerNames.matches("Anne Forgeard", full, false)).isFalse(); // another given name
        assertThat(SpeakerNames.matches("N. Forgeard", full, false)).isTrue();
        assertThat(SpeakerNames.matches("Forgeard", full, false)).isTrue();
    }

    @Test
    void anAppositionCountsUpToItsComma() {
        List<String> forms = List.of("Joe Leonard , Chairman and Chief Operating Officer of AirTran Airways");
        assertThat(SpeakerNames.matches("Joe Leonard", forms, false)).isTrue();
        assertThat(SpeakerNames.matches("AirTran Airways", forms, false)).isFalse();
    }

    @Test
    void anOrganisationMatchesByLeadingWordsInitialsOrAlias() {
        List<String> gm = List.of("General Motors", "General Motors Corporation ( GM", "the firm");
        assertThat(SpeakerNames.matches("General Motors Corp.", gm, true)).isTrue();
        assertThat(SpeakerNames.matches("GM", gm, true)).isTrue();
        assertThat(SpeakerNames.matches("Motors", gm, true)).isTrue();
        assertThat(SpeakerNames.matches("Ford", gm, true)).isFalse();
        assertThat(SpeakerNames.matches("China Southern Airlines", List.of("China Eastern Airlines"), true)).isFalse();
        assertThat(SpeakerNames.matches("Boeing", List.of("United States airframer Boeing"), true)).isTrue();
        List<String> ford = List.of("Ford", "Ford Motor Company");
        assertThat(SpeakerNames.matches("Ford Motor", ford, true)).isTrue();
        assertThat(SpeakerNames.matches("The Government Accountability Office",
                List.of("Government Accountability Office (GAO) - USA"), true)).isTrue();
        assertThat(SpeakerNames.matches("GAO", List.of("Government Accountability Office (GAO) - USA"), true)).isTrue();
    }

    @Test
    void accentsCasePossessivesAndDbpediaLabelsAreNormalised() {
        assertThat(SpeakerNames.matches("NOËL FORGEARD", List.of("Noel Forgeard"), false)).isTrue();
        assertThat(MeantimeSpeeches.dbpediaLabel("http://dbpedia.org/page/No%C3%ABl_Forgeard")).isEqualTo("Noël Forgeard");
        assertThat(MeantimeSpeeches.dbpediaLabel("http://dbpedia.org/resource/Ken_Lewis_(executive)"))
                .isEqualTo("Ken Lewis");
    }
}
