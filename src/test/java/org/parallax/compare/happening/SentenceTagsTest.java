package org.parallax.compare.happening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.parallax.text.PartsOfSpeech;

/** A story's sentences are tagged once each, with the tags tagging each time gives. */
class SentenceTagsTest {

    private static final String[] WORDS = {"The", "quake", "struck", "Ferndale", "and", "killed", "two", "people", ".",
        "Officials", "said", "the", "bridge", "was", "damaged", "visit", "talks", "election", ",", "Putin", "met"};

    @Test
    void aRepeatedRunOfWordsIsTaggedOnceWithTheTaggersTags() {
        Random random = new Random(112);
        List<String[]> sentences = new ArrayList<>();
        for (int s = 0; s < 40; s++) {
            sentences.add(random.ints(1 + random.nextInt(20), 0, WORDS.length).mapToObj(w -> WORDS[w])
                    .toArray(String[]::new));
        }
        Map<List<String>, AtomicInteger> asked = new ConcurrentHashMap<>();
        SentenceTags tags = new SentenceTags(words -> {
            asked.computeIfAbsent(List.of(words), k -> new AtomicInteger()).incrementAndGet();
            return HappeningWords.tags(words);
        });
        // each sentence met several times, as copies (equal words, other arrays), on every core
        IntStream.range(0, 400).parallel().forEach(k -> {
            String[] words = sentences.get(Math.floorMod(k * 7919, sentences.size())).clone();
            assertThat(tags.of(words)).isEqualTo(PartsOfSpeech.ofThisThread().tag(words));
        });
        assertThat(asked).hasSizeLessThanOrEqualTo(sentences.size());
        int again = asked.values().stream().mapToInt(n -> n.get() - 1).sum();
        assertThat(again).as("sentences tagged again, only by threads that met one at once").isLessThan(40);
    }

    @Test
    void aStorysTextsSharingSentencesAreTaggedOnceASentence() {
        String one = "The quake struck Ferndale and killed two people. Officials said the bridge was damaged.";
        String two = "Rescuers searched the ruins. The quake struck Ferndale and killed two people.";
        List<String> asked = new ArrayList<>();
        SentenceTags tags = new SentenceTags(words -> {
            asked.add(String.join(" ", words));
            return HappeningWords.tags(words);
        });
        HappeningText first = HappeningText.read(one);
        HappeningText second = HappeningText.read(two);
        assertThat(first.words(c -> true, tags)).isEqualTo(first.words(c -> true));
        assertThat(second.words(c -> true, tags)).isEqualTo(second.words(c -> true));
        assertThat(asked).doesNotHaveDuplicates().hasSize(3)
                .anySatisfy(s -> assertThat(s).startsWith("The quake struck"));
    }
}
