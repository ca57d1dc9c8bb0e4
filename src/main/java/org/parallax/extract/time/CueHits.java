package org.parallax.extract.time;

import java.util.List;
import java.util.Locale;
import org.parallax.text.PatternSpace;

/**
 * The rules one sentence may match, by the cue words, shapes and digits it holds ({@link RuleCues}), all found in one
 * pass ({@link Substrings}) however many rules share them (the month names are the cues of six rules, the units of
 * three): rule {@code i} of {@link Rules#all()} is bit {@code i}.
 *
 * @param rules the rules whose cue (if any), shape (if any) and digit (if needed) the sentence holds
 */
record CueHits(long rules) {

    /** A sentence as the search reads it and the rules it may match, read in one pass ({@link Reader#read(String, char[])}). */
    record SentenceCues(MatchStarts.Text text, CueHits hits) {
    }

    /**
     * The tables that tell a sentence's rules from its cues: each state of the cue and shape automata carries the bits
     * of the rules whose cue or shape ends there, so a pass ORs one {@code long} per char and per automaton, where it
     * marked each cue held and every rule then looked its cues up.
     */
    static final class Reader {

        private final Substrings cueIndex;
        private final Substrings shapeIndex;
        private final long[] cueBits;
        private final long[] shapeBits;
        /** The rules with no cue (or with the empty one), which every sentence holds. */
        private final long cueFree;
        private final long shapeFree;
        /** The first char past ASCII that {@link Character#isDigit(char)} holds a digit (ARABIC-INDIC DIGIT ZERO). */
        static final char FIRST_DIGIT_PAST_ASCII = '\u0660';
        /** The rules every match of which holds a digit. */
        private final long needDigit;
        /** The cue automaton reading each char in lower case. */
        private final Substrings.Folded lowerCues;
        /** The shape automaton reading each char as {@link #shapeChar} folds it, a run of white space as one space. */
        private final Substrings.Folded foldedShapes;

        /** The reader of {@code rules}' cues and shapes, numbered in {@code cueIndex} and {@code shapeIndex}. */
        Reader(List<Rules.Rule> rules, Substrings cueIndex, Substrings shapeIndex, int cues, int shapes) {
            if (rules.size() > Long.SIZE) {
                throw new IllegalArgumentException("the rules of a sentence are the bits of a long: at most 64 rules, not "
                        + rules.size());
            }
            this.cueIndex = cueIndex;
            this.shapeIndex = shapeIndex;
            this.cueBits = new long[cues];
            this.shapeBits = new long[shapes];
            long noCue = 0;
            long noShape = 0;
            long digit = 0;
            for (int i = 0; i < rules.size(); i++) {
                Rules.Rule rule = rules.get(i);
                long bit = 1L << i;
                for (int id : rule.cueIds()) {
                    cueBits[id] |= bit;
                }
                for (int id : rule.shapeIds()) {
                    shapeBits[id] |= bit;
                }
                noCue |= rule.cueIds().length == 0 ? bit : 0;
                noShape |= rule.shapeIds().length == 0 ? bit : 0;
                digit |= rule.needsDigit() ? bit : 0;
            }
            long[] cueBitsByState = cueIndex.bitsByState(cueBits);
            long[] shapeBitsByState = shapeIndex.bitsByState(shapeBits);
            this.cueFree = noCue | cueIndex.bitsOfEmpty(cueBits);
            this.shapeFree = noShape | shapeIndex.bitsOfEmpty(shapeBits);
            this.needDigit = digit;
            this.lowerCues = cueIndex.folded(c -> Character.toLowerCase((char) c), cueBitsByState);
            this.foldedShapes = shapeIndex.foldedRuns(c -> shapeChar(Character.toLowerCase((char) c)), shapeBitsByState,
                    ' ');
        }

        /** A lower-case char as a {@link RuleCues#shape} writes it: white space as a space, an ASCII digit as 0. */
        private static char shapeChar(char lower) {
            return PatternSpace.is(lower) ? ' ' : lower >= '0' && lower <= '9' ? '0' : lower;
        }

