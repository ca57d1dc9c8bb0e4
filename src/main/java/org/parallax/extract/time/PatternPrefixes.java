package org.parallax.extract.time;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The first few chars every match of a regular expression begins with, read from its source: a set of prefixes, each
 * a run of {@link CharSet}s, one of which the text of any match starts with. Look-arounds, anchors and back-references
 * are read as matching anything (so the prefixes may admit more than the pattern does, never less); what the reader
 * does not know (nested or intersected classes, flags other than {@code i}) fails with
 * {@link IllegalArgumentException}, and {@link MatchStarts} then tries the pattern everywhere.
 *
 * <p>Also read: the char class of a negative look-behind that opens the whole pattern ({@code (?<![\w'’-])}), which the
 * char before any match start is not in.
 */
final class PatternPrefixes {

    /** A run of sets the match's first chars are in; {@code open}: the match may go on after it (else it is all). */
    record Prefix(List<CharSet> sets, boolean open) {

        Prefix {
            sets = List.copyOf(sets);
        }

        static final Prefix EMPTY = new Prefix(List.of(), false);
        static final Prefix UNKNOWN = new Prefix(List.of(), true);

        Prefix opened() {
            return open ? this : new Prefix(sets, true);
        }
    }

    /** More prefixes than this and the reading gives up (the pattern is then tried everywhere). */
    private static final int MAX_PREFIXES = 5000;

    private final String src;
    private final int depth;
    private int pos;
    private CharSet leadingNotBehind;
    /** Whether the class read last holds exactly what the pattern's does (see {@link #singleClassLookBehind}). */
    private boolean exact;

    private PatternPrefixes(String src, int depth) {
        this.src = src;
        this.depth = depth;
    }

    /** What {@link #read} found: the prefixes (of at most {@code depth} sets) and the leading look-behind's class or null. */
    record Reading(Set<Prefix> prefixes, CharSet notBefore) {
    }

    /** The prefixes of {@code regex} (compiled without flags), each at most {@code depth} sets long. */
    static Reading read(String regex, int depth) {
        PatternPrefixes p = new PatternPrefixes(regex, depth);
        boolean caseless = regex.startsWith("(?i)");
        p.pos = caseless ? 4 : 0;
        boolean topLevelBranches = false;
        Set<Prefix> out = p.branch(caseless, true);
        while (p.pos < regex.length() && regex.charAt(p.pos) == '|') {
            p.pos++;
            topLevelBranches = true;
            out = p.union(out, p.branch(caseless, false));
        }
        if (p.pos != regex.length()) {
            throw new IllegalArgumentException("unbalanced ) at " + p.pos + " in " + regex);
        }
        return new Reading(out, topLevelBranches ? null : p.leadingNotBehind);
    }

    private Set<Prefix> union(Set<Prefix> a, Set<Prefix> b) {
        Set<Prefix> out = new LinkedHashSet<>(a);
        out.addAll(b);
        return limited(out);
    }

    private Set<Prefix> limited(Set<Prefix> s) {
        if (s.size() > MAX_PREFIXES) {
            throw new IllegalArgumentException("too many prefixes in " + src);
        }
        return s;
    }

    /** An alternation up to the {@code )} that closes its group (not consumed). */
    private Set<Prefix> alternation(boolean caseless) {
        Set<Prefix> out = branch(caseless, false);
        while (pos < src.length() && src.charAt(pos) == '|') {
            pos++;
            out = union(out, branch(caseless, false));
        }
        return out;
    }

    /** One branch: its items in turn, up to {@code |} or {@code )}. */
    private Set<Prefix> branch(boolean caseless, boolean topFirst) {
        Set<Prefix> out = Set.of(Prefix.EMPTY);
        boolean first = topFirst;
        while (pos < src.length() && src.charAt(pos) != '|' && src.charAt(pos) != ')') {
            if (first && src.startsWith("(?<!", pos)) {
                leadingNotBehind = singleClassLookBehind(caseless);
            }
            first = false;
            out = concat(out, quantified(atom(caseless)));
        }
        return out;
    }

    /**
     * The class of a leading {@code (?<![...])} whose body is one class read exactly (no negation, no case folding, no
     * {@code \p}, ASCII ranges), else null: a char before a start is skipped only when the pattern surely refuses it.
     * {@link #pos} is not moved.
     */
    private CharSet singleClassLookBehind(boolean caseless) {
        int at = pos;
        pos += 4;
        try {
            if (caseless || pos >= src.length() || src.charAt(pos) != '[') {
                return null;
            }
            exact = true;
            CharSet set = charClass(false);
            return exact && pos < src.length() && src.charAt(pos) == ')' ? set : null;
        } finally {
            pos = at;
        }
    }

    private Set<Prefix> concat(Set<Prefix> a, Set<Prefix> b) {
        Set<Prefix> out = new LinkedHashSet<>();
        for (Prefix x : a) {
            if (x.open() || x.sets().size() >= depth) {
                out.add(x.opened());
                continue;
            }
            for (Prefix y : b) {
                List<CharSet> sets = new ArrayList<>(x.sets());
                sets.addAll(y.sets());
                boolean cut = sets.size() > depth;
                out.add(new Prefix(cut ? sets.subList(0, depth) : sets, y.open() || cut));
            }
        }
        return limited(out);
    }

    /** The atom's prefixes under the quantifier after it, if any. */
    private Set<Prefix> quantified(Set<Prefix> atom) {
        if (pos >= src.length()) {
            return atom;
        }
        char q = src.charAt(pos);
        boolean optional;
        if (q == '?' || q == '*' || q == '+') {
            pos++;
            optional = q != '+';
        } else if (q == '{') {
            int close = src.indexOf('}', pos);
            String min = src.substring(pos + 1, close).split(",", -1)[0].strip();
            optional = Integer.parseInt(min) == 0;
            pos = close + 1;
        } else {
            return atom;
        }
        if (pos < src.length() && (src.charAt(pos) == '?' || src.charAt(pos) == '+')) {
            pos++; // lazy or possessive: the same strings
        }
        boolean repeats = q != '?';
        Set<Prefix> once = atom;
        if (repeats) { // X then maybe more of X: X's prefixes, then anything that begins as X does
            Set<Prefix> more = new LinkedHashSet<>(Set.of(Prefix.EMPTY));
            atom.forEach(p -> more.add(p.opened()));
            once = concat(atom, more);
        }
        if (!optional) {
            return once;
        }
        Set<Prefix> out = new LinkedHashSet<>(once);
        out.add(Prefix.EMPTY);
        return out;
    }

    private Set<Prefix> atom(boolean caseless) {
        char c = src.charAt(pos);
        switch (c) {
            case '(' -> {
                return group(caseless);
            }
            case '[' -> {
                return one(charClass(caseless));
            }
            case '.' -> {
                pos++;
                return one(CharSet.ANY);
            }
            case '^', '$' -> {
                pos++;
                return Set.of(Prefix.EMPTY);
            }
            case '\\' -> {
                return escape(caseless);
            }
            default -> {
                pos++;
                return one(literal(c, caseless));
            }
        }
    }

    private static Set<Prefix> one(CharSet set) {
        return Set.of(new Prefix(List.of(set), false));
    }

    private static CharSet literal(char c, boolean caseless) {
        CharSet set = CharSet.NONE.with(c);
        return caseless ? set.caseless() : set;
    }

    private Set<Prefix> group(boolean caseless) {
        boolean zeroWidth = false;
        boolean inner = caseless;
        if (src.startsWith("(?:", pos)) {
            pos += 3;
        } else if (src.startsWith("(?<=", pos) || src.startsWith("(?<!", pos)) {
            pos += 4;
            zeroWidth = true;
        } else if (src.startsWith("(?=", pos) || src.startsWith("(?!", pos)) {
            pos += 3;
            zeroWidth = true;
        } else if (src.startsWith("(?<", pos)) {
            pos = src.indexOf('>', pos) + 1; // a named group
        } else if (src.startsWith("(?i:", pos)) {
            pos += 4;
            inner = true;
        } else if (src.startsWith("(?", pos)) {
            throw new IllegalArgumentException("unknown group at " + pos + " in " + src);
        } else {
            pos++;
        }
        Set<Prefix> body = alternation(inner);
        if (pos >= src.length() || src.charAt(pos) != ')') {
            throw new IllegalArgumentException("unclosed group in " + src);
        }
        pos++;
        return zeroWidth ? Set.of(Prefix.EMPTY) : body; // a look-around reads, consumes nothing: read as true
    }

    private Set<Prefix> escape(boolean caseless) {
        char e = src.charAt(pos + 1);
        if (e == 'Q') {
            int end = src.indexOf("\\E", pos + 2);
            String quoted = src.substring(pos + 2, end < 0 ? src.length() : end);
            pos = end < 0 ? src.length() : end + 2;
            if (pos < src.length() && "?*+{".indexOf(src.charAt(pos)) >= 0) {
                // a quantifier takes the quoted text's last char alone, not the whole text
                throw new IllegalArgumentException("a quantified \\Q..\\E in " + src);
            }
            Set<Prefix> out = Set.of(Prefix.EMPTY);
            for (char q : quoted.toCharArray()) {
                out = concat(out, one(literal(q, caseless)));
            }
            return out;
        }
        if (e == 'k') {
            pos = src.indexOf('>', pos) + 1;
            return Set.of(Prefix.UNKNOWN); // a back-reference: what its group took
        }
        pos += 2;
        return switch (e) {
            case 'b', 'B', 'A', 'z', 'Z', 'G' -> Set.of(Prefix.EMPTY);
            default -> one(escapedSet(e, caseless));
        };
    }

    /** The set of an escape ({@code \s}, {@code \d}, {@code \.}) after its letter; {@link #pos} past it. */
    private CharSet escapedSet(char e, boolean caseless) {
        return switch (e) {
            case 's' -> CharSet.SPACE;
            case 'd' -> CharSet.DIGIT;
            case 'w' -> CharSet.WORD;
            case 'S' -> CharSet.SPACE.negated();
            case 'D' -> CharSet.DIGIT.negated();
            case 'W' -> CharSet.WORD.negated();
            case 't' -> CharSet.NONE.with('\t');
            case 'n' -> CharSet.NONE.with('\n');
            case 'r' -> CharSet.NONE.with('\r');
            case 'f' -> CharSet.NONE.with('\f');
            case 'p', 'P' -> {
                if (pos < src.length() && src.charAt(pos) == '{') {
                    pos = src.indexOf('}', pos) + 1;
                } else {
                    pos++; // the one-letter form: \pL
                }
                yield CharSet.ANY;
            }
            default -> {
                if (Character.isLetterOrDigit(e)) {
                    throw new IllegalArgumentException("unknown escape \\" + e + " in " + src);
                }
                yield literal(e, caseless);
            }
        };
    }

    /** A class {@code [...]} of chars, ranges and escapes, maybe negated; {@link #pos} past its {@code ]}. */
    private CharSet charClass(boolean caseless) {
        pos++;
        boolean negated = pos < src.length() && src.charAt(pos) == '^';
        if (negated) {
            pos++;
        }
        exact &= !negated && !caseless;
        CharSet set = CharSet.NONE;
        while (pos < src.length() && src.charAt(pos) != ']') {
            char c = src.charAt(pos);
            if (c == '[' || src.startsWith("&&", pos)) {
                throw new IllegalArgumentException("nested class in " + src);
            }
            CharSet item;
            char single;
            if (c == '\\') {
                char e = src.charAt(pos + 1);
                pos += 2;
                item = escapedSet(e, false);
                single = Character.isLetterOrDigit(e) ? 0 : e;
                exact &= e == 's' || e == 'd' || e == 'w' || !Character.isLetterOrDigit(e);
            } else {
                pos++;
                item = CharSet.NONE.with(c);
                single = c;
            }
            if (single != 0 && pos + 1 < src.length() && src.charAt(pos) == '-' && src.charAt(pos + 1) != ']') {
                pos++;
                char to = src.charAt(pos) == '\\' ? src.charAt(++pos) : src.charAt(pos);
                if (src.charAt(pos - 1) == '\\' && Character.isLetterOrDigit(to)) {
                    throw new IllegalArgumentException("a range ending in an escape in " + src); // [a-\u00ff]
                }
                pos++;
                item = CharSet.NONE.withRange(single, to);
                exact &= to < 128;
            }
            set = set.union(item);
        }
        pos++; // ]
        CharSet out = negated ? set.negated() : set;
        return caseless ? out.caseless() : out; // folded after negation: more than Java's, never less
    }
}
