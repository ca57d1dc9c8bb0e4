package org.parallax.compare.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parallax.model.Quote;
import org.parallax.model.Speaker;
import org.parallax.text.Accents;
import org.parallax.model.Variant;
import org.parallax.model.Verdict;

/**
 * Whom the members of one quote cluster are credited to, reconciled.
 *
 * <p>The names the members give are grouped into people: a name whose words are all in a fuller name with the same
 * last word is that person ("Capaldi", "PETER Capaldi" and "Peter Capaldi" are one; "Peter" alone is not), see
 * {@link #samePerson}. A person is named by the form most articles give, a full name always before a surname
 * alone it contains. The cluster's speaker is the person the most articles credit (ties: the earlier member's);
 * the members crediting someone else are kept, each with its own person ({@link Variant#speaker()}), and make the
 * cluster an attribution disagreement. A member whose article names nobody inherits the cluster's speaker, marked
 * as inherited.
 */
public final class Attribution {

    private final Speaker speaker;
    private final Map<String, Speaker> personOfQuote;

    private Attribution(Speaker speaker, Map<String, Speaker> personOfQuote) {
        this.speaker = speaker;
        this.personOfQuote = personOfQuote;
    }

    /** @param members the cluster's quotes, the reference first */
    static Attribution of(List<Quote> members) {
        List<Person> people = people(members);
        Map<String, Speaker> personOfQuote = new LinkedHashMap<>();
        Person best = null;
        for (Person p : people) {
            if (best == null || p.articles.size() > best.articles.size()
                    || p.articles.size() == best.articles.size() && p.first < best.first) {
                best = p;
            }
            for (String quoteId : p.quotes) {
                personOfQuote.put(quoteId, p.name());
            }
        }
        return new Attribution(best == null ? null : best.name(), personOfQuote);
    }

    /** The cluster's speaker, {@code null} when no member names anyone. */
    Speaker speaker() {
        return speaker;
    }

    /** {@code q} as a member with {@code verdict} and whom it is credited to. */
    Variant variant(Quote q, Verdict verdict) {
        Speaker own = personOfQuote.get(q.id());
        if (own != null) {
            return new Variant(q.id(), verdict, own, false);
        }
        return new Variant(q.id(), verdict, speaker, speaker != null);
    }

    /**
     * A name as speakers are compared: lower-case words without accents or punctuation ("PETER Capaldi" and
     * "Peter Capaldi" are "peter capaldi", "al-Assad" is "al assad"); {@code null} when unknown. A word is a run of
     * letters and numbers (Unicode's L and N), the words joined by one space.
     */
    public static String key(Speaker s) {
        if (s == null) {
            return null;
        }
        return words(Accents.strip(s.name()).toLowerCase(Locale.ROOT));
    }

    /**
     * The runs of letters and numbers of {@code text}, joined by one space: read char by char (splitting on a pattern
     * made a matcher and an array at every member of every cluster).
     */
    static String words(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (letterOrNumber(c)) {
                if (!inWord && out.length() > 0) {
                    out.append(' ');
                }
                out.appendCodePoint(c);
                inWord = true;
            } else {
                inWord = false;
            }
            i += Character.charCount(c);
        }
        return out.toString();
    }

    private static boolean letterOrNumber(int c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /**
     * Whether two {@linkplain #key keys} may name one person: equal, or every word of one is in the other and both
     * end in the same word (a surname alone, or a name without its middle initial).
     */
    public static boolean samePerson(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        if (a.equals(b)) {
            return true;
        }
        List<String> wa = List.of(a.split(" "));
        List<String> wb = List.of(b.split(" "));
        if (!wa.get(wa.size() - 1).equals(wb.get(wb.size() - 1))) {
            return false;
        }
        List<String> shorter = wa.size() <= wb.size() ? wa : wb;
        List<String> longer = shorter == wa ? wb : wa;
        return new HashSet<>(longer).containsAll(shorter);
    }

    /** The people the members name: fuller names first, each shorter form joining the first fuller one it fits. */
    private static List<Person> people(List<Quote> members) {
        Map<String, Form> forms = new LinkedHashMap<>();
        for (int i = 0; i < members.size(); i++) {
            Quote q = members.get(i);
            String k = key(q.speaker());
            if (k != null && !k.isEmpty()) {
                forms.computeIfAbsent(k, x -> new Form(x)).add(q, i);
            }
        }
        List<Form> fullestFirst = new ArrayList<>(forms.values());
        fullestFirst.sort(Comparator.comparingInt((Form f) -> -f.words));
        List<Person> people = new ArrayList<>();
        for (Form f : fullestFirst) {
            Person into = people.stream().filter(p -> samePerson(p.fullest.key, f.key)).findFirst().orElse(null);
            if (into == null) {
                into = new Person(f);
                people.add(into);
            }
            into.add(f);
        }
        return people;
    }

    /** One spelling of a name (by key), the quotes giving it and their articles, counting each written form. */
    private static final class Form {
        final String key;
        final int words;
        final Map<String, Integer> written = new LinkedHashMap<>();
        final List<Quote> quotes = new ArrayList<>();
        final Set<String> articles = new HashSet<>();
        /** The earliest member's position (asked of every quote, `indexOf` made people quadratic in a cluster). */
        int first = Integer.MAX_VALUE;

        Form(String key) {
            this.key = key;
            this.words = key.split(" ").length;
        }

        void add(Quote q, int at) {
            written.merge(q.speaker().name(), 1, Integer::sum);
            quotes.add(q);
            articles.add(q.articleId());
            first = Math.min(first, at);
        }

        /** The written form most members give (ties: the first). */
        String name() {
            return written.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        }
    }

    /** One person: its forms (the fullest first), the quotes crediting it, their articles, its earliest member. */
    private static final class Person {
        final Form fullest;
        final List<Form> forms = new ArrayList<>();
        final List<String> quotes = new ArrayList<>();
        final Set<String> articles = new HashSet<>();
        int first = Integer.MAX_VALUE;

        Person(Form fullest) {
            this.fullest = fullest;
        }

        void add(Form f) {
            forms.add(f);
            for (Quote q : f.quotes) {
                quotes.add(q.id());
                articles.add(q.articleId());
            }
            first = Math.min(first, f.first);
        }

        /**
         * The name most articles give, a full name always before a surname alone it contains; ties: the plainer
         * full name ("Wally Oppal" before "Attorney-General Wally Oppal"), then the earlier member's.
         */
        Speaker name() {
            boolean full = fullest.words > 1;
            Form best = null;
            for (Form f : forms) {
                if (full && f.words == 1) {
                    continue;
                }
                if (best == null || f.articles.size() > best.articles.size()
                        || f.articles.size() == best.articles.size() && f.words < best.words) {
                    best = f;
                }
            }
            return new Speaker(best.name());
        }
    }
}
