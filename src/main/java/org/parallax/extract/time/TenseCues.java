package org.parallax.extract.time;

import static org.parallax.extract.time.MatchText.wordBefore;

import java.util.Arrays;
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
    /** Their hashes ({@link String#hashCode}), sorted. */
    private final int[] firstWordHashes;
    /** A bit per value of a hash's low bits, set for those of {@link #firstWordHashes}. */
    private final long[] firstWordBits = new long[FIRST_WORD_BITS / 64];
    private static final int FIRST_WORD_BITS = 4096;

    TenseCues(TimeWords lx) {
        // case-sensitive: the cues are lower-case verbs and modals, "May 29" is not "may"
        this.futureCues = Set.copyOf(lx.words("future"));
        this.pastCues = Set.copyOf(lx.words("past"));
        Set<String> first = new HashSet<>();
        for (Set<String> cues : List.of(futureCues, pastCues)) {
            cues.forEach(c -> first.add(c.split(" ", -1)[0]));
        }
        this.firstWords = Set.copyOf(first);
        this.firstWordHashes = firstWords.stream().mapToInt(String::hashCode).sorted().toArray();
        for (int hash : firstWordHashes) {
            firstWordBits[(hash >>> 6) & (FIRST_WORD_BITS / 64 - 1)] |= 1L << hash;
        }
    }

    static final Set<String> NOT_PAST = Set.of("speed", "indeed", "hundred", "proceed", "succeed", "exceed",
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
     * letter beyond the BMP is one), written into {@code words}, the start and end of each one after the other (it is
     * at least {@code s.length + 1} long: each word but the last is followed by a char that is none); their count. A
     * loop over the chars, not the pattern nor the string's code points: it runs for every sentence with a date.
     */
    static int words(char[] s, int[] words) {
        int n = 0;
        int i = 0;
        while (i < s.length) {
            int cp = s[i];
            if (cp >= 128) {
                cp = Character.codePointAt(s, i);
            }
            if (!wordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < s.length && wordChar(cp = s[i] < 128 ? s[i] : Character.codePointAt(s, i))) {
                i += Character.charCount(cp);
            }
            words[n++] = start;
            words[n++] = i;
        }
        return n / 2;
    }

    private static boolean wordChar(int cp) {
        if (cp < 128) { // the ASCII letters are the only ASCII chars of a letter category
            int folded = cp | 0x20;
            return folded >= 'a' && folded <= 'z' || cp == '\'' || cp == '-';
        }
        return Character.isLetter(cp) || cp == '’';
    }

    /** The tense cues of {@code s}: the cue phrases of the word list (up to three words) and past participles. */
    Cues cues(String s) {
        char[] chars = s.toCharArray();
        int[] words = new int[chars.length + 1];
        int count = words(chars, words);
        int[] spans = new int[8];
        Tense[] tenses = new Tense[4];
        int found = 0;
        int i = 0;
        while (i < count) {
            Phrase phrase = startsCue(s, chars, words[2 * i], words[2 * i + 1]) ? phraseAt(s, words, count, i) : null;
            int taken = phrase == null ? 1 : phrase.words();
            Tense t = phrase != null ? phrase.tense() : wordTense(s, chars, words[2 * i], words[2 * i + 1]);
            if (t != Tense.NONE) {
                if (found == tenses.length) {
                    tenses = Arrays.copyOf(tenses, found * 2);
                    spans = Arrays.copyOf(spans, found * 4);
                }
                spans[2 * found] = words[2 * i];
                spans[2 * found + 1] = words[2 * (i + taken - 1) + 1];
                tenses[found++] = t;
            }
            i += taken;
        }
        int[] st = new int[found];
        int[] en = new int[found];
        for (int k = 0; k < found; k++) {
            st[k] = spans[2 * k];
            en[k] = spans[2 * k + 1];
        }
        return new Cues(st, en, Arrays.copyOf(tenses, found));
    }

    /** A cue phrase: how many words it holds and the tense it gives. */
    private record Phrase(int words, Tense tense) {
    }

    /** The longest cue phrase of up to three words from word {@code i} (of {@code count}) on, or null. */
    private Phrase phraseAt(String s, int[] words, int count, int i) {
        for (int n = Math.min(3, count - i); n >= 1; n--) {
            StringBuilder phrase = new StringBuilder();
            for (int k = 0; k < n; k++) {
                phrase.append(k == 0 ? "" : " ").append(s, words[2 * (i + k)], words[2 * (i + k) + 1]);
            }
            String p = phrase.toString().replace('’', '\'');
            if (futureCues.contains(p)) {
                return new Phrase(n, Tense.FUTURE);
            }
            if (pastCues.contains(p)) {
                return new Phrase(n, Tense.PAST);
            }
        }
        return null;
    }

    /**
     * Whether the word {@code s[start, end)} ({@code chars} its chars; ’ read as ') is the first word of a cue phrase.
     * Most words are none, so the word's hash is looked for among theirs before a string is made of it: first its bit
     * of {@link #firstWordBits}, one test that turns nearly every other word away, then the sorted hashes.
     */
    private boolean startsCue(String s, char[] chars, int start, int end) {
        int hash = 0;
        for (int k = start; k < end; k++) {
            char c = chars[k];
            hash = 31 * hash + (c == '’' ? '\'' : c);
        }
        return (firstWordBits[(hash >>> 6) & (FIRST_WORD_BITS / 64 - 1)] & 1L << hash) != 0
                && Arrays.binarySearch(firstWordHashes, hash) >= 0
                && firstWords.contains(s.substring(start, end).replace('’', '\''));
    }

    /** The tense a word that starts no cue phrase gives alone: "'ll" future, a past participle ("-ed") past. */
    private static Tense wordTense(String s, char[] chars, int start, int end) {
        int length = end - start;
        if (length >= 3 && (chars[end - 3] == '\'' || chars[end - 3] == '’') && chars[end - 2] == 'l'
                && chars[end - 1] == 'l') {
            return Tense.FUTURE;
        }
        if (length >= 5 && chars[end - 2] == 'e' && chars[end - 1] == 'd' && Character.isLowerCase(chars[start])
                && !NOT_PAST.contains(s.substring(start, end)) && !passive(s, start)) {
            return Tense.PAST;
        }
        return Tense.NONE;
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
