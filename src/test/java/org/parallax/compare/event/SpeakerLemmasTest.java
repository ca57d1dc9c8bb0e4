package org.parallax.compare.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parallax.model.Quote;
import org.parallax.model.QuoteKind;
import org.parallax.model.Span;
import org.parallax.model.Speaker;

class SpeakerLemmasTest {

    private static final String[] PARTS = {"Bashar", "al-Assad", "Vladimir", "Putin", "the", "De", "bin-Salman", "Jr.",
        "O'Neill", "Ng", "Dmitry", "Peskov", "of", "Lee-Ann", "", " ", "\t", "al", "Ségolène", "von", "x-y-z"};

    /** The reference: what the finder read for each sentence inside a quote, the speaker's name split and lemmatised. */
    private static List<String> readAnew(Quote q) {
        List<String> speaker = new ArrayList<>();
        for (String w : q.speaker().name().split("\\s+")) {
            speaker.addAll(Terms.nameLemmas(w));
        }
        return speaker;
    }

    @Test
    void givesEachSpeakersLemmasAsReadAnewAndReadsThemOnce() {
        Random random = new Random(20);
        List<Quote> quotes = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            StringBuilder name = new StringBuilder(random.nextBoolean() ? "" : " ");
            for (int k = random.nextInt(5); k >= 0; k--) {
                name.append(PARTS[random.nextInt(PARTS.length)]).append(random.nextInt(4) == 0 ? "  " : " ");
            }
            name.append(PARTS[random.nextInt(4)]); // a speaker has a name
            quotes.add(new Quote("q" + i, new Span("a", i, i + 1), "x", new Speaker(name.toString()),
                    QuoteKind.DIRECT));
        }
        SpeakerLemmas speakers = new SpeakerLemmas(quotes);
        for (int n = 0; n < 2000; n++) {
            int i = random.nextInt(quotes.size());
            List<String> lemmas = speakers.lemmas(i);
            assertThat(lemmas).isEqualTo(readAnew(quotes.get(i)));
            assertThat(speakers.lemmas(i)).isSameAs(lemmas);
        }
    }
}
