package org.parallax.compare.event;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.parallax.compare.event.TaggedWords.Word;

/**
 * Noun phrases of a headline: where one ends, and how it reads shortened: a leading article dropped, a person's
 * title and given names dropped when the articles use the surname alone ("Syrian President Bashar Assad" → Assad,
 * "Kremlin spokesman Dmitry Peskov" → Peskov). Collects the names it shows.
 */
final class Phrases {

    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    private static final Set<String> POSSESSIVE = Set.of("its", "his", "her", "their", "our", "my", "your");
    private static final Set<String> RELATIVE = Set.of("which", "who", "whom", "whose", "that");

    private final NameForms aloneName;
    private final Set<String> names = new LinkedHashSet<>();

    Phrases(NameForms aloneName) {
        this.aloneName = aloneName;
    }

    /** The names shown so far, as shown. */
    List<String> names() {
        return List.copyOf(names);
    }

    /**
     * Where a noun phrase starting at {@code i} ends: nouns, names, adjectives, numbers, determiners, possessives,
     * "and" between them, and "of" with the phrase after it. A conjunct right before a verb is the subject of the
     * next clause ("met Assad and Lavrov said"), not part of the phrase. With {@code adjective}, a copula's
     * complement ("due") counts too.
     */
    static int nounPhraseEnd(List<Word> words, int i, int to, boolean adjective) {
        int start = i;
        int lastAnd = -1;
        while (i < to) {
            Word w = words.get(i);
            boolean nominal = w.is("DET", "ADJ", "NUM", "PROPN", "NOUN") || w.is("PRON") && !RELATIVE.contains(w.lower())
                    || HeadlineBuilder.isPossessive(w) && i > start
                    || w.text().equals("%") && i > start && words.get(i - 1).is("NUM"); // "0.9%"
            boolean joins = i > start && w.lower().equals("and") && i + 1 < to
                    && words.get(i + 1).is("DET", "ADJ", "NUM", "PROPN", "NOUN");
            boolean of = i > start && w.lower().equals("of") && i + 1 < to
                    && words.get(i + 1).is("DET", "ADJ", "NUM", "PROPN", "NOUN", "PRON");
            if (!(nominal || joins || of)) {
                break;
            }
            if (joins) {
                lastAnd = i;
            }
            i++;
        }
        if (lastAnd > start && i < to && words.get(i).is("VERB", "AUX")) {
            i = lastAnd;
        }
        // never end on a word that needs one after it ("version of its", "the", "and"), nor, outside a copula's
        // complement, on an adjective that modifies what follows ("iPod capable")
        while (i > start && (words.get(i - 1).is("DET", "CCONJ", "ADP") || POSSESSIVE.contains(words.get(i - 1).lower())
                || HeadlineBuilder.isPossessive(words.get(i - 1)) || !adjective && i - 1 > start && words.get(i - 1).is("ADJ"))) {
            i--;
        }
        return i;
    }

    /** A phrase as a headline shows it; {@code leading} drops its leading article ("the visit" → visit). */
    String render(List<Word> phrase, boolean leading) {
        if (phrase.isEmpty()) {
            return "";
        }
        List<Word> out = new ArrayList<>(phrase);
        if (leading && ARTICLES.contains(out.get(0).lower())) {
            out.remove(0);
        }
        return text(shortenNames(out));
    }

    /**
     * The subject as a headline shows it, at most {@code max} characters where it can: a long one keeps its first
     * phrase and the first phrase after it that holds a name ("Visit by Assad to Sochi").
     */
    String subject(List<Word> subject, int max) {
        String whole = render(subject, true);
        if (whole.length() <= max) {
            return whole;
        }
        int firstEnd = 0;
        while (firstEnd < subject.size() && !subject.get(firstEnd).is("ADP")) {
            firstEnd++;
        }
        List<Word> kept = new ArrayList<>(subject.subList(0, firstEnd));
        int k = firstEnd;
        while (k < subject.size()) {
            int end = k + 1;
            while (end < subject.size() && !subject.get(end).is("ADP")) {
                end++;
            }
            List<Word> pp = subject.subList(k, end);
            if (pp.stream().anyMatch(w -> w.is("PROPN"))) {
                kept.addAll(pp);
                break;
            }
            k = end;
        }
        return render(kept, true);
    }