        /**
         * The sentence {@code s}, whose chars {@code chars} holds, as the search reads it ({@link MatchStarts.Text}) and
         * its rules, both from one pass over its chars: each char lower-cased for the cues and folded (a digit as 0, a
         * run of white space as one space) for the shapes as it is read, both looked up in a table by the char
         * ({@link Substrings#folded}). Lower-casing char by char is what {@link String#toLowerCase(Locale)} does except
         * for a surrogate, "İ" (two chars in lower case) and "Σ" (its lower case depends on the letters around it): a
         * sentence holding one is read the long way ({@link #of}). A digit past ASCII is looked for only in a sentence
         * with a char from the first of them on. Whether a char is a surrogate is told from the chars ORed, which the
         * pass reads anyway, rather than by reading them all once more.
         */
        SentenceCues read(String s, char[] chars) {
            // the automata's arrays in locals: C1 reads a field again at every turn of the loop
            char[] cueColumn = lowerCues.column();
            int[] cueRows = lowerCues.rows();
            int cueColumns = lowerCues.columns();
            long[] cueBitsOf = lowerCues.bits();
            char[] shapeColumn = foldedShapes.column();
            int[] shapeRows = foldedShapes.rows();
            int shapeColumns = foldedShapes.columns();
            long[] shapeBitsOf = foldedShapes.bits();
            long cues = 0;
            long shapes = 0;
            int cueRow = 0; // the row of the state the automaton is in (state 0 at first)
            int shapeRow = 0;
            int anyBits = 0; // every char ORed: below U+0130 it holds neither "İ" nor "Σ", below U+0660 no digit past 9
            boolean asciiDigit = false;
            for (int k = 0; k < chars.length; k++) {
                char c = chars[k];
                anyBits |= c;
                asciiDigit |= (char) (c - '0') <= 9;
                cueRow = cueRows[cueRow + cueColumn[c]];
                if (cueRow < 0) { // a state some cue ends in (few chars reach one)
                    cueRow = ~cueRow;
                    cues |= cueBitsOf[cueRow / cueColumns];
                }
                // a run of white space read as one space by the automaton itself (Substrings.foldedRuns)
                shapeRow = shapeRows[shapeRow + shapeColumn[c]];
                if (shapeRow < 0) {
                    shapeRow = ~shapeRow;
                    shapes |= shapeBitsOf[shapeRow / shapeColumns];
                }
            }
            MatchStarts.Text text = new MatchStarts.Text(s, chars, MatchStarts.Text.plain(chars, anyBits));
            if (!text.plain() || anyBits >= '\u0130' && !caseByChar(chars)) {
                return new SentenceCues(text, readLowerCase(text));
            }
            boolean digits = asciiDigit || anyBits >= FIRST_DIGIT_PAST_ASCII && anyDigit(chars);
            return new SentenceCues(text, hits(digits, cues, shapes));
        }

        /** {@link #read} the long way: the sentence's lower case and its shape made as strings. */
        private CueHits readLowerCase(MatchStarts.Text text) {
            String lower = text.string().toLowerCase(Locale.ROOT);
            return of(lower, RuleCues.shape(lower), anyDigit(text.chars()));
        }

        /**
         * The rules of a sentence by the look-ups of its lower case and its {@link RuleCues#shape}, each held cue's rules
         * ORed (the way every sentence was read before the one pass, and the long way).
         */
        CueHits of(String lowerSentence, String shape, boolean digits) {
            return hits(digits, bitsOf(cueIndex.held(lowerSentence), cueBits), bitsOf(shapeIndex.held(shape), shapeBits));
        }

        private CueHits hits(boolean digits, long cues, long shapes) {
            return new CueHits((cues | cueFree) & (shapes | shapeFree) & (digits ? -1L : ~needDigit));
        }

        private static long bitsOf(boolean[] held, long[] bits) {
            long out = 0;
            for (int i = 0; i < held.length; i++) {
                out |= held[i] ? bits[i] : 0;
            }
            return out;
        }

        private static boolean anyDigit(char[] chars) {
            for (char c : chars) {
                if (Character.isDigit(c)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether lower-casing {@code chars} one by one gives what lower-casing their string does (no "İ" nor "Σ"). */
        private static boolean caseByChar(char[] chars) {
            for (char c : chars) {
                if (c == '\u0130' || c == '\u03A3') {
                    return false;
                }
            }
            return true;
        }
    }
}
