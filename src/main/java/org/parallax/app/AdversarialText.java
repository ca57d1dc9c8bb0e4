package org.parallax.app;

import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;

/**
 * Pathological inputs of a given size, the same every time (a fixed seed): what a hostile page, a broken scraper or a
 * fuzzer could hand the pipeline. Each is one article file; {@link #ordinary} is the yardstick they are measured against
 * ({@code bench adversarial}) and the tests' reference for "finishes".
 */
final class AdversarialText {

    /** One pathological input: its name, the file name it is read from (the extension picks the reader), its text. */
    record Input(String name, String file, String text) {
        @Override
        public String toString() {
            return name; // not the megabyte of text
        }
    }

    /** Every quotation mark the quote extractor knows, straight, curly, low-high and guillemets. */
    static final String MARKS = "\"'\u201C\u201D\u2018\u2019\u00AB\u00BB\u201E\u201A\u2039\u203A\u201F\u201B`";

    private static final long SEED = 20261206L;

    private AdversarialText() {
    }

    /** Every input at about {@code size} characters, built from {@code news} (ordinary news text) where words are needed. */
    static List<Input> all(int size, String news) {
        return List.of(
                new Input("ordinary news", "ordinary.txt", ordinary(size, news)),
                new Input("unmatched marks", "marks.txt", unmatchedMarks(size)),
                new Input("marks in words", "marks-words.txt", marksInWords(size, news)),
                new Input("alternating marks", "alternating.txt", alternatingMarks(size)),
                new Input("opening quotes", "opening.txt", openingQuotes(size, news)),
                new Input("100,000 digits", "digits.txt", digits(size)),
                new Input("grouped digits", "grouped.txt", groupedDigits(size)),
                new Input("said said said", "said.txt", repeat("said ", size)),
                new Input("no punctuation", "unpunctuated.txt", unpunctuated(size, news)),
                new Input("capitalised run", "capitals.txt", capitalised(size, news)),
                new Input("one date repeated", "dates.txt", repeat("20 October 2015 ", size)),
                new Input("dates and numbers", "dates-numbers.txt", repeat("on Tuesday, Oct. 20, 2015 at 3 p.m. 4.5% ", size)),
                new Input("hyphenated run", "hyphens.txt", "a" + repeat("-b’c", size)),
                new Input("dotted run", "dots.txt", "A" + repeat(".b", size) + ".x"),
                new Input("short lines", "lines.txt", repeat("A.\n", size)),
                new Input("nested HTML", "nested.html", nestedHtml(size)),
                new Input("nested JSON", "nested.json", nestedJson(size)));
    }

    /** Ordinary news: {@code news} (distinct articles) up to {@code size}, repeated only if it is shorter. */
    static String ordinary(int size, String news) {
        return news.length() >= size ? news.substring(0, news.lastIndexOf("\n\n", size) + 2) : fill(size, i -> news + "\n\n");
    }

    /** Quotation marks of every style at random, with spaces: nothing ever closes what it opened. */
    static String unmatchedMarks(int size) {
        Random random = new Random(SEED);
        StringBuilder out = new StringBuilder(size + 8);
        while (out.length() < size) {
            out.append(MARKS.charAt(random.nextInt(MARKS.length())));
            if (random.nextInt(3) == 0) {
                out.append(' ');
            }
        }
        return out.toString();
    }

    /** News words with a random quotation mark before or after one word in three. */
    static String marksInWords(int size, String news) {
        Random random = new Random(SEED);
        String[] words = news.split("\\s+");
        StringBuilder out = new StringBuilder(size + 64);
        for (int i = 0; out.length() < size; i++) {
            String word = words[i % words.length];
            int roll = random.nextInt(6);
            char mark = MARKS.charAt(random.nextInt(MARKS.length()));
            if (roll == 0) {
                out.append(mark).append(word);
            } else if (roll == 1) {
                out.append(word).append(mark);
            } else {
                out.append(word);
            }
            out.append(i % 40 == 39 ? "\n\n" : " ");
        }
        return out.toString();
    }