    /** Each name run shortened: to its last word when the articles write that alone; a title before it dropped. */
    private List<Word> shortenNames(List<Word> phrase) {
        List<Word> out = new ArrayList<>();
        int i = 0;
        while (i < phrase.size()) {
            int end = runEnd(phrase, i);
            if (end == i) {
                out.add(phrase.get(i++));
                continue;
            }
            List<Word> run = phrase.subList(i, end);
            Word last = run.get(run.size() - 1);
            String alone = aloneForm(last.text());
            if (alone != null && run.size() >= 2 || alone != null && run.size() == 1 && !alone.equals(last.text())) {
                dropTitle(out, true);
                out.add(new Word(last.start(), last.end(), alone, "PROPN"));
                names.add(alone);
            } else if (run.size() >= 3 && aloneName.common(run.get(run.size() - 3).text())
                    && !aloneName.common(last.text()) && !aloneName.common(run.get(run.size() - 2).text())) {
                dropTitle(out, true); // "Foreign Minister Sergei Lavrov" -> Sergei Lavrov
                List<Word> name = run.subList(run.size() - 2, run.size());
                out.addAll(name);
                names.add(text(name));
            } else {
                if (run.size() >= 2 && end == phrase.size()) {
                    dropTitle(out, false);
                }
                out.addAll(run);
                names.add(text(run));
            }
            i = end;
        }
        return out;
    }

    /**
     * The title before a name goes ("Kremlin spokesman" of "Kremlin spokesman Dmitry Peskov", "President of the" of
     * "President of the Syrian Arab Republic Bashar al-Assad"): always before a surname ({@code surname}), else only
     * after a common noun (an apposition).
     */
    private static void dropTitle(List<Word> out, boolean surname) {
        boolean apposition = !out.isEmpty() && out.get(out.size() - 1).is("NOUN") && !out.get(out.size() - 1).capitalised();
        if (!surname && !apposition) {
            return;
        }
        while (!out.isEmpty() && (out.get(out.size() - 1).is("NOUN", "PROPN", "ADJ", "DET", "NUM")
                || out.get(out.size() - 1).lower().equals("of") || HeadlineBuilder.isPossessive(out.get(out.size() - 1)))) {
            out.remove(out.size() - 1);
        }
    }

    /** The end of a name run starting at {@code i}: names, and a capitalised adjective before one ("Black Sea"). */
    private static int runEnd(List<Word> phrase, int i) {
        int end = i;
        while (end < phrase.size() && (phrase.get(end).is("PROPN") || phrase.get(end).is("ADJ")
                && phrase.get(end).capitalised() && end + 1 < phrase.size() && phrase.get(end + 1).is("PROPN"))) {
            end++;
        }
        return end;
    }

    /** The form of a name's last word the articles write alone: "al-Assad" → Assad when so written; else null. */
    private String aloneForm(String last) {
        int hyphen = last.indexOf('-');
        if (hyphen > 0 && hyphen <= 3 && Character.isLowerCase(last.charAt(0))) {
            String bare = last.substring(hyphen + 1);
            if (aloneName.alone(bare)) {
                return bare;
            }
        }
        return aloneName.alone(last) ? last : null;
    }

    /** The words as written, a space where the text had one or a word was left out between. */
    private String text(List<Word> ws) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < ws.size(); k++) {
            Word w = ws.get(k);
            boolean glued = k > 0 && ws.get(k - 1).end() == w.start();
            b.append(k == 0 || glued ? "" : " ").append(w.text());
        }
        return b.toString();
    }
}
