package org.parallax.extract.quote;

import java.util.List;

/**
 * The words between one pair of quotation marks. A quote over several paragraphs is one run of several
 * {@link Piece}s, one per paragraph, so that no piece contains a paragraph break or a quotation mark that is
 * not part of the quoted words.
 *
 * @param pieces the quoted words paragraph by paragraph, in order, never empty
 * @param closed whether a closing mark ends the run (an unclosed run ends at its paragraph)
 */
record QuotedRun(List<Piece> pieces, boolean closed) {

    QuotedRun {
        pieces = List.copyOf(pieces);
        if (pieces.isEmpty()) {
            throw new IllegalArgumentException("a run needs a piece");
        }
    }

    Piece first() {
        return pieces.get(0);
    }

    Piece last() {
        return pieces.get(pieces.size() - 1);
    }

    /**
     * One paragraph's share of a run.
     *
     * @param open      index of the opening mark, -1 when the piece continues a run without one
     * @param rawStart  first character after the opening mark (or the paragraph start)
     * @param rawEnd    the closing mark's index, or the paragraph end when the run goes on or is unclosed
     * @param close     index of the closing mark, -1 when there is none in this paragraph
     * @param start     the quoted words, trimmed of spaces and of a trailing comma, colon or semicolon
     * @param end       end of the trimmed words (exclusive)
     */
    record Piece(int open, int rawStart, int rawEnd, int close, int start, int end) {
    }
}
