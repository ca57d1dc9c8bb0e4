package org.parallax.load;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Turns lines into paragraphs. Blank lines always separate paragraphs. Inside a block of non-blank lines a line
 * that ends mid-sentence is joined with the next one; a line that ends a sentence (or a lead-in colon) ends its
 * paragraph, unless the text as a whole uses blank lines for paragraphs, in which case a block is one paragraph
 * that happens to be wrapped where a sentence ended. List items and capitalised headings stand on their own.
 */
final class HardWrapJoiner {

    /**
     * @param lines      normalised lines, blank ones as empty text
     * @param standalone lines (by {@link Located#line}) that form a paragraph of their own, such as the headline
     * @return the paragraphs, each located at its first line, with single spaces inside
     */
    List<Located> join(List<Located> lines, IntPredicate standalone) {
        boolean blocksAreParagraphs = blocksAreParagraphs(lines, standalone);
        List<Located> paragraphs = new ArrayList<>();
        Paragraph current = null;
        for (Located line : lines) {
            if (line.isBlank() || standalone.test(line.line())) {
                flush(current, paragraphs);
                current = null;
                if (!line.isBlank()) {
                    paragraphs.add(line);
                }
            } else if (current != null && current.continuesWith(line.text(), blocksAreParagraphs)) {
                current.append(line.text());
            } else {
                flush(current, paragraphs);
                current = new Paragraph(line);
            }
        }
        flush(current, paragraphs);
        return paragraphs;
    }

    private static void flush(Paragraph paragraph, List<Located> paragraphs) {
        if (paragraph != null) {
            paragraphs.add(paragraph.toLocated());
        }
    }

    /**
     * Whether blank lines are this text's paragraph breaks: more of its sentence-ending line ends fall at the
     * end of a block than inside one. Text with one paragraph per line (and a stray blank line) fails this.
     */
    static boolean blocksAreParagraphs(List<Located> lines, IntPredicate standalone) {
        int blocks = 0;
        int endingAtBlockEnd = 0;
        int endingInside = 0;
        String previous = null;
        for (Located line : lines) {
            boolean separator = line.isBlank() || standalone.test(line.line());
            if (previous != null && separator) {
                blocks++;
                endingAtBlockEnd += LineShape.endsSentence(previous) ? 1 : 0;
            } else if (previous != null && LineShape.endsSentence(previous) && !LineShape.startsLowercase(line.text())) {
                endingInside++;
            }
            previous = separator ? null : line.text();
        }
        if (previous != null) {
            blocks++;
            endingAtBlockEnd += LineShape.endsSentence(previous) ? 1 : 0;
        }
        return blocks >= 2 && endingAtBlockEnd > endingInside;
    }

    /** A paragraph being built from lines. */
    private static final class Paragraph {
        private final int firstLine;
        private final StringBuilder text;
        private final boolean listItem;
        private final boolean heading;
        private String lastLine;

        Paragraph(Located first) {
            this.firstLine = first.line();
            this.text = new StringBuilder(first.text());
            this.listItem = LineShape.isBullet(first.text());
            this.heading = !listItem && LineShape.isAllCapsHeading(first.text());
            this.lastLine = first.text();
        }

        boolean continuesWith(String line, boolean blocksAreParagraphs) {
            if (heading || LineShape.isUnambiguousBullet(line)) {
                return false;
            }
            if (listItem) {
                // "- Syria" then "- Iraq": items often lack final punctuation, so only a lower-case line or one
                // after an item that plainly goes on ("- support for") continues one.
                return !LineShape.isAmbiguousBullet(line)
                        && (LineShape.startsLowercase(line) || LineShape.obviouslyContinues(lastLine));
            }
            // No sentence starts in lower case: after "U.S." or a wrapped quote the text goes on.
            return blocksAreParagraphs || LineShape.startsLowercase(line) || !LineShape.endsParagraph(lastLine);
        }

        void append(String line) {
            if (!endsWithWordBreakHyphen(lastLine) || !LineShape.startsLowercase(line)) {
                text.append(' ');
            }
            text.append(line);
            lastLine = line;
        }

        /** "so-" + "called": the hyphen belongs to the word, so no space is put after it. */
        private static boolean endsWithWordBreakHyphen(String line) {
            int n = line.length();
            return n >= 2 && "-\u2010\u00AD".indexOf(line.charAt(n - 1)) >= 0 && Character.isLetter(line.charAt(n - 2));
        }

        Located toLocated() {
            return new Located(firstLine, text.toString());
        }
    }
}
