package org.parallax.text;

import java.util.Arrays;
import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.sentdetect.SentenceDetectorFactory;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * Where OpenNLP's sentence model breaks a paragraph: {@code SentenceDetectorME.sentPosDetect}'s spans, decided by the
 * same features ({@code DefaultSDContextGenerator}'s, in its order) and the same arithmetic ({@code GISModel.eval}:
 * the uniform prior, the features' weights added in order, {@code StrictMath.exp}, the division), so every break is
 * OpenNLP's. The detector made a string per feature and a string array per full stop, question or exclamation mark
 * and looked each up in the model's map; here the words around a mark are looked up as ranges of the paragraph in a
 * table of the model's feature names (decision 0065). Only the bundled model's settings are read (the marks . ! ?,
 * breaks after the token's end, no abbreviation dictionary); another model is refused when loaded. Made once, read
 * by every thread.
 */
final class SentenceBreaks {

    private static final String MARKS = ".!?";
    /** A prefix's length as a feature ("1", "2", ...): lengths up to this read from an array. */
    private static final int LENGTHS = 64;

    private final double uniform;
    private final Context before;
    private final Context after;
    private final Context[] mark = new Context[MARKS.length()];
    private final Context[] length = new Context[LENGTHS];
    private final Map<String, Context> features;
    private final Context prefixCapital;
    private final Context previousCapital;
    private final Context suffixCapital;
    private final Context nextCapital;
    private final Words prefixes;
    private final Words previous;
    private final Words suffixes;
    private final Words nexts;

    /** The features of one kind ("x=", "v=", "s=", "n="), by the word after the kind's prefix. */
    private record Words(WordTable table, Context[] weights) {
        static Words of(Map<String, Context> features, String kind) {
            WordTable table = new WordTable(features.size());
            Context[] weights = new Context[features.size()];
            features.forEach((name, weight) -> {
                if (name.startsWith(kind)) {
                    weights[table.number(name, kind.length(), name.length())] = weight;
                }
            });
            return new Words(table, Arrays.copyOf(weights, table.size()));
        }

        /** The weights of the word {@code chars[from, to)}, or null for one the model never saw. */
        Context of(char[] chars, int from, int to) {
            int n = table.find(chars, from, to);
            return n < 0 ? null : weights[n];
        }
    }

    @SuppressWarnings("unchecked")
    SentenceBreaks(SentenceModel model) {
        SentenceDetectorFactory factory = model.getFactory();
        if (!(model.getMaxentModel() instanceof GISModel gis) || model.getAbbreviations() != null
                || !factory.isUseTokenEnd() || !Arrays.equals(MARKS.toCharArray(), factory.getEOSCharacters())
                || gis.getNumOutcomes() != 2 || !"s".equals(gis.getOutcome(0))) {
            throw new IllegalStateException("the sentence model is not the bundled kind (GIS, outcomes s and n, marks "
                    + MARKS + ", breaks at a token's end, no abbreviations)");
        }
        Object[] data = gis.getDataStructures();
        features = (Map<String, Context>) data[1]; // only read
        uniform = StrictMath.log(1.0 / 2); // UniformPrior's, as GISModel has it when read from a file
        before = features.get("sp");
        after = features.get("sn");
        for (int m = 0; m < MARKS.length(); m++) {
            mark[m] = features.get("eos=" + MARKS.charAt(m));
        }
        for (int n = 1; n < LENGTHS; n++) {
            length[n] = features.get(Integer.toString(n));
        }
        prefixCapital = features.get("xcap");
        previousCapital = features.get("vcap");
        suffixCapital = features.get("scap");
        nextCapital = features.get("ncap");
        prefixes = Words.of(features, "x=");
        previous = Words.of(features, "v=");
        suffixes = Words.of(features, "s=");
        nexts = Words.of(features, "n=");
    }

    /**
     * The sentences of {@code text} as {@code sentPosDetect} gives them: start and end of each, one after another, white
     * space trimmed ({@code Span.trim}), none empty.
     */
    int[] spans(String text) {
        // every char read from an array: String.charAt checks its index in a call of its own on UTF-16 text
        return spans(text.toCharArray());
    }

    /**
     * {@link #spans(String)} of the text whose chars are {@code s} (only read): the splitter hands a paragraph's chars
     * over as they are, without making a string of them that would be turned back into chars here.
     */
    int[] spans(char[] s) {
        int[] starts = new int[8];
        int count = 0;
        int index = 0;
        int n = s.length;
        // each mark's next is the one the loop goes on to: looked for once, where it was twice (every char read twice)
        int next;
        for (int c = nextMark(s, 0); c < n; c = next) {
            int firstSpace = firstSpace(s, c + 1);
            next = nextMark(s, c + 1);
            if (next < n && next < firstSpace) {
                continue; // the mark is inside a token ("U.S."): only its last mark is asked
            }
            if (count > 0 && c < starts[count - 1]) {
                continue;
            }
            if (breaks(s, c)) {
                if (index != c) {
                    if (count == starts.length) {
                        starts = Arrays.copyOf(starts, count * 2);
                    }
                    starts[count++] = firstNonSpace(s, firstSpace);
                }
                index = c + 1;
            }
        }
        return spansOf(s, starts, count);
    }

    /** Whether the model's best outcome at the mark {@code s[at]} is a break. */
    private boolean breaks(char[] s, int at) {
        double[] sums = {uniform, uniform};
        int last = s.length - 1;
        if (at > 0 && isSpace(s[at - 1])) {
            TagModel.add(sums, before);
        }
        if (at < last && isSpace(s[at + 1])) {
            TagModel.add(sums, after);
        }
        TagModel.add(sums, mark[MARKS.indexOf(s[at])]);
        int prefixStart = previousSpace(s, at);
        for (int c = at - 1; c > prefixStart; c--) {
            if (isMark(s[c])) {
                prefixStart = c;
                break;
            }
        }
        int previousStart = previousSpace(s, prefixStart);
        int suffixEnd = nextSpace(s, at, last);
        for (int c = at + 1; c < suffixEnd; c++) {
            if (isMark(s[c])) {
                suffixEnd = c;
                break;
            }
        }
        int nextEnd = nextSpace(s, suffixEnd + 1, last + 1);
        addWord(sums, s, prefixStart, at, prefixes, prefixCapital, true);
        addWord(sums, s, previousStart, prefixStart, previous, previousCapital, false);
        if (at == last) {
            addWord(sums, s, 0, 0, suffixes, suffixCapital, false);
            addWord(sums, s, 0, 0, nexts, nextCapital, false);
        } else {
            addWord(sums, s, at + 1, suffixEnd, suffixes, suffixCapital, false);
            addWord(sums, s, suffixEnd + 1, nextEnd, nexts, nextCapital, false);
        }
        // GISModel.eval's end for two outcomes: each exponential, their sum from 0.0 in order, each divided by it
        double split = StrictMath.exp(sums[0]);
        double none = StrictMath.exp(sums[1]);
        double normal = 0.0 + split + none;
        return !(split / normal < none / normal); // ArrayMath.argmax: the first outcome, "s", unless the second wins
    }

    /**
     * The features of the word {@code s[from, to)} trimmed as {@code String.trim} does: "kind=word", then for a word
     * its length (the prefix only) and whether it starts with a capital.
     */
    private void addWord(double[] sums, char[] s, int from, int to, Words kind, Context capital,
            boolean withLength) {
        while (from < to && s[from] <= ' ') {
            from++;
        }
        while (to > from && s[to - 1] <= ' ') {
            to--;
        }
        TagModel.add(sums, kind.of(s, from, to));
        if (from == to) {
            return;
        }
        if (withLength) {
            int n = to - from;
            TagModel.add(sums, n < LENGTHS ? length[n] : features.get(Integer.toString(n)));
        }
        if (Character.isUpperCase(s[from])) {
            TagModel.add(sums, capital);
        }
    }

    /** {@code sentPosDetect}'s spans from its sentence starts: each trimmed, the text after the last one too. */
    private static int[] spansOf(char[] s, int[] starts, int count) {
        int n = s.length;
        if (count == 0) {
            int start = firstNonSpace(s, 0);
            int end = n;
            while (end > 0 && isSpace(s[end - 1])) {
                end--;
            }
            return end - start > 0 ? new int[] {start, end} : new int[0];
        }
        boolean leftover = starts[count - 1] != n;
        int[] out = new int[2 * (count + (leftover ? 1 : 0))];
        int k = 0;
        for (int i = 0; i <= count; i++) {
            if (i == count && !leftover) {
                break;
            }
            int from = i == 0 ? 0 : starts[i - 1];
            int to = i == count ? n : starts[i];
            int start = from;
            while (start < to && isSpace(s[start])) {
                start++;
            }
            int end = to;
            while (end > from && isSpace(s[end - 1])) {
                end--;
            }
            if (start < end) { // OpenNLP leaves a null in its array for an empty one (never met: starts rise)
                out[k++] = start;
                out[k++] = end;
            }
        }
        return k == out.length ? out : Arrays.copyOf(out, k);
    }

    private static int nextMark(char[] s, int from) {
        int n = s.length;
        int i = from;
        while (i < n && !isMark(s[i])) {
            i++;
        }
        return i;
    }

    private static boolean isMark(char c) {
        return c == '.' || c == '!' || c == '?';
    }

    /** {@code StringUtil.isWhitespace}: Java's white space or a space separator (the no-break space among them). */
    static boolean isSpace(char c) {
        // below 128 the one space separator, ' ', is white space: asked without a call for the chars nearly all are
        return SentenceSplitter.isSpace(c) || c >= 128 && Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    private static int firstSpace(char[] s, int from) {
        int i = from;
        while (i < s.length && !isSpace(s[i])) {
            i++;
        }
        return i;
    }

    private static int firstNonSpace(char[] s, int from) {
        int i = from;
        while (i < s.length && isSpace(s[i])) {
            i++;
        }
        return i;
    }

    /** {@code DefaultSDContextGenerator.previousSpaceIndex}: the first of the spaces before {@code seek}, or 0. */
    private static int previousSpace(char[] s, int seek) {
        do {
            seek--;
        } while (seek > 0 && !isSpace(s[seek]));
        if (seek > 0 && isSpace(s[seek])) {
            while (seek > 0 && isSpace(s[seek - 1])) {
                seek--;
            }
            return seek;
        }
        return 0;
    }

    /** {@code DefaultSDContextGenerator.nextSpaceIndex}: the last of the spaces after {@code seek}, or {@code last}. */
    private static int nextSpace(char[] s, int seek, int last) {
        seek++;
        while (seek < last) {
            if (isSpace(s[seek])) {
                while (s.length > seek + 1 && isSpace(s[seek + 1])) {
                    seek++;
                }
                return seek;
            }
            seek++;
        }
        return last;
    }
}
