package org.parallax.compare.event;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parallax.compare.text.Words;

/**
 * The content terms of a statement and their kind weights: {@code n:} names (a capitalised word that is no function
 * word: participants and places; "al-Assad" also gives "assad"), {@code p:} predicate heads from the synonym table
 * ("flew", "arrived", "visited" → {@code p:visit}), {@code w:} other content words by lemma (three letters or more).
 * Words inside timexes do not count.
 */
public final class Terms {

    private Terms() {
    }

    /** Terms of {@code text[from, to)}, leaving out the ranges in {@code skip} (timex spans, [start, end) pairs). */
    public static Map<String, Double> of(String text, int from, int to, List<int[]> skip) {
        Map<String, Double> out = new HashMap<>();
        for (Words.Word w : Words.split(text, from, to)) {
            if (inside(w, skip) || Words.isStopWord(w.text())) {
                continue;
            }
            if (w.capitalised() && Character.isLetter(w.text().charAt(0))) {
                String name = Words.normalise(w.text());
                for (String part : name.split("-")) {
                    if (part.length() > 2 && !Words.isStopWord(part)) {
                        out.put("n:" + part, EventRules.NAME_WEIGHT);
                    }
                }
                // a capitalised predicate ("Quake hits ...", a headline) still names the happening
                String lemma = Words.lemma(w.text());
                if (Words.isPredicate(lemma)) {
                    out.put("p:" + lemma, EventRules.PREDICATE_WEIGHT);
                }
                continue;
            }
            String lemma = Words.lemma(w.text());
            if (lemma.length() < 3 || Words.isStopWord(lemma)) {
                continue;
            }
            if (Words.isPredicate(lemma)) {
                out.put("p:" + lemma, EventRules.PREDICATE_WEIGHT);
            } else if (!lemma.chars().allMatch(Character::isDigit)) {
                out.put("w:" + lemma.toLowerCase(Locale.ROOT), EventRules.WORD_WEIGHT);
            }
        }
        return out;
    }

    private static boolean inside(Words.Word w, List<int[]> skip) {
        for (int[] s : skip) {
            if (w.start() < s[1] && s[0] < w.end()) {
                return true;
            }
        }
        return false;
    }
}
