package org.parallax.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A token's {@link WordKinds} bits answer as the name-run and cue tests did, each asking the word lists anew. */
class WordKindsTest {

    private final SpeechWords lex = SpeechWords.standard();

    /** The tests as they were in {@code NameRuns} and {@code Cues}, asked of the lists at every call. */
    private final class Reference {
        boolean nameish(MaskedToken t) {
            if (!t.capitalised() || lex.functionWords.contains(NameRuns.base(t)) || NameRuns.partyCode(t)) {
                return false;
            }
            int dash = t.text().lastIndexOf('-');
            return dash < 0 || dash + 1 >= t.text().length() || !Character.isLowerCase(t.text().charAt(dash + 1));
        }

        boolean roleWord(MaskedToken t) {
            if (t.quoted() || !t.isWord()) {
                return false;
            }
            String l = t.lowerBare();
            return lex.isRoleHead(l) || lex.roleModifiers.contains(l);
        }

        /** {@code inRun}'s first two tests: a name's word, a title's word or an honorific. */
        boolean titleOrName(MaskedToken t) {
            if (nameish(t)) {
                return true;
            }
            int kind = t.quoted() ? 0 : lex.runKind(t.lower());
            int bareKind = t.quoted() || !t.possessive() ? kind : lex.runKind(t.lowerBare());
            return t.isWord() && (bareKind & SpeechWords.ROLE_WORD) != 0 || (kind & SpeechWords.HONORIFIC) != 0;
        }

        boolean particle(MaskedToken t) {
            return !t.quoted() && (lex.runKind(t.lower()) & SpeechWords.PARTICLE) != 0;
        }

        /** Whether {@code cueLength} goes on to the cue phrases: a cue phrase or verb starts with the word. */
        boolean cueStart(MaskedToken t) {
            return lex.cuePhrasesByFirst.get(t.lower()) != null;
        }

        /** {@code Cues.participle} as it was: the word list asked of every token. */
        boolean participle(MaskedToken t) {
            return !t.quoted() && lex.participles.contains(t.lower());
        }

        /** {@code Cues.accordingTo}'s test of its first token as it was. */
        boolean according(MaskedToken t) {
            return t.is("according");
        }
    }

    private List<String> words(Random random) {
        List<String> listed = new ArrayList<>();
        listed.addAll(lex.roleHeads);
        listed.addAll(lex.roleModifiers);
        listed.addAll(lex.honorifics.keySet());
        listed.addAll(lex.particles);
        listed.addAll(lex.functionWords);
        listed.addAll(lex.cuePhrasesByFirst.keySet());
        listed.addAll(lex.nonPersonWords);
        listed.addAll(lex.participles);
        listed.addAll(List.of("according", "accordİng", "accordıng", "ACCORDİNG", "accordings", "accordin"));
        listed.addAll(List.of("Putin", "al-Assad", "Chicago-based", "R-Iowa", "D-N.Y.", "I-Vt", "We’re", "don't",
                "Isn’t", "U.S.", ",", ".", "“", "2024", "İstanbul", "Straße", "𝐀bc", "x", "-", "Ab-C", "ab-cd"));
        String[] endings = {"", "", "", "’s", "'s", "’re", "'t", "n't", "-based", "-Iowa", "s", "ly"};
        List<String> out = new ArrayList<>();
        for (int n = 0; n < 60_000; n++) {
            String w = listed.get(random.nextInt(listed.size()));
            switch (random.nextInt(4)) {
                case 0 -> w = w.isEmpty() ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
                case 1 -> w = w.toUpperCase(Locale.ROOT);
                default -> { }
            }
            w += endings[random.nextInt(endings.length)];
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    @Test
    void theBitsAnswerAsTheListsDid() {
        Reference ref = new Reference();
        Random random = new Random(45);
        for (String w : words(random)) {
            MaskedToken t = MaskedToken.of(w, random.nextInt(5) == 0);
            String as = w + (t.quoted() ? " quoted" : "");
            int kinds = t.kinds();
            assertThat((kinds & WordKinds.NAMEISH) != 0).as(as).isEqualTo(ref.nameish(t));
            assertThat((kinds & WordKinds.ROLE_WORD) != 0).as(as).isEqualTo(ref.roleWord(t));
            assertThat((kinds & (WordKinds.NAMEISH | WordKinds.ROLE_WORD | WordKinds.HONORIFIC)) != 0).as(as)
                    .isEqualTo(ref.titleOrName(t));
            assertThat((kinds & WordKinds.PARTICLE) != 0).as(as).isEqualTo(ref.particle(t));
            if (!t.quoted()) { // cueLength answers 0 for a quoted token before it asks
                assertThat((kinds & WordKinds.CUE_START) != 0).as(as).isEqualTo(ref.cueStart(t));
            }
            assertThat((kinds & WordKinds.PARTICIPLE) != 0).as(as).isEqualTo(ref.participle(t));
            assertThat((kinds & WordKinds.ACCORDING) != 0).as(as).isEqualTo(ref.according(t));
        }
    }

    @Test
    void examples() {
        assertThat(MaskedToken.of("Putin", false).kinds() & WordKinds.NAMEISH).isNotZero();
        assertThat(MaskedToken.of("Putin", true).kinds()).isZero();
        assertThat(MaskedToken.of("Chicago-based", false).kinds() & WordKinds.NAMEISH).isZero();
        assertThat(MaskedToken.of("R-Iowa", false).kinds() & WordKinds.NAMEISH).isZero();
        assertThat(MaskedToken.of("The", false).kinds() & WordKinds.NAMEISH).isZero();
        assertThat(MaskedToken.of("president’s", false).kinds() & WordKinds.ROLE_WORD).isNotZero();
        assertThat(MaskedToken.of("Mr", false).kinds() & WordKinds.HONORIFIC).isNotZero();
        assertThat(MaskedToken.of("al", false).kinds() & WordKinds.PARTICLE).isNotZero();
        assertThat(MaskedToken.of("said", false).kinds() & WordKinds.CUE_START).isNotZero();
        assertThat(MaskedToken.of("sofa", false).kinds() & WordKinds.CUE_START).isZero();
        assertThat(MaskedToken.of("saying", false).kinds() & WordKinds.PARTICIPLE).isNotZero();
        assertThat(MaskedToken.of("saying", true).kinds() & WordKinds.PARTICIPLE).isZero();
        assertThat(MaskedToken.of("According", false).kinds() & WordKinds.ACCORDING).isNotZero();
        assertThat(MaskedToken.of("accordİng", false).kinds() & WordKinds.ACCORDING).isNotZero();
        assertThat(MaskedToken.of("accorded", false).kinds() & WordKinds.ACCORDING).isZero();
    }
}
