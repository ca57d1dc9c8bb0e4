package org.parallax.compare.happening;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.compare.event.Words;
import org.parallax.text.PartsOfSpeech;
import org.parallax.text.Sentence;
import org.parallax.text.SentenceSplitter;

/**
 * The words of a text that name something happening: every verb the tagger sees (not an auxiliary), every word of
 * the predicate lexicon whatever its tag ("quake", "attack", "dead"), and nouns made from verbs ("election",
 * "investigation", "settlement"). Each is read with its synonym class ({@link Words#lemma}: "struck" and "hit" are
 * one class, "strike"), so that two outlets telling one happening in other words give one key. Reporting verbs and
 * function words ({@link Words#isStopWord}: "said", "told", "have") name no happening of their own.
 */
public final class HappeningWords {

    /** One happening word: where it lies and its synonym class. */
    public record Word(int start, int end, String text, String lemma, int sentence) {
    }

    private static final Pattern TOKEN =
            Pattern.compile("[\\p{L}\\p{N}]++(?:['’\\-.][\\p{L}\\p{N}]++)*+|[^\\s\\p{L}\\p{N}]");
    /** Endings of nouns made from verbs. */
    private static final Pattern DEVERBAL = Pattern.compile("\\p{L}{3,}(?:tion|sion|ment)s?");

    private HappeningWords() {
    }

    /**
     * The happening words of {@code text}, sentence by sentence; a capitalised word inside a sentence is a name's
     * ("Russian Federation"), unless the sentence is a headline in Title Case.
     */
    public static List<Word> of(String text) {
        List<Word> out = new ArrayList<>();
        for (Sentence s : SentenceSplitter.punctuation().split(text)) {
            List<int[]> spans = new ArrayList<>();
            Matcher m = TOKEN.matcher(text).region(s.start(), s.end());
            while (m.find()) {
                spans.add(new int[] {m.start(), m.end()});
            }
            String[] words = new String[spans.size()];
            for (int i = 0; i < words.length; i++) {
                words[i] = text.substring(spans.get(i)[0], spans.get(i)[1]);
            }
            String[] tags = words.length == 0 ? new String[0] : PartsOfSpeech.ofThisThread().tag(words);
            boolean titleCase = titleCase(words);
            for (int i = 0; i < words.length; i++) {
                if ((i == 0 || titleCase || !Character.isUpperCase(words[i].charAt(0))) && names(words[i], tags[i])) {
                    out.add(new Word(spans.get(i)[0], spans.get(i)[1], words[i], Words.lemma(words[i]), s.index()));
                }
            }
        }
        return out;
    }

    /** Light verbs (the happening is in their object: "made a visit", "took part") and prepositions in a verb's form. */
    private static final java.util.Set<String> LIGHT = java.util.Set.of("make", "makes", "made", "making", "take",
            "takes", "took", "taken", "taking", "give", "gives", "gave", "given", "giving", "get", "gets", "got",
            "gotten", "getting", "put", "puts", "putting", "keep", "keeps", "kept", "keeping",
            // prepositions in a verb's form
            "regarding", "including", "according", "concerning", "following", "considering", "pending", "excluding");

    /** Whether most words of three letters or more are capitalised: a headline, whose verbs are capitalised too. */
    private static boolean titleCase(String[] words) {
        int counted = 0;
        int capitalised = 0;
        for (String w : words) {
            if (w.length() >= 3 && Character.isLetter(w.charAt(0))) {
                counted++;
                capitalised += Character.isUpperCase(w.charAt(0)) ? 1 : 0;
            }
        }
        return 2 * capitalised > counted;
    }

    /** Whether a tagged word names a happening. */
    static boolean names(String word, String tag) {
        if (!Character.isLetter(word.charAt(0)) || Words.isStopWord(word) || LIGHT.contains(Words.normalise(word))) {
            return false;
        }
        if (tag.equals("VERB") || Words.isPredicate(Words.lemma(word))) {
            return true;
        }
        return tag.equals("NOUN") && DEVERBAL.matcher(word.toLowerCase(Locale.ROOT)).matches();
    }
}
