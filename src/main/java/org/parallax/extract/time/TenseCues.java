package org.parallax.extract.time;

import static org.parallax.extract.time.MatchText.wordBefore;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The tense cues of a sentence ("will", "is due to", "said", past participles): what moves a year-less date or a
 * weekday forwards or backwards.
 */
final class TenseCues {

    private final Set<String> futureCues;
    private final Set<String> pastCues;
    /** The first word of every cue phrase: a phrase is looked up only where one starts (most words start none). */
    private final Set<String> firstWords;

    TenseCues(TimeWords lx) {
        // case-sensitive: the cues are lower-case verbs and modals, "May 29" is not "may"
        this.futureCues = Set.copyOf(lx.words("future"));
        this.pastCues = Set.copyOf(lx.words("past"));
        Set<String> first = new HashSet<>();
        for (Set<String> cues : List.of(futureCues, pastCues)) {
            cues.forEach(c -> first.add(c.split(" ", -1)[0]));
        }
        this.firstWords = Set.copyOf(first);
    }

    private static final Set<String> NOT_PAST = Set.of("speed", "indeed", "hundred", "proceed", "succeed", "exceed",
            "breed", "greed", "kindred", "sacred", "naked", "wicked", "wretched", "beloved", "shred", "embed", "unmatched",
            "need", "seed", "feed", "deed", "weed", "bed", "red", "led", "fed", "wed", "shed");

    /** The tense of the clause around a stretch {@code [start, end)} of one sentence. */
    interface Clauses {
        Tense around(int start, int end);
    }

    /** The tense cues of one sentence, found once and looked up for each mention in it. */
    record Cues(int[] starts, int[] ends, Tense[] tenses) implements Clauses {

        /** The tense of the clause around {@code [start, end)}: the nearest cue before it, else the first after it. */
        @Override
        public Tense around(int start, int end) {
            Tense best = Tense.NONE;
            for (int i = 0; i < starts.length; i++) {
                if (ends[i] <= start) {
                    best = tenses[i];
                } else if (starts[i] >= end) {
                    return best != Tense.NONE ? best : tenses[i];
                }
            }
            return best;
        }
    }

    /**
     * The words of {@code s}, as {@code [\p{L}'’-]+} finds them (a letter is a code point of a letter category, so a
     * letter beyond the BMP is one): the start and end of each. A loop, not the pattern: it runs for every sentence
     * with a date.
     */
    static List<int[]> words(String s) {
        List<int[]> words = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (!wordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < s.length() && wordChar(cp = s.codePointAt(i))) {
                i += Character.charCount(cp);
            }
            words.add(new int[] {start, i});
        }
        return words;
    }

    private static boolean wordChar(int cp) {
        return Character.isLetter(cp) || cp == '\'' || cp == '’' || cp == '-';
    }

    /** The tense cues of {@code s}: the cue phrases of the word list (up to three words) and past participles. */
    Cues cues(String s) {
        List<int[]> words = words(s);
        List<int[]> spans = new ArrayList<>();
        List<Tense> tenses = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int taken = 0;
            Tense t = Tense.NONE;
            String word = s.substring(words.get(i)[0], words.get(i)[1]);
            boolean startsCue = firstWords.contains(word.replace('’', '\''));
            for (int n = startsCue ? Math.min(3, words.size() - i) : 0; n >= 1 && taken == 0; n--) {
                StringBuilder phrase = new StringBuilder();
                for (int k = 0; k < n; k++) {
                    phrase.append(k == 0 ? "" : " ").append(s, words.get(i + k)[0], words.get(i + k)[1]);
                }
                String p = phrase.toString().replace('’', '\'');
                if (futureCues.contains(p)) {
                    t = Tense.FUTURE;
                    taken = n;
                } else if (pastCues.contains(p)) {
                    t = Tense.PAST;
                    taken = n;
                }
            }
            if (taken == 0) {
                if (word.endsWith("'ll") || word.endsWith("’ll")) {
                    t = Tense.FUTURE;
                } else if (word.length() >= 5 && word.endsWith("ed") && Character.isLowerCase(word.charAt(0))
                        && !NOT_PAST.contains(word) && !passive(s, words.get(i)[0])) {
                    t = Tense.PAST;
                }
                taken = 1;
            }
            if (t != Tense.NONE) {
                spans.add(new int[] {words.get(i)[0], words.get(i + taken - 1)[1]});
                tenses.add(t);
            }
            i += taken;
        }
        int[] st = new int[spans.size()];
        int[] en = new int[spans.size()];
        for (int k = 0; k < st.length; k++) {
            st[k] = spans.get(k)[0];
            en[k] = spans.get(k)[1];
        }
        return new Cues(st, en, tenses.toArray(new Tense[0]));
    }

    /** The tense cues of {@code s}, found on first use: most sentences hold no date, and then none are needed. */
    Clauses onDemand(String s) {
        return new Clauses() {
            private Cues cues;

            @Override
            public Tense around(int start, int end) {
                if (cues == null) {
                    cues = cues(s);
                }
                return cues.around(start, end);
            }
        };
    }

    Tense tense(String s, int start, int end) {
        return cues(s).around(start, end);
    }

    /** A participle after "be"/"being" ("should be completed", "to be delivered") is passive, not past. */
    private static boolean passive(String s, int edStart) {
        String w = wordBefore(s, edStart);
        return w.equals("be") || w.equals("being");
    }
}
