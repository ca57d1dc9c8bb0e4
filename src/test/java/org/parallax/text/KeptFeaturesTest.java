package org.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An owner's kept features are the tagger's features of its words, held while the owner's numbers stand and never
 * more than {@link KeptFeatures#KEPT} of them.
 */
class KeptFeaturesTest {

    @Test
    void eachNumbersFeaturesAreItsWordsAsTheTaggerReadsThem() {
        KeptFeatures kept = new KeptFeatures();
        String[] words = {"Moscow", "said", "2,500", "", "İstanbul", "the"};
        for (int n = 0; n < words.length; n++) {
            // numbered far apart, so the held array grows
            assertThat(kept.of(n * 3_000, words[n]).sums).isEqualTo(PartsOfSpeech.features(words[n]).sums);
        }
        assertThat(kept.of(3_000, "ignored, the number's word is held").sums)
                .isEqualTo(PartsOfSpeech.features("said").sums);
    }

    @Test
    void clearedOrPastTheBoundANumberIsAskedAgain() {
        KeptFeatures kept = new KeptFeatures();
        kept.of(0, "visit");
        kept.clear();
        assertThat(kept.of(0, "summit").sums).isEqualTo(PartsOfSpeech.features("summit").sums);

        for (int n = 1; n < KeptFeatures.KEPT; n++) {
            kept.of(n, "w" + n);
        }
        assertThat(kept.of(0, "visit").sums).as("still held").isEqualTo(PartsOfSpeech.features("summit").sums);
        kept.of(KeptFeatures.KEPT, "one past the bound"); // lets every held feature go
        assertThat(kept.of(0, "visit").sums).isEqualTo(PartsOfSpeech.features("visit").sums);
    }
}
