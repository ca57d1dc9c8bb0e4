package org.parallax.compare.event;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.parallax.model.Quote;

/**
 * An article's quotes with a known speaker and each speaker's name lemmas, read when first asked and then kept: every
 * undated sentence inside a quote asks for its speaker, and a quote of several sentences had its speaker's name split
 * (a regular expression compiled per call) and lemmatised again for each of them.
 */
final class SpeakerLemmas {

    /** White space between a name's words, compiled once ({@code String.split} compiled it for every name). */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final List<Quote> quotes;
    private final List<List<String>> lemmas;

    /** @param quotes the article's quotes with a known speaker */
    SpeakerLemmas(List<Quote> quotes) {
        this.quotes = quotes;
        this.lemmas = new ArrayList<>(java.util.Collections.nCopies(quotes.size(), null));
    }

    List<Quote> quotes() {
        return quotes;
    }

    /** The name lemmas of quote {@code i}'s speaker ({@link Terms#nameLemmas} of each word of the name, in order). */
    List<String> lemmas(int i) {
        List<String> l = lemmas.get(i);
        if (l == null) {
            l = read(quotes.get(i).speaker().name());
            lemmas.set(i, l);
        }
        return l;
    }

    private static List<String> read(String name) {
        List<String> out = new ArrayList<>();
        for (String w : SPACES.split(name)) {
            out.addAll(Terms.nameLemmas(w));
        }
        return List.copyOf(out);
    }
}