    /** Opening and closing marks alternating in every pairing, with one word between. */
    static String alternatingMarks(int size) {
        String[] pairs = {"\u201Cword\u201D ", "\"word\" ", "\u2018word\u2019 ", "\u00ABword\u00BB ", "\u201Eword\u201C ",
            "\u201Dword\u201C ", "\u2019word\u2018 ", "\u00BBword\u00AB ", "'word\" ", "\"word' "};
        return fill(size, i -> pairs[i % pairs.length]);
    }

    /** A quotation opened after "said" in every sentence and never closed. */
    static String openingQuotes(int size, String news) {
        String[] words = news.split("\\s+");
        return fill(size, i -> "The minister said: \u201C" + words[i % words.length] + " " + words[(i * 7) % words.length]
                + " and " + words[(i * 13) % words.length] + ". ");
    }

    /** Numbers of 100,000 digits (shorter when {@code size} is smaller), one a paragraph. */
    static String digits(int size) {
        int length = Math.min(100_000, Math.max(10, size / 4));
        Random random = new Random(SEED);
        return fill(size, i -> {
            StringBuilder number = new StringBuilder(length + 2);
            number.append(1 + random.nextInt(9));
            while (number.length() < length) {
                number.append(random.nextInt(10));
            }
            return number.append("\n\n").toString();
        });
    }

    /** One long number in thousands groups with a decimal part: "1,234,567,...,890.5 million". */
    static String groupedDigits(int size) {
        StringBuilder out = new StringBuilder(size + 16).append('$').append(1);
        while (out.length() < size - 16) {
            out.append(",234");
        }
        return out.append(".5 million dollars.").toString();
    }

    /** The words of {@code news} without a mark of punctuation or a line break: one sentence of {@code size}. */
    static String unpunctuated(int size, String news) {
        String words = news.replaceAll("[\\p{Punct}\\p{Pi}\\p{Pf}\\p{Pd}]", "").replaceAll("\\s+", " ").trim() + " ";
        return fill(size, i -> words);
    }

    /** The words of {@code news} each capitalised, without punctuation: one endless name. */
    static String capitalised(int size, String news) {
        StringBuilder words = new StringBuilder();
        for (String w : unpunctuated(Math.min(size, news.length()), news).split(" ")) {
            if (!w.isEmpty()) {
                words.append(Character.toUpperCase(w.charAt(0))).append(w, 1, w.length()).append(' ');
            }
        }
        String run = words.toString();
        return fill(size, i -> run);
    }

    /** Elements nested as deep as the size allows, the text in the innermost. */
    static String nestedHtml(int size) {
        int depth = Math.max(1, (size - 200) / 11);
        StringBuilder out = new StringBuilder(size + 64).append("<html><head><title>Deep</title></head><body>");
        out.append("<div>".repeat(depth)).append("<p>He said on Tuesday: \u201CDeep.\u201D</p>");
        out.append("</div>".repeat(depth));
        return out.append("</body></html>").toString();
    }

    /** A news-please JSON document whose text field is an object nested as deep as the size allows. */
    static String nestedJson(int size) {
        int depth = Math.max(1, (size - 100) / 8);
        return "{\"title\": \"Deep\", \"maintext\": \"Text.\", \"extra\": " + "{\"a\": [".repeat(depth) + "1"
                + "]}".repeat(depth) + "}";
    }

    private static String repeat(String unit, int size) {
        return unit.repeat(Math.max(1, size / unit.length()));
    }

    private static String fill(int size, IntFunction<String> unit) {
        StringBuilder out = new StringBuilder(size + 256);
        for (int i = 0; out.length() < size; i++) {
            out.append(unit.apply(i));
        }
        return out.toString();
    }
}
