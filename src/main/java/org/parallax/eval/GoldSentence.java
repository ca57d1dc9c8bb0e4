package org.parallax.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One sentence of a tokenised gold document with its tokens as the corpus numbers them: a timeline names an event
 * mention {@code docid-sentence-word} by the sentence id of the {@code <s id>} element and the token itself.
 *
 * @param doc    the document id
 * @param id     the sentence id
 * @param start  where it starts in the document's text
 * @param tokens its tokens (the text joins them with one space, see {@link TextBuilder})
 * @param starts each token's start in the document's text
 */
record GoldSentence(String doc, String id, int start, String[] tokens, int[] starts) {

    /** The sentences of {@code d} in text order. */
    static List<GoldSentence> of(GoldDocument d) {
        List<GoldSentence> out = new ArrayList<>();
        for (Map.Entry<String, int[]> s : d.sentences().entrySet()) {
            int[] range = s.getValue();
            String[] tokens = d.text().substring(range[0], range[1]).split(" ");
            int[] starts = new int[tokens.length];
            int at = range[0];
            for (int i = 0; i < tokens.length; i++) {
                starts[i] = at;
                at += tokens[i].length() + 1;
            }
            out.add(new GoldSentence(d.id(), s.getKey(), range[0], tokens, starts));
        }
        out.sort(java.util.Comparator.comparingInt(GoldSentence::start));
        return out;
    }

    int end() {
        return tokens.length == 0 ? start : starts[tokens.length - 1] + tokens[tokens.length - 1].length();
    }

    /** The tokens that lie inside {@code [from, to)} of the text, as {@code [first, last + 1)}; empty when none. */
    int[] tokensWithin(int from, int to) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < tokens.length; i++) {
            if (starts[i] >= from && starts[i] + tokens[i].length() <= to) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        return first < 0 ? new int[] {0, 0} : new int[] {first, last + 1};
    }

    /** The timeline's name of token {@code i}: {@code docid-sentence-word}. */
    String mention(int i) {
        return doc + "-" + id + "-" + tokens[i];
    }
}
