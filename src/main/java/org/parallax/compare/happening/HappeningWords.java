package org.parallax.compare.happening;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.parallax.compare.event.Words;
import org.parallax.text.PartsOfSpeech;
import org.parallax.text.WordFeatures;

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

    /** Endings of nouns made from verbs. */
    private static final Pattern DEVERBAL = Pattern.compile("\\p{L}{3,}(?:tion|sion|ment)s?");

    private HappeningWords() {
    }

    /**
     * The happening words of {@code text}, sentence by sentence; a capitalised word inside a sentence is a name's
     * ("Russian Federation"), unless the sentence is a headline in Title Case.
     */
    public static List<Word> of(String text) {
        return HappeningText.read(text).words(lemma -> true);
    }

    /**
     * A sentence's tags, of its words' features ({@link HappeningLexicon#features}): the one place the coverages ask
     * the tagger for tags (an architecture rule names this class, and the lexicon, which keeps the features).
     */
    static String[] tags(WordFeatures[] words) {
        return PartsOfSpeech.ofThisThread().tag(words);
    }

    /** Light verbs (the happening is in their object: "made a visit", "took part") and prepositions in a verb's form. */
    private static final java.util.Set<String> LIGHT = java.util.Set.of("make", "makes", "made", "making", "take",
            "takes", "took", "taken", "taking", "give", "gives", "gave", "given", "giving", "get", "gets", "got",
            "gotten", "getting", "put", "puts", "putting", "keep", "keeps", "kept", "keeping",
            // prepositions in a verb's form
            "regarding", "including", "according", "concerning", "following", "considering", "pending", "excluding");

    /**
     * The synonym class of a word that may name a happening whatever its tag (a word, not a function word nor a light
     * verb), else null: the word normalised once for the function words, the light verbs and its class.
     */
    static String classIfMayName(String word) {
        if (!Character.isLetter(word.charAt(0))) {
            return null;
        }
        String normal = Words.normalise(word);
        return Words.isNormalStopWord(normal) || LIGHT.contains(normal) ? null : Words.lemmaOfNormal(normal);
    }

    /**
     * Whether a word that may name a happening and is no predicate head names one by its {@code tag}, the word's
     * {@link #madeFromVerb} being {@code madeFromVerb}: known before its tag, once per word ({@link HappeningLexicon}).
     */
    static boolean namesByTag(String tag, boolean madeFromVerb) {
        return tag.equals("VERB") || madeFromVerb && tag.equals("NOUN");
    }

    /** Whether a word has the form of a noun made from a verb ({@link #DEVERBAL}), which names a happening as a noun. */
    static boolean madeFromVerb(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return deverbalEnding(lower) && DEVERBAL.matcher(lower).matches();
    }

    /** Whether a word ends as {@link #DEVERBAL} must: a test before the pattern, which most nouns fail. */
    private static boolean deverbalEnding(String lower) {
        String s = lower.endsWith("s") ? lower.substring(0, lower.length() - 1) : lower;
        return s.endsWith("tion") || s.endsWith("sion") || s.endsWith("ment");
    }
}
