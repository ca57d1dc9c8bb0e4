package org.parallax.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a sentence's words name one of a corpus' target entities, by the speaker matching the evaluation already
 * uses ({@link SpeakerNames}, organisation rules: the full name, its last word, its first words, its initials).
 *
 * <p>Names are read from runs of words that start with a capital or a digit (a lower-case "of", "and" or "&amp;"
 * may join two of them: "Bank of America", "S &amp; P 500"), longest first: a shorter run inside a run that names
 * an entity is not read again ("Airbus A380" names the A380, not Airbus). A run that is exactly one target's name
 * names that one ("Boeing" is Boeing, not the Boeing 787 Dreamliner); a run that matches several targets names the
 * one it shares most words with ("Boeing 787"), and none when that is a tie ("US" for "US Dollar" and "US Federal
 * Reserve").
 */
final class EntityMentions {

    private static final int LONGEST_RUN = 6;

    private final List<String> targets;

    EntityMentions(List<String> targets) {
        this.targets = List.copyOf(targets);
    }

    /** A run of words {@code [from, to)} that names {@code entity}. */
    record Mention(String entity, int from, int to) {
    }

    /** The target names in {@code words} (a sentence's tokens), each run read once, longest first. */
    List<Mention> in(String[] words) {
        List<Mention> out = new ArrayList<>();
        boolean[] taken = new boolean[words.length];
        for (int length = Math.min(LONGEST_RUN, words.length); length >= 1; length--) {
            for (int from = 0; from + length <= words.length; from++) {
                int to = from + length;
                if (!run(words, from, to) || anyTaken(taken, from, to)) {
                    continue;
                }
                String entity = named(String.join(" ", java.util.Arrays.asList(words).subList(from, to)));
                if (entity != null) {
                    out.add(new Mention(entity, from, to));
                    java.util.Arrays.fill(taken, from, to, true);
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(Mention::from));
        return out;
    }

    /** The one target {@code name} stands for, or null (none, or ambiguous). */
    String named(String name) {
        List<String> matched = new ArrayList<>();
        List<String> words = SpeakerNames.words(name);
        for (String t : targets) {
            if (SpeakerNames.words(t).equals(words)) {
                return t;
            }
            if (SpeakerNames.matches(name, List.of(t), true)) {
                matched.add(t);
            }
        }
        // of several, the one that shares most words with the name ("Boeing 787": the 787, not Boeing)
        String best = null;
        int most = -1;
        boolean tie = false;
        for (String t : matched) {
            List<String> common = new ArrayList<>(SpeakerNames.words(t));
            common.retainAll(words);
            if (common.size() > most) {
                best = t;
                most = common.size();
                tie = false;
            } else if (common.size() == most) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    private static boolean anyTaken(boolean[] taken, int from, int to) {
        for (int i = from; i < to; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code words[from, to)} is a run of name words: it starts with a capital, goes on with capitalised
     * words or numbers ("Boeing 777", "CAC 40"; a number alone is no name), joined by "of", "and", "&".
     */
    private static boolean run(String[] words, int from, int to) {
        if (!Character.isUpperCase(words[from].charAt(0)) || !nameWord(words[to - 1])) {
            return false;
        }
        for (int i = from + 1; i < to - 1; i++) {
            if (!nameWord(words[i]) && !words[i].equals("of") && !words[i].equals("and") && !words[i].equals("&")) {
                return false;
            }
        }
        return true;
    }

    private static boolean nameWord(String w) {
        return !w.isEmpty() && (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)) || w.equals("&"));
    }
}
