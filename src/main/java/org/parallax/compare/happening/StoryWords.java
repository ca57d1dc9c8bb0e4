package org.parallax.compare.happening;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The happening words of a story's articles that can be part of a happening, tagging only the sentences whose tags
 * someone reads. A happening told in one article is left out, so a class' words count only when two or more articles
 * hold it. Of the classes two articles may hold (known before tagging, {@link HappeningText#classes}), many are held
 * by one or none once tagged ("repair" and "slow" read as a noun and an adjective): on the gold corpora read as
 * folders, 29–77% of the tagged sentences were tagged only for such classes (decision 0107). So each class waits in
 * one article, its last holder (the one with the most sentences to tag, the later on a tie), until the others are
 * tagged: the last holder's sentences whose waiting classes no other article names by its tags are not tagged, since
 * each of those classes is then held by that article alone, and all its happenings go. The happenings are the same;
 * a waiting sentence tagged for one class gives all its words, as before.
 */
final class StoryWords {

    /** What a story knows of a class: how many articles may hold it, which holds it last, whether another names it. */
    private static final class Holders {
        int articles;
        /** The article whose sentences of the class are tagged last (-1 while none), and its sentences to tag. */
        int last = -1;
        int lastSentences;
        /** Whether an article other than the last names a word of the class by its tags. */
        boolean namedByOthers;
    }

    private StoryWords() {
    }

    /**
     * The happening words of each of a story's articles ({@code read}, in its order), of the classes two or more of
     * them may hold ({@code everyCore}: its articles tagged on every core, for a story worked on alone).
     */
    static List<List<HappeningWords.Word>> of(List<HappeningText> read, boolean everyCore) {
        int n = read.size();
        Map<String, Holders> byClass = new HashMap<>();
        Holders[][] holders = new Holders[n][];
        for (int a = 0; a < n; a++) {
            List<String> classes = read.get(a).classes();
            holders[a] = new Holders[classes.size()];
            for (int c = 0; c < classes.size(); c++) {
                Holders h = byClass.computeIfAbsent(classes.get(c), k -> new Holders());
                h.articles++;
                holders[a][c] = h;
            }
        }
        boolean[][] wanted = new boolean[n][];
        boolean anyWanted = false;
        for (int a = 0; a < n; a++) {
            wanted[a] = new boolean[holders[a].length];
            for (int c = 0; c < wanted[a].length; c++) {
                wanted[a][c] = holders[a][c].articles > 1;
                anyWanted |= wanted[a][c];
            }
            int sentences = read.get(a).sentencesToTag(wanted[a]);
            for (int c = 0; c < wanted[a].length; c++) {
                Holders h = holders[a][c];
                if (wanted[a][c] && sentences >= h.lastSentences) {
                    h.last = a;
                    h.lastSentences = sentences;
                }
            }
        }
        if (!anyWanted) {
            return read.stream().map(r -> List.<HappeningWords.Word>of()).toList();
        }
        // first every sentence with a wanted class the article does not hold last, then the waiting ones still read
        List<boolean[]> named = articles(n, everyCore).mapToObj(a -> {
            boolean[] notLast = notLast(holders[a], wanted[a], a);
            read.get(a).tagWhere(notLast);
            return read.get(a).namedByTags(notLast);
        }).toList();
        for (int a = 0; a < n; a++) {
            for (int c = 0; c < holders[a].length; c++) {
                holders[a][c].namedByOthers |= named.get(a)[c];
            }
        }
        return articles(n, everyCore).mapToObj(a -> {
            HappeningText text = read.get(a);
            text.tagWhere(stillRead(holders[a], wanted[a], a));
            return text.words(wanted[a]);
        }).toList();
    }

    /**
     * The wanted classes of article {@code a} whose words may still be part of a happening: those another article
     * holds last, and those it holds last that another article names by its tags.
     */
    private static boolean[] stillRead(Holders[] holders, boolean[] wanted, int a) {
        boolean[] out = new boolean[holders.length];
        for (int c = 0; c < out.length; c++) {
            out[c] = wanted[c] && (holders[c].last != a || holders[c].namedByOthers);
        }
        return out;
    }

    /** The wanted classes of article {@code a} ({@code holders}: its classes') that another article holds last. */
    private static boolean[] notLast(Holders[] holders, boolean[] wanted, int a) {
        boolean[] out = new boolean[holders.length];
        for (int c = 0; c < out.length; c++) {
            out[c] = wanted[c] && holders[c].last != a;
        }
        return out;
    }

    private static IntStream articles(int n, boolean everyCore) {
        IntStream all = IntStream.range(0, n);
        return everyCore ? all.parallel() : all;
    }
}
