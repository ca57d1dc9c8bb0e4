package org.parallax.extract.quote;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Finds the top-level quoted runs of an article: straight "…", curly “…” and ‘…’, guillemets «…» and »…«,
 * low-high „…“ and ‚…‘. Quotation marks nested inside a run are part of its words. An apostrophe (a mark
 * between two letters, as in "Russia’s", "we’re") is never a quotation mark.
 *
 * <p>Paragraphs: a run whose paragraph ends before its closing mark continues into the next paragraph only
 * (a) when that paragraph opens with a quotation mark (the English convention for a quote over several
 * paragraphs), or (b) when one of the next {@value #MAX_OPEN_PARAGRAPHS} paragraphs holds a closing mark that
 * closes nothing and the paragraphs between hold no quotation mark at all. Otherwise it ends with its
 * paragraph, so an unclosed mark never swallows the rest of an article.
 */
final class MarkScanner {

    static final int MAX_OPEN_PARAGRAPHS = 3;
    /** The longest stretch an unclosed quote may run over paragraphs without marks to a closing mark. */
    static final int MAX_OPEN_CHARS = 2000;
    /** An unclosed quote longer than this in its paragraph ends with the sentence it opened in. */
    static final int MAX_UNCLOSED_CHARS = 600;

    private MarkScanner() {
    }

    /** What one paragraph holds: its runs (the last one possibly unclosed) and its first stray closing mark. */
    private record ParagraphMarks(int start, int end, List<int[]> closedRuns, int unclosedOpen, int strayClose,
                                  int firstMark) {
    }

    static List<QuotedRun> scan(String text, List<int[]> paragraphs) {
        return scan(text, text.toCharArray(), paragraphs);
    }

    /** {@link #scan(String, List)} with the text's chars, which it reads and never changes. */
    static List<QuotedRun> scan(String text, char[] chars, List<int[]> paragraphs) {
        List<ParagraphMarks> marks = new ArrayList<>();
        for (int[] p : paragraphs) {
            marks.add(scanParagraph(text, chars, p[0], p[1]));
        }
        List<QuotedRun> runs = new ArrayList<>();
        List<QuotedRun.Piece> carry = null; // a run still open at the end of the previous paragraph
        int p = 0;
        while (p < marks.size()) {
            ParagraphMarks pm = marks.get(p);
            int skipUpTo = -1;       // runs of this paragraph that open at or before this index are taken
            int[] taken = null;      // a closed run of this paragraph that continued the carried run
            boolean unclosedTaken = false;
            if (carry != null) {
                int first = firstNonSpace(text, pm.start, pm.end);
                int[] own = runAt(pm, first);
                if (first < pm.end && first == pm.firstMark
                        && (own != null || pm.unclosedOpen == first && chainCloses(text, marks, p + 1))) {
                    // (a) the English convention: the paragraph opens with a mark and the quote goes on
                    if (own != null) {
                        addPiece(text, carry, own[0], own[0] + 1, own[1], own[1]);
                        add(runs, carry, true);
                        carry = null;
                        taken = own;
                    } else {
                        addPiece(text, carry, first, first + 1, pm.end, -1);
                        p++;
                        continue;
                    }
                } else {
                    int target = strayCloseWithin(marks, p);
                    if (target >= 0) {
                        // (b) no marks until a closing mark that closes nothing: the quote ends there
                        for (int r = p; r < target; r++) {
                            addPiece(text, carry, -1, marks.get(r).start, marks.get(r).end, -1);
                        }
                        pm = marks.get(target);
                        addPiece(text, carry, -1, pm.start, pm.strayClose, pm.strayClose);
                        add(runs, carry, true);
                        carry = null;
                        skipUpTo = pm.strayClose;
                        p = target;
                    } else {
                        bound(text, carry);
                        add(runs, carry, false);
                        carry = null;
                    }
                }
            }
            for (int[] r : pm.closedRuns) {
                if (r[0] > skipUpTo && r != taken) {
                    List<QuotedRun.Piece> single = new ArrayList<>();
                    addPiece(text, single, r[0], r[0] + 1, r[1], r[1]);
                    add(runs, single, true);
                }
            }
            if (pm.unclosedOpen > skipUpTo && !unclosedTaken) {
                carry = new ArrayList<>();
                addPiece(text, carry, pm.unclosedOpen, pm.unclosedOpen + 1, pm.end, -1);
            }
            p++;
        }
        if (carry != null) {
            bound(text, carry);
            add(runs, carry, false);
        }
        runs.sort((a, b) -> Integer.compare(a.first().rawStart(), b.first().rawStart()));
        return runs;
    }

    private static void add(List<QuotedRun> runs, List<QuotedRun.Piece> pieces, boolean closed) {
        if (!pieces.isEmpty()) {
            runs.add(new QuotedRun(pieces, closed));
        }
    }

    /**
     * An unclosed run's last piece, cut at the end of its first sentence when it runs on for more than {@value
     * #MAX_UNCLOSED_CHARS} characters (a page without paragraph breaks, a stray mark), so it never swallows the rest.
     */
    private static void bound(String text, List<QuotedRun.Piece> pieces) {
        if (pieces.isEmpty()) {
            return;
        }
        QuotedRun.Piece last = pieces.get(pieces.size() - 1);
        if (last.close() >= 0 || last.rawEnd() - last.rawStart() <= MAX_UNCLOSED_CHARS) {
            return;
        }
        int cut = -1;
        for (int i = last.rawStart() + 1; i + 1 < last.rawEnd(); i++) {
            if (".!?…".indexOf(text.charAt(i)) >= 0 && Character.isWhitespace(text.charAt(i + 1))) {
                cut = i + 1;
                break;
            }
        }
        if (cut < 0 || cut - last.rawStart() > MAX_UNCLOSED_CHARS) {
            cut = text.lastIndexOf(' ', last.rawStart() + MAX_UNCLOSED_CHARS);
            cut = cut <= last.rawStart() ? last.rawStart() + MAX_UNCLOSED_CHARS : cut;
        }
        pieces.remove(pieces.size() - 1);
        addPiece(text, pieces, last.open(), last.rawStart(), cut, -1);
    }

    private static int[] runAt(ParagraphMarks pm, int open) {
        for (int[] r : pm.closedRuns) {
            if (r[0] == open) {
                return r;
            }
        }
        return null;
    }

    /**
     * Whether a quote carried on by paragraphs that open with a mark is closed at last: the paragraphs from {@code
     * from} go on opening with a mark until one opens with a quote that closes. A chain that never closes is no quote
     * over paragraphs: each paragraph's quote ends with its paragraph.
     */
    private static boolean chainCloses(String text, List<ParagraphMarks> marks, int from) {
        for (int r = from; r < marks.size(); r++) {
            ParagraphMarks pm = marks.get(r);
            int first = firstNonSpace(text, pm.start, pm.end);
            if (first >= pm.end || first != pm.firstMark) {
                return false;
            }
            if (runAt(pm, first) != null) {
                return true;
            }
            if (pm.unclosedOpen != first) {
                return false;
            }
        }
        return false;
    }

    /**
     * The first paragraph from {@code from} on whose first mark closes nothing, if no paragraph before it has a mark
     * and the text up to it is no longer than {@value #MAX_OPEN_CHARS} characters.
     */
    private static int strayCloseWithin(List<ParagraphMarks> marks, int from) {
        int limit = from > 0 ? marks.get(from - 1).start + MAX_OPEN_CHARS : MAX_OPEN_CHARS;
        for (int r = from; r < marks.size() && r < from + MAX_OPEN_PARAGRAPHS; r++) {
            ParagraphMarks pm = marks.get(r);
            if (pm.strayClose > limit) {
                return -1;
            }
            if (pm.strayClose >= 0 && pm.strayClose == pm.firstMark) {
                return r;
            }
            if (pm.firstMark >= 0) {
                return -1;
            }
        }
        return -1;
    }

    private static void addPiece(String text, List<QuotedRun.Piece> pieces, int open, int rawStart, int rawEnd,
                                 int close) {
        int s = rawStart;
        int e = rawEnd;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || ",;:".indexOf(text.charAt(e - 1)) >= 0)) {
            e--;
        }
        if (s < e) {
            pieces.add(new QuotedRun.Piece(open, rawStart, rawEnd, close, s, e));
        }
    }

    private static int firstNonSpace(String text, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private record Open(int pos, char mark) {
    }

    /** Whether the text before {@code i} ends quoted words: a comma or a sentence's end, then a space or nothing. */
    private static boolean afterEndOfWords(String text, int start, int i) {
        int k = i - 1;
        while (k >= start && (text.charAt(k) == ' ' || text.charAt(k) == '\u00A0')) {
            k--;
        }
        return k >= start && k < i - 1 && ",.!?…".indexOf(text.charAt(k)) >= 0
                || k >= start && k == i - 1 && ",!?…".indexOf(text.charAt(k)) >= 0;
    }

    /** Reads every char of the paragraph from {@code chars}: {@code charAt} checks each index and the coder. */
    private static ParagraphMarks scanParagraph(String text, char[] chars, int start, int end) {
        List<int[]> closed = new ArrayList<>();
        Deque<Open> stack = new ArrayDeque<>();
        int stray = -1;
        int firstMark = -1;
        for (int i = start; i < end; i++) {
            char c = chars[i];
            if (!QuoteMarks.isMark(c)) {
                continue;
            }
            char prev = i > start ? chars[i - 1] : ' ';
            char next = i + 1 < end ? chars[i + 1] : ' ';
            if (QuoteMarks.isApostropheLike(c) && Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next)) {
                continue; // Russia’s, we’re, don't
            }
            Open target = null;
            if (QuoteMarks.mayClose(c, prev, next)) {
                for (Open o : stack) { // innermost first
                    if (QuoteMarks.closes(o.mark, c) || QuoteMarks.closesByPosition(o.mark, c, prev, next)) {
                        target = o;
                        break;
                    }
                }
            }
            if (target == null && QuoteMarks.isEnglishDouble(c) && afterEndOfWords(text, start, i)) {
                // "We know..., “Howell said": a mark after the quoted words' comma closes them, whatever its glyph
                for (Open o : stack) {
                    if (QuoteMarks.isEnglishDouble(o.mark)) {
                        target = o;
                        break;
                    }
                }
            }
            if (target != null) {
                while (stack.peek() != target) {
                    stack.pop();
                }
                stack.pop();
                if (stack.isEmpty()) {
                    closed.add(new int[] {target.pos, i});
                }
                continue;
            }
            if (QuoteMarks.mayOpen(c, prev, next)) {
                stack.push(new Open(i, c));
                if (firstMark < 0) {
                    firstMark = i;
                }
                continue;
            }
            if (stack.isEmpty() && QuoteMarks.isDoubleCloser(c) && QuoteMarks.mayClose(c, prev, next)) {
                if (stray < 0) {
                    stray = i;
                }
                if (firstMark < 0) {
                    firstMark = i;
                }
            }
        }
        int unclosed = stack.isEmpty() ? -1 : stack.peekLast().pos;
        return new ParagraphMarks(start, end, closed, unclosed, stray, firstMark);
    }
}
