package org.parallax.compare.happening;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.parallax.compare.event.Words;
import org.parallax.text.WordFeatures;

/**
 * A text read once for its happening words: its sentences split into words, and each word that {@link
 * HappeningWords#mayName may name} a happening with its synonym class. The synonym classes the text may hold are
 * known from this reading before any tagging ({@link #classes}), and {@link #words} tags from it what the classes
 * wanted need: the coverages split every article into sentences and words twice (once for its classes, once to tag
 * it), each word normalised up to eight times. Its sentences' tags are kept once made, so a story may tag them in
 * rounds ({@link StoryWords}); one thread at a time reads it.
 */
final class HappeningText {

    private final List<Run> runs;
    /** The synonym classes of the words that may name a happening, each once, in the order first met. */
    private final List<String> classes;
    /** Whether each class is a head of the predicate lexicon: its words name a happening whatever their tags. */
    private final boolean[] predicate;
    /** Each sentence's tags once it is tagged ({@link #tagWhere}), else null. */
    private final String[][] tags;

    private HappeningText(List<Run> runs, List<String> classes) {
        this.runs = runs;
        this.tags = new String[runs.size()][];
        this.classes = List.copyOf(classes);
        this.predicate = new boolean[classes.size()];
        for (int c = 0; c < predicate.length; c++) {
            predicate[c] = Words.isPredicate(classes.get(c));
        }
    }

    /** {@code text} split into sentences and words, each word that may name a happening read with its class. */
    static HappeningText read(String text) {
        return read(text, ArticleSentences.of(text));
    }

    /** As {@link #read(String)}, of the text's {@code sentences} already split. */
    static HappeningText read(String text, ArticleSentences sentences) {
        List<Run> runs = new ArrayList<>(sentences.count());
        List<String> classes = new ArrayList<>();
        char[] chars = text.toCharArray();
        HappeningLexicon lexicon = HappeningLexicon.forText();
        lexicon.startText();
        for (int s = 0; s < sentences.count(); s++) {
            runs.add(new Run(chars, s, sentences.start(s), sentences.end(s), lexicon, classes));
        }
        return new HappeningText(runs, classes);
    }

    /**
     * The synonym classes of the words that may name a happening, whatever their tags: every class {@link #words}
     * can give is one of them.
     */
    List<String> classes() {
        return classes;
    }

    /**
     * The happening words whose synonym class {@code wanted} accepts, sentence by sentence. A sentence is tagged only
     * when one of those words is no head of the predicate lexicon: a head names a happening whatever its tag, so a
     * sentence whose wanted words are all heads gives them untagged (tagging is most of the work).
     */
    List<HappeningWords.Word> words(Predicate<String> wanted) {
        boolean[] want = want(wanted);
        tagWhere(want);
        return words(want);
    }

    /**
     * The happening words of the classes {@code want} accepts (by number), sentence by sentence, as the sentences
     * tagged so far ({@link #tagWhere}) tell them: a sentence not tagged gives the words of predicate heads alone.
     */
    List<HappeningWords.Word> words(boolean[] want) {
        List<HappeningWords.Word> out = new ArrayList<>();
        for (int s = 0; s < runs.size(); s++) {
            Run run = runs.get(s);
            String[] tagged = tags[s];
            for (int i = 0; i < run.words.length; i++) {
                int c = run.classOf[i];
                if (c >= 0 && want[c] && (predicate[c] || tagged != null && HappeningWords.namesByTag(tagged[i],
                        run.madeFromVerb[i]))) {
                    out.add(new HappeningWords.Word(run.starts[i], run.ends[i], run.words[i], classes.get(c),
                            run.sentence));
                }
            }
        }
        return out;
    }

    /**
     * Tags each sentence not tagged yet whose tags can change which of its words of the classes {@code need} accepts
     * (by number) are given: one that holds such a word that is no predicate head.
     */
    void tagWhere(boolean[] need) {
        for (int s = 0; s < runs.size(); s++) {
            if (tags[s] == null && runs.get(s).needsTags(need, predicate)) {
                tags[s] = HappeningWords.tags(runs.get(s).features);
            }
        }
    }

