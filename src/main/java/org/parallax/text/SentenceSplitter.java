package org.parallax.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;

/**
 * The one sentence splitter. Every rule shares what a sentence is here: a paragraph break (a blank line) always
 * ends one, sentences never hold surrounding white space, and a full stop after an abbreviation of the one
 * {@link Abbreviations} list ("Sep.", "Mr.", "U.S.", an initial) does not end one. Beyond that a {@link Rule} says
 * where sentences end; it is a named choice because the consumers measurably need different ones (see each rule).
 * All offsets index into the text given.
 *
 * <p>Thread-safe: the OpenNLP model is shared, its detector (which keeps state) is per thread.
 */
public final class SentenceSplitter {

    /** Where sentences end inside a paragraph. */
    public enum Rule {
        /**
         * OpenNLP's English sentence model decides, and the abbreviation list joins again what it ended after an
         * abbreviation. Dates need it: the model knows that "Nov . 15" in tokenised text or "Oct. 20. The" end
         * where punctuation alone cannot tell.
         */
        MODEL,
        /**
         * Punctuation alone: {@code . ! ?} (and the closing marks right after it) end a sentence when white space
         * and a capital, a digit or an opening mark follow. For the comparison, which reads the model's text
         * without the extraction's models, and for figures and quotes, whose rules were tuned on these sentences.
         */
        PUNCTUATION
    }

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t\\r\\u00A0]*\\n");
    private static final String CLOSERS = "\"”’')»";
    private static final String OPENERS = "\"“‘'«([";

    private static final class Shared {
        static final Abbreviations ABBREVIATIONS = Abbreviations.bundled();
        static final SentenceSplitter MODEL = new SentenceSplitter(Rule.MODEL, ABBREVIATIONS);
        static final SentenceSplitter PUNCTUATION = new SentenceSplitter(Rule.PUNCTUATION, ABBREVIATIONS);
    }

    private final Rule rule;
    private final Abbreviations abbreviations;
    private final ThreadLocal<SentenceDetectorME> detector;

    public SentenceSplitter(Rule rule, Abbreviations abbreviations) {
        this.rule = rule;
        this.abbreviations = abbreviations;
        this.detector = rule == Rule.MODEL
                ? ThreadLocal.withInitial(() -> new SentenceDetectorME(OpenNlpModels.sentences()))
                : null;
    }

    /** The splitter of {@code rule} with the bundled abbreviation list, made once. */
    public static SentenceSplitter of(Rule rule) {
        return rule == Rule.MODEL ? Shared.MODEL : Shared.PUNCTUATION;
    }

    public Rule rule() {
        return rule;
    }

    /** The sentences of {@code text}, in order, numbered from 0. */
    public List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int paragraph = 0;
        int from = 0;
        Matcher m = PARAGRAPH_BREAK.matcher(text);
        while (true) {
            boolean found = m.find();
            int to = found ? m.start() : text.length();
            if (splitParagraph(text, from, to, paragraph, out)) {
                paragraph++;
            }
            if (!found) {
                return out;
            }
            from = m.end();
        }
    }

    /** Adds the sentences of {@code text[from, to)}; false if it holds only white space. */
    private boolean splitParagraph(String text, int from, int to, int paragraph, List<Sentence> out) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (from >= to) {
            return false;
        }
        List<int[]> bounds = rule == Rule.MODEL ? byModel(text, from, to) : byPunctuation(text, from, to);
        for (int[] b : bounds) {
            out.add(new Sentence(out.size(), paragraph, b[0], b[1]));
        }
        return true;
    }

    /** OpenNLP's sentences of a trimmed paragraph, joined again after abbreviations; they cover all of it. */
    private List<int[]> byModel(String text, int from, int to) {
        List<int[]> merged = new ArrayList<>();
        for (opennlp.tools.util.Span s : detector.get().sentPosDetect(text.substring(from, to))) {
            int start = from + s.getStart();
            int end = from + s.getEnd();
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (start >= end) {
                continue;
            }
            if (!merged.isEmpty()) {
                int[] prev = merged.get(merged.size() - 1);
                if (abbreviations.holdsTogether(lastWord(text, prev[0], prev[1]), firstWord(text, start, end))) {
                    prev[1] = end;
                    continue;
                }
            }
            merged.add(new int[] {start, end});
        }
        if (merged.isEmpty()) {
            merged.add(new int[] {from, to});
        }
        // OpenNLP may leave characters between its sentences (rare); never lose any text of the paragraph.
        merged.get(0)[0] = Math.min(merged.get(0)[0], from);
        merged.get(merged.size() - 1)[1] = Math.max(merged.get(merged.size() - 1)[1], to);
        return merged;
    }

    /** The punctuation rule's sentences of a trimmed paragraph. */
    private List<int[]> byPunctuation(String text, int from, int to) {
        List<int[]> out = new ArrayList<>();
        int start = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int end = i + 1;
            while (end < to && CLOSERS.indexOf(text.charAt(end)) >= 0) {
                end++;
            }
            if (end >= to || !Character.isWhitespace(text.charAt(end))) {
                continue;
            }
            int next = end;
            while (Character.isWhitespace(text.charAt(next))) {
                next++; // the paragraph is trimmed, so a non-space follows
            }
            char d = text.charAt(next);
            boolean startsAnew = Character.isUpperCase(d) || Character.isDigit(d) || OPENERS.indexOf(d) >= 0;
            if (startsAnew && !(c == '.' && abbreviations.isAbbreviation(lastWord(text, start, i + 1)))) {
                out.add(new int[] {start, end});
                start = next;
                i = next - 1;
            }
        }
        out.add(new int[] {start, to});
        return out;
    }

    private static String lastWord(String text, int start, int end) {
        int i = end;
        while (i > start && !Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return text.substring(i, end);
    }

    private static String firstWord(String text, int start, int end) {
        int i = start;
        while (i < end && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return text.substring(start, i);
    }
}
