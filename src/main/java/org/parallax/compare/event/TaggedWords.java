package org.parallax.compare.event;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.text.PartsOfSpeech;

/**
 * A clause as the tagger wants it: words, abbreviations ("U.S."), a possessive "’s" apart, each punctuation mark
 * apart, every token with its Universal Dependencies tag (NOUN, PROPN, VERB, AUX, ADP, ...). Words inside the ranges
 * to skip (timexes) are left out, with the preposition that leads them ("on Tuesday", "since 2011").
 */
final class TaggedWords {

    /** One token, its place in the text and its tag. */
    record Word(int start, int end, String text, String tag) {

        boolean is(String... tags) {
            for (String t : tags) {
                if (tag.equals(t)) {
                    return true;
                }
            }
            return false;
        }

        boolean capitalised() {
            return Character.isUpperCase(text.charAt(0));
        }

        String lower() {
            return text.toLowerCase(java.util.Locale.ROOT);
        }
    }

    private static final Pattern TOKEN = Pattern.compile(
            "(?:\\p{Lu}\\.){2,}|[\\p{L}\\p{N}]++(?:(?![’']s\\b)[’'\\-.][\\p{L}\\p{N}]++)*+(?=[’']s\\b)|[’']s\\b"
                    + "|[\\p{L}\\p{N}]++(?:[’'\\-.,][\\p{L}\\p{N}]++)*+|[^\\s\\p{L}\\p{N}]"); // possessive: linear

    private TaggedWords() {
    }

    /**
     * The tagged tokens of {@code text[from, to)} without those in {@code skip}, {@code tagger} giving one tag per
     * word (the tagger itself, or a memo of it). A clause is read in its first {@link PartsOfSpeech#WINDOW} tokens: no
     * sentence of news is longer, and a headline reads a clause from its start; a page without punctuation, one
     * statement per date in it, was tagged whole for each.
     */
    static List<Word> of(java.util.function.UnaryOperator<String[]> tagger, String text, int from, int to,
                         List<int[]> skip) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = TOKEN.matcher(text).region(from, to);
        while (spans.size() < PartsOfSpeech.WINDOW && m.find()) {
            if (!inside(m.start(), m.end(), skip)) {
                spans.add(new int[] {m.start(), m.end()});
            } else {
                dropLeadingPreposition(text, spans);
            }
        }
        String[] words = new String[spans.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = text.substring(spans.get(i)[0], spans.get(i)[1]);
        }
        String[] tags = words.length == 0 ? new String[0] : tagger.apply(words);
        List<Word> out = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            out.add(new Word(spans.get(i)[0], spans.get(i)[1], words[i], tags[i]));
        }
        return out;
    }

    private static final Pattern TIME_PREPOSITION =
            Pattern.compile("(?i)on|in|at|since|by|until|till|from|for|during|before|after|of|early|late|last|this|next");

    /** "on" of "on Tuesday": a preposition before a timex goes with it. */
    private static void dropLeadingPreposition(String text, List<int[]> spans) {
        while (!spans.isEmpty()) {
            int[] last = spans.get(spans.size() - 1);
            if (!TIME_PREPOSITION.matcher(text.substring(last[0], last[1])).matches()) {
                return;
            }
            spans.remove(spans.size() - 1);
        }
    }

    private static boolean inside(int start, int end, List<int[]> skip) {
        for (int[] s : skip) {
            if (start < s[1] && s[0] < end) {
                return true;
            }
        }
        return false;
    }
}
