package org.parallax.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;

/**
 * Splits a text into sentences and tokens with OpenNLP's English models, corrected by an abbreviation list:
 * OpenNLP's sentence model ends sentences after "Sep.", "Gov." or an initial, the list joins them again. A
 * paragraph break (a blank line) always ends a sentence. All offsets index into the text given.
 *
 * <p>Thread-safe: the models are shared, the OpenNLP tools (which keep state) are per thread.
 */
public final class TextAnalyzer {

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t\\r\\u00A0]*\\n");

    private static final class Shared {
        static final TextAnalyzer INSTANCE = new TextAnalyzer(Abbreviations.bundled());
    }

    private final Abbreviations abbreviations;
    private final ThreadLocal<SentenceDetectorME> sentenceDetector =
            ThreadLocal.withInitial(() -> new SentenceDetectorME(OpenNlpModels.sentences()));
    private final ThreadLocal<TokenizerME> tokenizer =
            ThreadLocal.withInitial(() -> new TokenizerME(OpenNlpModels.tokens()));

    public TextAnalyzer(Abbreviations abbreviations) {
        this.abbreviations = abbreviations;
    }

    /** The analyzer with the bundled abbreviation list, loaded once. */
    public static TextAnalyzer shared() {
        return Shared.INSTANCE;
    }

    /** Sentences and tokens of {@code text}. */
    public AnalyzedText analyze(String text) {
        List<int[]> bounds = sentenceBounds(text);
        List<Sentence> sentences = new ArrayList<>(bounds.size());
        TokenizerME tk = tokenizer.get();
        for (int i = 0; i < bounds.size(); i++) {
            int[] b = bounds.get(i);
            String s = text.substring(b[0], b[1]);
            List<Token> tokens = new ArrayList<>();
            for (opennlp.tools.util.Span t : tk.tokenizePos(s)) {
                int start = b[0] + t.getStart();
                int end = b[0] + t.getEnd();
                tokens.add(new Token(start, end, text.substring(start, end)));
            }
            sentences.add(new Sentence(i, b[2], b[0], b[1], tokens));
        }
        return new AnalyzedText(text, sentences);
    }

    /** Sentence boundaries only, as {@code [start, end, paragraph]} triples. */
    List<int[]> sentenceBounds(String text) {
        List<int[]> out = new ArrayList<>();
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
                break;
            }
            from = m.end();
        }
        return out;
    }

    /** Adds the sentences of {@code text[from, to)}; false if it holds only white space. */
    private boolean splitParagraph(String text, int from, int to, int paragraph, List<int[]> out) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (from >= to) {
            return false;
        }
        String para = text.substring(from, to);
        opennlp.tools.util.Span[] spans = sentenceDetector.get().sentPosDetect(para);
        List<int[]> merged = new ArrayList<>();
        for (opennlp.tools.util.Span s : spans) {
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
            merged.add(new int[] {start, end, paragraph});
        }
        if (merged.isEmpty()) {
            merged.add(new int[] {from, to, paragraph});
        }
        // OpenNLP may leave characters between its sentences (rare); never lose any text of the paragraph.
        merged.get(0)[0] = Math.min(merged.get(0)[0], from);
        merged.get(merged.size() - 1)[1] = Math.max(merged.get(merged.size() - 1)[1], to);
        out.addAll(merged);
        return true;
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
