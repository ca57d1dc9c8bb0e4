package org.parallax.compare.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.parallax.compare.event.Candidate;
import org.parallax.compare.event.EventClusterer.Cluster;
import org.parallax.compare.event.Words;
import org.parallax.model.Event;
import org.parallax.model.Span;
import org.parallax.model.TimexValue;

/**
 * A story's places with each shared statement text searched once are those of searching every mention (the loop
 * before, kept here as the reference), on random stories whose mentions repeat a few texts.
 */
class StoryPlacesTest {

    private static final String[] TEXTS = {"Assad flew to Moscow on Tuesday to meet Putin in the Kremlin.",
        "He visited Sochi, near the Black Sea, and returned to Damascus.",
        "The talks in Geneva ended. Officials in Moscow said nothing.",
        "No place is named here.",
        "Residents of Ferndale in Humboldt County fled to the Eel River Valley.",
        "Troops moved into the Russian Federation from Ukraine and the East."};

    @Test
    void placesOfSharedTextsAreCountedAtEveryMention() {
        Random random = new Random(112);
        for (int round = 0; round < 200; round++) {
            Map<Span, String> textOf = new HashMap<>();
            List<Cluster> story = new ArrayList<>();
            for (int c = random.nextInt(6); c >= 0; c--) {
                List<Span> mentions = new ArrayList<>();
                for (int m = random.nextInt(8); m >= 0; m--) {
                    Span span = new Span("a" + random.nextInt(40), m, m + 4);
                    mentions.add(span);
                    if (random.nextInt(8) > 0) { // else a text not found
                        textOf.put(span, TEXTS[random.nextInt(TEXTS.length)]);
                    }
                }
                List<Candidate> members = mentions.stream().map(s -> new Candidate(s,
                        TimexValue.parse("2015-10-20").orElseThrow(), "x", Map.of("x", 1.0), null)).toList();
                story.add(new Cluster(new Event("e" + c, "x", "2015-10-20", null, mentions, false, null, List.of()),
                        members));
            }
            Function<Span, String> texts = textOf::get;
            assertThat(StoryBuilder.places(story, texts)).as("round %d", round).isEqualTo(before(story, texts));
        }
        assertThat(StoryBuilder.placesIn(TEXTS[0])).containsExactly("Moscow", "Kremlin");
        assertThat(StoryBuilder.placesIn(TEXTS[3])).isEmpty();
    }

    /** The places before: every mention's text searched. */
    private static List<StoryBuilder.Place> before(List<Cluster> g, Function<Span, String> texts) {
        Map<String, Integer> uses = new LinkedHashMap<>();
        for (Cluster c : g) {
            for (Span s : c.event().mentions()) {
                String text = texts.apply(s);
                if (text == null) {
                    continue;
                }
                StoryBuilder.placesIn(text).forEach(place -> uses.merge(place, 1, Integer::sum));
            }
        }
        List<StoryBuilder.Place> out = new ArrayList<>();
        uses.forEach((place, n) -> {
            String[] words = place.split("\\s+");
            out.add(new StoryBuilder.Place(place, n, Words.lemma(words[words.length - 1])));
        });
        return out;
    }
}
