package org.parallax.extract.figure;

import java.util.Arrays;
import java.util.List;

/**
 * Where in a text an address ({@link FigureTokens}' address pattern) may start: found by one scan of the text's chars
 * for the parts, and a walk back from each part found.
 *
 * <p>Every address holds one of {@link #PARTS} ("://", "www.", "@", a dot before one of the usual endings), and every
 * char of it before that part is an ASCII letter or digit or one of {@code _ . + -} ("http", a local part, the labels
 * of a domain): that is all the pattern lets stand there. So the pattern can match at a position only if the first part
 * at or after it is reached over such chars alone. The tokenizer tried the pattern at every token of a text holding any
 * part anywhere (a matcher reset and two of its branches run over the word each time); now only at those positions.
 */
final class AddressStarts {

    /** What every address holds; a text without any holds no address. */
    static final List<String> PARTS = List.of("://", "www.", "@", ".co", ".org", ".net", ".gov", ".edu", ".info", ".uk",
            ".au", ".ru", ".de", ".fr", ".io", ".news");
    /**
     * For each ASCII char, the parts that start with it (null for none): every char of a text is looked up once, where
     * a scan of the whole text per part (four of them, the dot's a hit at every full stop) read it four times.
     */
    private static final char[][][] BY_FIRST = new char[128][][];

    static {
        for (String part : PARTS) {
            char[][] known = BY_FIRST[part.charAt(0)];
            char[][] more = known == null ? new char[1][] : Arrays.copyOf(known, known.length + 1);
            more[more.length - 1] = part.toCharArray();
            BY_FIRST[part.charAt(0)] = more;
        }
    }

    /** Where each part found starts, in text order. */
    private int[] partAt = new int[4];
    /** For each part found: the first place after the part before it from which it is reached over address chars. */
    private int[] runStart;
    private int count;
    /** The first part not before the last position asked about. */
    private int next;

    private AddressStarts() {
    }

    /** The places an address may start in a text, its chars {@code text}, or null if it holds none of the parts. */
    static AddressStarts of(char[] text) {
        AddressStarts found = new AddressStarts();
        for (int q = 0; q < text.length; q++) {
            char c = text[q];
            char[][] parts = c < BY_FIRST.length ? BY_FIRST[c] : null;
            if (parts != null && partAt(text, q, parts)) {
                found.add(q);
            }
        }
        if (found.count == 0) {
            return null;
        }
        found.findRuns(text);
        return found;
    }

    /**
     * Whether an address may start at {@code at}: the first part at or after it is reached over address chars alone.
     * Positions are asked in increasing order.
     */
    boolean mayStartAt(int at) {
        while (next < count && partAt[next] < at) {
            next++;
        }
        return next < count && runStart[next] <= at;
    }

    private void add(int at) {
        if (count == partAt.length) {
            partAt = Arrays.copyOf(partAt, count * 2);
        }
        partAt[count++] = at;
    }

    /**
     * Finds from where each part (found in text order, one at a place) is reached over address chars alone, each char
     * read once: the walk back stops at the part before, since a position at or before that part is asked about that
     * part.
     */
    private void findRuns(char[] text) {
        runStart = new int[count];
        int previous = -1;
        for (int k = 0; k < count; k++) {
            int p = partAt[k];
            while (p > previous + 1 && addressChar(text[p - 1])) {
                p--;
            }
            runStart[k] = p;
            previous = partAt[k];
        }
    }

    /** Whether one of {@code parts} stands at {@code at}. */
    private static boolean partAt(char[] text, int at, char[][] parts) {
        for (char[] part : parts) {
            if (at + part.length <= text.length && startsWith(text, at, part)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(char[] text, int at, char[] part) {
        for (int i = 1; i < part.length; i++) { // the first char is the one looked up
            if (text[at + i] != part[i]) {
                return false;
            }
        }
        return true;
    }

    /** What the address pattern lets stand before its part: {@code [\w.+-]} ({@code \w} is ASCII there). */
    private static boolean addressChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.'
                || c == '+' || c == '-';
    }
}
