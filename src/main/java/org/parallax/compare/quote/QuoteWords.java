package org.parallax.compare.quote;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quote's text as comparison sees it: lower-case words with quote marks and punctuation stripped (a possessive
 * "'s" dropped, hyphenated words split), their light stems, and the content words' classes (stems of words that
 * are not function words, mapped through {@link QuoteLexicon#classOf}).
 *
 * @param words   normalised words, in order ("verbatim" compares these)
 * @param stems   their stems, in order (containment, common runs)
 * @param content the distinct classes of the content words (paraphrase rules)
 */
public record QuoteWords(List<String> words, List<String> stems, Set<String> content) {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]++(?:['’][\\p{L}]++)*+"); // possessive: linear, no recursion

    public QuoteWords {
        words = List.copyOf(words);
        stems = List.copyOf(stems);
        content = Set.copyOf(content);
    }

    public static QuoteWords of(String text) {
        return of(text, QuoteLexicon.standard());
    }

    public static QuoteWords of(String text, QuoteLexicon lexicon) {
        List<String> words = words(text);
        List<String> stems = new ArrayList<>(words.size());
        Set<String> content = new LinkedHashSet<>();
        for (String w : words) {
            String s = QuoteLexicon.stem(w);
            stems.add(s);
            if (!lexicon.isStopword(w) && !lexicon.isStopword(s)) {
                content.add(lexicon.classOf(s));
            }
        }
        return new QuoteWords(words, stems, content);
    }

    /** The normalised words of a text: lower case, no punctuation, "Syria's" → "syria", "long-term" → "long", "term". */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = m.group().replace('’', '\'');
            if (w.endsWith("'s")) {
                w = w.substring(0, w.length() - 2);
            }
            out.add(w);
        }
        return out;
    }

    /** The normalised form of one token, "" for punctuation only. */
    public static String key(String token) {
        return String.join(" ", words(token));
    }

    public int size() {
        return words.size();
    }
}
