package org.parallax.compare.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parallax.model.QuoteCluster;
import org.parallax.model.Variant;

/** Made-up cases (not from the sample): which quotes cluster, and with what verdicts. */
class QuoteClustererTest {

    /** Expected clusters as "q1:reference q0:trimmed", one string per cluster, in cluster order. */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("verbatim copies in three articles", List.of(
                        "a|Jane Doe|D|The harbour will reopen next spring once the new cranes arrive",
                        "b|Jane Doe|D|“The harbour will reopen next spring, once the new cranes arrive”",
                        "c|Jane Doe|D|The Harbour will reopen next spring once the new cranes arrive!"),
                        List.of("q0:reference q1:verbatim q2:verbatim")),
                Arguments.of("one outlet splits the quote in two, another gives it whole", List.of(
                        "a|Ann Smith|D|We will rebuild the bridge before winter comes",
                        "a|Ann Smith|D|Nobody in this town will be left without a way home",
                        "b|Ann Smith|D|We will rebuild the bridge before winter comes, and nobody in this town will"
                                + " be left without a way home"),
                        List.of("q2:reference q0:trimmed q1:trimmed")),
                Arguments.of("the same words credited to two speakers are one cluster", List.of(
                        "a|Jane Doe|D|The harbour will reopen next spring once the new cranes arrive",
                        "b|Tom Roe|D|The harbour will reopen next spring once the new cranes arrive"),
                        List.of("q0:reference q1:verbatim")),
                Arguments.of("a short piece joins the same speaker's longer quote", List.of(
                        "a|Jane Doe|D|new cranes arrive in March",
                        "b|Jane Doe|D|We hope the new cranes arrive in March, and then the port reopens"),
                        List.of("q1:reference q0:trimmed")),
                Arguments.of("but not one credited to someone else: five words are weak evidence", List.of(
                        "a|Jane Doe|D|new cranes arrive in March",
                        "b|Tom Roe|D|We hope the new cranes arrive in March, and then the port reopens"),
                        List.of()),
                Arguments.of("unrelated quotes of one speaker stay apart", List.of(
                        "a|Jane Doe|D|The harbour will reopen next spring once the new cranes arrive",
                        "b|Jane Doe|D|Our schools need more teachers and smaller classes this year"),
                        List.of()),
                Arguments.of("a quote without a speaker joins a near-verbatim copy", List.of(
                        "a|Jane Doe|D|The harbour will reopen next spring once the new cranes arrive",
                        "b|-|D|The harbour will reopen next spring once the new cranes arrive"),
                        List.of("q0:reference q1:verbatim")),
                Arguments.of("a short quote without a speaker does not", List.of(
                        "a|Jane Doe|D|The harbour will reopen next spring once the new cranes arrive",
                        "b|-|D|The harbour will reopen"),
                        List.of()),
                Arguments.of("nor does one credited to a speaker named Null (Gary Null, by surname)", List.of(
                        "a|Null|D|The harbour will reopen",
                        "b|-|D|The harbour will reopen"),
                        List.of()),
                Arguments.of("a different translation joins as a paraphrase", List.of(
                        "a|Olga Petrova|D|The flood destroyed our homes and our fields, and the government did"
                                + " nothing to help us",
                        "b|Olga Petrova|D|Our fields and our homes were destroyed by the flood while the authorities"
                                + " did nothing to assist"),
                        List.of("q1:reference q0:paraphrase")),
                Arguments.of("a changed word is altered, a longer indirect copy extended", List.of(
                        "a|Ann Smith|D|The council approved the budget late on Monday night after a long debate",
                        "b|Ann Smith|D|The council passed the budget late on Monday night after a long debate",
                        "c|Ann Smith|I|the council approved the budget late on Monday night after a long debate"
                                + " about taxes"),
                        List.of("q0:reference q1:altered q2:extended")),
                Arguments.of("a partial quote joins through its sentence", List.of(
                        "a|Maria Lopez|D|The factory poisoned the river for years and the owners knew it all along",
                        "b|Maria Lopez|P|all along|Lopez accused the owners of the factory of having known “all"
                                + " along” that the river was poisoned."),
                        List.of("q0:reference q1:partial")),
                Arguments.of("a partial quote in an unrelated sentence does not", List.of(
                        "a|Maria Lopez|D|The factory poisoned the river for years and the owners knew it all along",
                        "b|Maria Lopez|P|all along|Lopez said she had supported the mayor “all along” in the"
                                + " election campaign."),
                        List.of()),
                Arguments.of("a partial quote contained word for word", List.of(
                        "a|Maria Lopez|D|The factory poisoned the river for years and the owners knew it all along",
                        "b|Maria Lopez|P|poisoned the river for years|Lopez said the plant had “poisoned the river"
                                + " for years”."),
                        List.of("q0:reference q1:partial")),
                Arguments.of("a piece the reference lacks is trimmed against the member that has it", List.of(
                        "a|Ann Smith|D|We will rebuild the bridge before winter comes, and nobody in this town will"
                                + " be left without a way home",
                        "b|Ann Smith|D|Nobody in this town will be left without a way home. The mayor has promised"
                                + " us that",
                        "c|Ann Smith|D|The mayor has promised us that"),
                        List.of("q0:reference q1:altered q2:trimmed")),
                Arguments.of("copies within one article are not a cluster", List.of(
                        "a|Jane Doe|D|The harbour will reopen next spring once the new cranes arrive",
                        "a|Jane Doe|D|The harbour will reopen next spring once the new cranes arrive"),
                        List.of()));
    }

    /** Expected clusters as "speaker[ (differs)]: q0 Name, q1 Name (inherited)", one string per cluster. */
    static Stream<Arguments> attributions() {
        return Stream.of(
                Arguments.of("different speakers, same words: one cluster, an attribution disagreement", List.of(
                        "a|Jane Doe|D|The harbour will reopen next spring once the new cranes arrive",
                        "b|Tom Roe|D|The harbour will reopen next spring once the new cranes arrive",
                        "c|Jane Doe|D|The harbour will reopen next spring once the cranes arrive"),
                        List.of("Jane Doe (differs): q0 Jane Doe, q1 Tom Roe, q2 Jane Doe")),
                Arguments.of("the speaker most articles credit wins, whichever member is the reference", List.of(
                        "a|Tom Roe|D|The harbour will reopen next spring once all of the new cranes arrive",
                        "b|Jane Doe|D|The harbour will reopen next spring once the new cranes arrive",
                        "c|Jane Doe|D|The harbour will reopen next spring once the new cranes arrive"),
                        List.of("Jane Doe (differs): q0 Tom Roe, q1 Jane Doe, q2 Jane Doe")),
                Arguments.of("a copy crediting nobody inherits the cluster's speaker, marked", List.of(
                        "a|Jane Doe|D|The harbour will reopen next spring once the new cranes arrive",
                        "b|-|D|The harbour will reopen next spring once the new cranes arrive",
                        "c|Jane Doe|D|The harbour will reopen next spring once the new cranes arrive"),
                        List.of("Jane Doe: q0 Jane Doe, q1 Jane Doe (inherited), q2 Jane Doe")),
                Arguments.of("unrelated quotes of different speakers stay apart", List.of(
                        "a|Jane Doe|D|The harbour will reopen next spring once the new cranes arrive",
                        "b|Tom Roe|D|Our schools need more teachers and smaller classes this year"),
                        List.of()),
                Arguments.of("a translation of different speakers' words is not enough", List.of(
                        "a|Olga Petrova|D|The flood destroyed our homes and our fields, and the government did"
                                + " nothing to help us",
                        "b|Ivan Sokolov|D|Our fields and our homes were destroyed by the flood while the authorities"
                                + " did nothing to assist"),
                        List.of()),
                Arguments.of("a surname alone and the full name are one person: no disagreement", List.of(
                        "a|Olga Petrova|D|The flood destroyed our homes and our fields, and the government did"
                                + " nothing to help us",
                        "b|Petrova|D|Our fields and our homes were destroyed by the flood while the authorities"
                                + " did nothing to assist",
                        "c|petrova|D|Our fields and our homes were destroyed by the flood while the authorities"
                                + " did nothing to assist"),
                        List.of("Olga Petrova: q1 Olga Petrova, q0 Olga Petrova, q2 Olga Petrova")),
                Arguments.of("a full name with a middle initial is the same person", List.of(
                        "a|Warren S. Jeffs|D|The harbour will reopen next spring once the new cranes arrive",
                        "b|Warren Jeffs|D|The harbour will reopen next spring once the new cranes arrive",
                        "c|Warren Jeffs|D|The harbour will reopen next spring once the new cranes arrive"),
                        List.of("Warren Jeffs: q0 Warren Jeffs, q1 Warren Jeffs, q2 Warren Jeffs")),
                Arguments.of("a first name alone is not the same person", List.of(
                        "a|Jane Doe|D|The harbour will reopen next spring once the new cranes arrive",
                        "b|Jane|D|The harbour will reopen next spring once the new cranes arrive"),
                        List.of("Jane Doe (differs): q0 Jane Doe, q1 Jane")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attributions")
    void attributes(String name, List<String> lines, List<String> expected) {
        List<QuoteCluster> clusters = new QuoteClusterer().cluster(Fixtures.corpus(lines));
        List<String> got = new ArrayList<>();
        for (QuoteCluster c : clusters) {
            got.add(c.speaker().name() + (c.attributionDiffers() ? " (differs)" : "") + ": "
                    + String.join(", ", c.members().stream().map(v -> v.quoteId() + " " + v.speaker().name()
                            + (v.speakerInherited() ? " (inherited)" : "")).toList()));
        }
        assertThat(got).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void clusters(String name, List<String> lines, List<String> expected) {
        List<QuoteCluster> clusters = new QuoteClusterer().cluster(Fixtures.corpus(lines));
        List<String> got = new ArrayList<>();
        for (QuoteCluster c : clusters) {
            got.add(String.join(" ", c.members().stream().map(QuoteClustererTest::show).toList()));
        }
        assertThat(got).containsExactlyElementsOf(expected);
    }

    private static String show(Variant v) {
        return v.quoteId() + ":" + v.verdict().jsonName();
    }
}
