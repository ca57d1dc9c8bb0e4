package org.parallax.compare.happening;

import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
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

    /** Endings of nouns made from verbs. */
    private static final Pattern DEVERBAL = Pattern.compile("\\p{L}{3,}(?:tion|sion|ment)s?");

    private HappeningWords() {
    }

    /**
     * The happening words of {@code text}, sentence by sentence; a capitalised word inside a sentence is a name's
     * ("Russian Federation"), unless the sentence is a headline in Title Case.
     */
    public static List<Word> of(String text) {
        return of(text, lemma -> true);
    }

    /**
     * As {@link #of(String)}, but only the happening words of sentences where a word that {@link #mayName may name}
     * a happening has a synonym class {@code wanted} accepts: the others are not tagged (tagging is most of the work),
     * and none of their words is given.
     */
    public static List<Word> of(String text, Predicate<String> wanted) {
        List<Word> out = new ArrayList<>();
        for (Sentence s : SentenceSplitter.punctuation().split(text)) {
            Run run = new Run(text, s);
            if (!run.holdsAny(wanted)) {
                continue;
            }
            String[] tags = PartsOfSpeech.ofThisThread().tag(run.words);
            for (int i = 0; i < run.words.length; i++) {
                if (run.mayName(i) && names(run.words[i], tags[i])) {
                    out.add(new Word(run.starts[i], run.ends[i], run.words[i], Words.lemma(run.words[i]), s.index()));
                }
            }
        }
        return out;
    }

    /**
     * The synonym classes of the words of {@code text} that {@link #mayName may name} a happening, whatever their
     * tags: every class {@link #of} can give is one of them.
     */
    public static Set<String> possibleClasses(String text) {
        Set<String> out = new HashSet<>();
        for (Sentence s : SentenceSplitter.punctuation().split(text)) {
            Run run = new Run(text, s);
            for (int i = 0; i < run.words.length; i++) {
                if (run.mayName(i)) {
                    out.add(Words.lemma(run.words[i]));
                }
            }
        }
        return out;
    }

    /** A sentence's words, where they lie, and whether it is a headline in Title Case. */
    private static final class Run {
        final String[] words;
        final int[] starts;
        final int[] ends;
        final boolean titleCase;

        Run(String text, Sentence s) {
            HappeningTokens tokens = HappeningTokens.of(text, s.start(), s.end());
            words = new String[tokens.count];
            starts = tokens.starts;
            ends = tokens.ends;
            for (int i = 0; i < words.length; i++) {
                words[i] = text.substring(starts[i], ends[i]);
            }
            titleCase = titleCase(words);
        }

        /**
         * Whether word {@code i} may name a happening, whatever its tag: not a name's capitalised word, a word (not
         * punctuation), no function word, no light verb.
         */
        boolean mayName(int i) {
            String w = words[i];
            return (i == 0 || titleCase || !Character.isUpperCase(w.charAt(0))) && HappeningWords.mayName(w);
        }

        /** Whether a word that may name a happening has a synonym class {@code wanted} accepts. */
        boolean holdsAny(Predicate<String> wanted) {
            for (int i = 0; i < words.length; i++) {
                if (mayName(i) && wanted.test(Words.lemma(words[i]))) {
                    return true;
                }
            }
            return false;
        }
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

    /** Whether a word may name a happening, whatever its tag: a word, not a function word nor a light verb. */
    private static boolean mayName(String word) {
        return Character.isLetter(word.charAt(0)) && !Words.isStopWord(word) && !LIGHT.contains(Words.normalise(word));
    }

    /** Whether a tagged word names a happening. */
    static boolean names(String word, String tag) {
        if (!mayName(word)) {
            return false;
        }
        if (tag.equals("VERB") || Words.isPredicate(Words.lemma(word))) {
            return true;
        }
        if (!tag.equals("NOUN")) {
            return false;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        return deverbalEnding(lower) && DEVERBAL.matcher(lower).matches();
    }

    /** Whether a word ends as {@link #DEVERBAL} must: a test before the pattern, which most nouns fail. */
    private static boolean deverbalEnding(String lower) {
        String s = lower.endsWith("s") ? lower.substring(0, lower.length() - 1) : lower;
        return s.endsWith("tion") || s.endsWith("sion") || s.endsWith("ment");
    }
}
