package org.parallax.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.parallax.load.CorpusLoader;
import org.parallax.load.LoadProgress;
import org.parallax.model.Article;

/** Real runs of words for the tagger's tests: every sentence of the bundled sample, split at spaces and punctuation. */
final class SampleRuns {

    private SampleRuns() {
    }

    static List<String[]> sentences() {
        List<String[]> runs = new ArrayList<>();
        for (Article a : new CorpusLoader().loadBundled(LoadProgress.NONE).corpus().articles()) {
            for (Sentence s : SentenceSplitter.punctuation().split(a.text())) {
                String[] words = a.text().substring(s.start(), s.end()).split("\\s+|(?=[,.;:!?\"“”()])");
                words = Arrays.stream(words).filter(w -> !w.isBlank()).toArray(String[]::new);
                if (words.length > 0 && words.length <= PartsOfSpeech.WINDOW) {
                    runs.add(words);
                }
            }
        }
        return runs;
    }

    /** {@code count} runs of 1 to 30 words drawn at random from the sample's sentences: news words, in any order. */
    static List<String[]> shuffled(List<String[]> sentences, int count, long seed) {
        List<String> vocabulary = new ArrayList<>();
        sentences.forEach(words -> vocabulary.addAll(List.of(words)));
        Random random = new Random(seed);
        List<String[]> runs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String[] words = new String[1 + random.nextInt(30)];
            for (int k = 0; k < words.length; k++) {
                words[k] = vocabulary.get(random.nextInt(vocabulary.size()));
            }
            runs.add(words);
        }
        return runs;
    }
}
