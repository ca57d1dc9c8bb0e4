package org.parallax.extract.quote;

/**
 * The quotation marks Parallax knows and, from the characters around one, whether it may open or close
 * a quote. Which closing mark fits which opening mark: “…”, "…", „…“ (also „…”), ”…”, «…», »…«, ‹…›, ›…‹,
 * ‘…’, '…', ‚…‘ (also ‚…’).
 */
final class QuoteMarks {

    private static final String MARKS = "\"“”„«»‹›‘’‚'";

    private QuoteMarks() {
    }

    static boolean isMark(char c) {
        // every mark but these four lies at or above U+2018: most chars are let go without a look-up
        return (c == '"' || c == '\'' || c == '«' || c == '»' || c >= '‘') && MARKS.indexOf(c) >= 0;
    }

    /** Marks that double as apostrophes: between two letters they are never quotation marks. */
    static boolean isApostropheLike(char c) {
        return c == '’' || c == '\'' || c == '‘';
    }

    static boolean isDoubleCloser(char c) {
        return c == '”' || c == '“' || c == '"' || c == '»' || c == '«';
    }

    /** The double marks of English text, which real pages mix up: straight, curly either way, low-high. */
    static boolean isEnglishDouble(char c) {
        return c == '"' || c == '“' || c == '”' || c == '„';
    }

    /**
     * Whether a double mark that is not {@code open}'s own closer still closes it by where it stands (“...", "...“):
     * after a word or punctuation and before a space, punctuation or the end.
     */
    static boolean closesByPosition(char open, char close, char prev, char next) {
        return isEnglishDouble(open) && isEnglishDouble(close) && close != '„' && !Character.isWhitespace(prev)
                && !Character.isLetterOrDigit(next);
    }

    /** Whether {@code close} ends a quote opened by {@code open}. */
    static boolean closes(char open, char close) {
        return switch (open) {
            case '“' -> close == '”';
            case '"' -> close == '"';
            case '„' -> close == '“' || close == '”';
            case '”' -> close == '”';
            case '«' -> close == '»';
            case '»' -> close == '«';
            case '‹' -> close == '›';
            case '›' -> close == '‹';
            case '‘' -> close == '’';
            case '\'' -> close == '\'';
            case '‚' -> close == '‘' || close == '’';
            default -> false;
        };
    }

    static boolean mayOpen(char c, char prev, char next) {
        boolean before = Character.isWhitespace(prev) || isOpenerContext(prev);
        return switch (c) {
            case '“' -> !Character.isWhitespace(next) || before && next == '\u00A0';
            case '„', '‚' -> !Character.isWhitespace(next);
            case '«', '‹' -> true;
            case '"' -> before && !Character.isWhitespace(next);
            case '‘', '\'' -> before && (Character.isLetter(next) || next == '…' || next == '[' || isMark(next));
            case '”' -> before && Character.isLetter(next);
            case '»', '›' -> before && !Character.isWhitespace(next);
            default -> false;
        };
    }

    static boolean mayClose(char c, char prev, char next) {
        return switch (c) {
            case '”', '“', '»', '«', '›', '‹' -> true;
            case '"' -> !Character.isWhitespace(prev) || Character.isWhitespace(next) || !Character.isLetterOrDigit(next);
            case '’', '\'', '‘' -> !Character.isWhitespace(prev) && !Character.isLetterOrDigit(next);
            default -> false;
        };
    }

    private static boolean isOpenerContext(char prev) {
        return "([{—–-/:".indexOf(prev) >= 0 || "“„«‹‘‚\"".indexOf(prev) >= 0;
    }
}
