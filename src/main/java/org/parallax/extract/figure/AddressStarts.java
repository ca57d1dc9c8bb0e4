package org.parallax.extract.figure;

import java.util.Arrays;
import java.util.List;

/**
 * Where in a text an address ({@link FigureTokens}' address pattern) may start: found by a scan of the text for each
 * part (and for the dot before an ending), and a walk back from each part found.
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
     * The parts grouped by their first char: a group of one is found by its own text, a larger group ("." and its
     * endings) at each of its char, with the second char tested before the parts.
     */
    private static final List<List<String>> GROUPS = PARTS.stream()
            .collect(java.util.stream.Collectors.groupingBy(p -> p.charAt(0), java.util.LinkedHashMap::new,
                    java.util.stream.Collectors.toList()))
            .values().stream().map(List::copyOf).toList();

    /** Where each part found starts, in text order. */
    private int[] partAt = new int[4];
    /** For each part found: the first place after the part before it from which it is reached over address chars. */
    private int[] runStart;
    private int count;
    /** The first part not before the last position asked about. */
    private int next;

    private AddressStarts() {
    }

    /** The places an address may start in {@code text}, or null if it holds none of the parts. */
    static AddressStarts of(String text) {
        AddressStarts found = new AddressStarts();
        for (List<String> group : GROUPS) {
            if (group.size() == 1) {
                String part = group.get(0);
                for (int q = text.indexOf(part); q >= 0; q = text.indexOf(part, q + 1)) {
                    found.add(q);
                }
            } else {
                char first = group.get(0).charAt(0);
                for (int q = text.indexOf(first); q >= 0; q = text.indexOf(first, q + 1)) {
                    if (partAt(text, q, group)) {
                        found.add(q);
                    }
                }
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
     * Puts the parts in text order (groups start with different chars, so no two parts found share a place) and
     * finds from where each is reached over address chars alone, each char read once: the walk back stops at the part
     * before, since a position at or before that part is asked about that part.
     */
    private void findRuns(String text) {
        Arrays.sort(partAt, 0, count);
        runStart = new int[count];
        int previous = -1;
        for (int k = 0; k < count; k++) {
            int p = partAt[k];
            while (p > previous + 1 && addressChar(text.charAt(p - 1))) {
                p--;
            }
            runStart[k] = p;
            previous = partAt[k];
        }
    }

    private static boolean partAt(String text, int at, List<String> parts) {
        char second = at + 1 < text.length() ? text.charAt(at + 1) : 0;
        for (String part : parts) {
            if ((part.length() == 1 || part.charAt(1) == second) && text.startsWith(part, at)) {
                return true;
            }
        }
        return false;
    }

    /** What the address pattern lets stand before its part: {@code [\w.+-]} ({@code \w} is ASCII there). */
    private static boolean addressChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.'
                || c == '+' || c == '-';
    }
}
