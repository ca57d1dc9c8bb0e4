package org.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccentsTest {

    @Test
    void dropsAccentsAndKeepsCaseAndEverythingElse() {
        assertThat(Accents.strip("Médecins Sans Frontières, São Paulo, Ñandú!"))
                .isEqualTo("Medecins Sans Frontieres, Sao Paulo, Nandu!");
        assertThat(Accents.strip("MÉDECINS")).isEqualTo("MEDECINS");
        assertThat(Accents.strip("ﬁnal ²")).isEqualTo("ﬁnal ²");
    }

    @Test
    void compatiblyAlsoUnfoldsLigaturesAndSuperscripts() {
        assertThat(Accents.stripCompatibly("ﬁnal ² café")).isEqualTo("final 2 cafe");
    }
}