    /** How many sentences {@link #tagWhere} would tag for the classes {@code need} accepts, none tagged yet. */
    int sentencesToTag(boolean[] need) {
        int n = 0;
        for (Run run : runs) {
            n += run.needsTags(need, predicate) ? 1 : 0;
        }
        return n;
    }

    /**
     * Which classes of those {@code of} accepts (by number, predicate heads aside) a word of a tagged sentence names
     * by its tag: the classes this text is known to hold by its tags so far.
     */
    boolean[] namedByTags(boolean[] of) {
        boolean[] named = new boolean[classes.size()];
        for (int s = 0; s < runs.size(); s++) {
            Run run = runs.get(s);
            String[] tagged = tags[s];
            for (int i = 0; tagged != null && i < run.words.length; i++) {
                int c = run.classOf[i];
                if (c >= 0 && of[c] && !predicate[c] && HappeningWords.namesByTag(tagged[i], run.madeFromVerb[i])) {
                    named[c] = true;
                }
            }
        }
        return named;
    }

    /** How many sentences are tagged so far (for tests: what the rounds spared). */
    int taggedSentences() {
        int n = 0;
        for (String[] t : tags) {
            n += t == null ? 0 : 1;
        }
        return n;
    }

    /** Whether a sentence's tags can change which of its words are given. */
    boolean needsTags(int sentence, Predicate<String> wanted) {
        return runs.get(sentence).needsTags(want(wanted), predicate);
    }

    /** Whether {@code wanted} accepts each class: asked once per class, not at each of its words. */
    private boolean[] want(Predicate<String> wanted) {
        boolean[] want = new boolean[classes.size()];
        for (int c = 0; c < want.length; c++) {
            want[c] = wanted.test(classes.get(c));
        }
        return want;
    }

    /** A sentence's words, where they lie, and the class of each that may name a happening (else -1). */
    private static final class Run {
        final int sentence;
        final String[] words;
        /** What the tagger reads of each word, kept by the lexicon with the word. */
        final WordFeatures[] features;
        final int[] starts;
        final int[] ends;
        final int[] classOf;
        /** Per word with a class: whether it has the form of a noun made from a verb. */
        final boolean[] madeFromVerb;

        /**
         * The words of sentence {@code index}, {@code [start, end)}, read from the text's {@code chars}, each word's
         * string and class as the {@code lexicon} holds them; {@code classes} are the text's classes so far (numbered
         * by the lexicon since the text started), each new one added.
         */
        Run(char[] chars, int index, int start, int end, HappeningLexicon lexicon, List<String> classes) {
            sentence = index;
            HappeningTokens tokens = HappeningTokens.of(chars, start, end);
            words = new String[tokens.count];
            features = new WordFeatures[tokens.count];
            starts = tokens.starts;
            ends = tokens.ends;
            classOf = new int[words.length];
            madeFromVerb = new boolean[words.length];
            int counted = 0;
            int capitalised = 0;
            for (int i = 0; i < words.length; i++) {
                int n = lexicon.find(chars, starts[i], ends[i]);
                words[i] = lexicon.word(n);
                features[i] = lexicon.features(n);
                classOf[i] = n; // the word's number in the lexicon until its class is known
                // a headline in Title Case: most words of three letters or more capitalised
                char first = chars[starts[i]];
                if (ends[i] - starts[i] >= 3 && Character.isLetter(first)) {
                    counted++;
                    capitalised += Character.isUpperCase(first) ? 1 : 0;
                }
            }
            boolean titleCase = 2 * capitalised > counted;
            for (int i = 0; i < words.length; i++) {
                // not a name's capitalised word inside a sentence (a headline in Title Case has its verbs capitalised)
                String lemma = (i == 0 || titleCase || !Character.isUpperCase(chars[starts[i]]))
                        ? lexicon.classIfMayName(classOf[i]) : null;
                if (lemma == null) {
                    classOf[i] = -1;
                } else {
                    madeFromVerb[i] = lexicon.madeFromVerb(classOf[i]);
                    classOf[i] = lexicon.classInText(classOf[i], classes);
                }
            }
        }

        /** Whether a word of a wanted class is no predicate head, so that its tag decides whether it is given. */
        boolean needsTags(boolean[] want, boolean[] predicate) {
            for (int c : classOf) {
                if (c >= 0 && want[c] && !predicate[c]) {
                    return true;
                }
            }
            return false;
        }
    }
}
