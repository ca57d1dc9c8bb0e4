package org.parallax.compare.happening;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * The tags of a story's sentences, each run of words tagged once: a sentence repeated in the story (wire copy that
 * several outlets print, a quote, a boilerplate line, an article twice in a folder) is tagged at its first reading and
 * its tags given again at the others. A tagger's answer depends on the words alone ({@code PartsOfSpeech}), so the
 * tags are those tagging each time gives. Held for one story, safe on every core: two threads that meet one new
 * sentence at once may both tag it, and keep the same tags.
 */
final class SentenceTags {

    private final UnaryOperator<String[]> tagger;
    private final Map<Key, String[]> known = new ConcurrentHashMap<>();

    /** A memo over the coverages' tagger ({@link HappeningWords#tags}). */
    SentenceTags() {
        this(HappeningWords::tags);
    }

    /** A memo over {@code tagger}, which must give tags that depend on the words alone. */
    SentenceTags(UnaryOperator<String[]> tagger) {
        this.tagger = tagger;
    }

    /** One tag per word of {@code words}; the array given must not be changed (its tags are given again). */
    String[] of(String[] words) {
        Key key = new Key(words);
        String[] tags = known.get(key);
        if (tags == null) {
            tags = tagger.apply(words);
            if (tags != null) { // the tagger gives none for no words: nothing to keep
                known.putIfAbsent(key, tags);
            }
        }
        return tags;
    }

    /** A run of words compared by its words, its hash made once. */
    private static final class Key {
        private final String[] words;
        private final int hash;

        Key(String[] words) {
            this.words = words;
            this.hash = Arrays.hashCode(words);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && hash == k.hash && Arrays.equals(words, k.words);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
