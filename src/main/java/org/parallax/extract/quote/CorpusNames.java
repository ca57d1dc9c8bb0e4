package org.parallax.extract.quote;

import java.io.Serializable;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.parallax.model.Article;
import org.parallax.text.AnalysedText;

/**
 * The people a corpus names ({@link PersonRegistry}) learned in parts, for a corpus too large for one machine: each
 * article's {@link Capitals} (the first pass), merged in any order; then each article's {@link Taught} names, read
 * against the merged capitals; then the registry, built from the taught names in article order. Built from every
 * article's parts it is the registry {@link QuoteExtractor#extract(org.parallax.model.Corpus)} builds, so a speaker
 * resolves to the same canonical name. The parts are {@link Serializable} (they travel between machines).
 */
public final class CorpusNames {

    private final PersonRegistry registry;

    private CorpusNames(PersonRegistry registry) {
        this.registry = registry;
    }

    PersonRegistry registry() {
        return registry;
    }

    /** The first pass over some articles: capitalised words inside sentences, words seen in lower case. */
    public static final class Capitals implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Set<String> inside;
        private final Set<String> lower;

        private Capitals(Set<String> inside, Set<String> lower) {
            this.inside = inside;
            this.lower = lower;
        }

        /** The first pass over one article's words. */
        static Capitals of(ArticleText at) {
            Set<String> inside = new HashSet<>();
            Set<String> lower = new HashSet<>();
            collect(at, inside::add, lower::add);
            return new Capitals(inside, lower);
        }

        /**
         * Gives each word of the first pass to {@code inside} (capitalised inside a sentence, in lower case) or
         * {@code lower} (seen in lower case, as written), repeats included.
         */
        static void collect(ArticleText at, Consumer<String> inside, Consumer<String> lower) {
            collectTokens(at, k -> inside.accept(NameRuns.base(at.tokens.get(k))),
                    k -> lower.accept(at.tokens.get(k).text()));
        }

        /**
         * {@link #collect} by token: the index of each token whose word goes to {@code inside} (as its
         * {@link NameRuns#base}) or to {@code lower} (as written), in text order.
         */
        static void collectTokens(ArticleText at, IntConsumer inside, IntConsumer lower) {
            for (int n = 0; n < at.sentences.size(); n++) {
                for (int k = at.sentences.from(n) + 1; k < at.sentences.to(n); k++) {
                    MaskedToken t = at.tokens.get(k);
                    if (t.capitalised() && !at.sentenceFirst[k]) {
                        inside.accept(k);
                    }
                    if (t.lowerWord()) {
                        lower.accept(k);
                    }
                }
            }
        }

        Set<String> inside() {
            return inside;
        }

        Set<String> lower() {
            return lower;
        }

        public static Capitals none() {
            return new Capitals(Set.of(), Set.of());
        }

        /**
         * Many first passes together, each set filled once: merging them one by one would copy the growing sets for
         * every article.
         */
        public static Capitals union(Iterator<Capitals> parts) {
            Set<String> in = new HashSet<>();
            Set<String> lo = new HashSet<>();
            parts.forEachRemaining(c -> {
                in.addAll(c.inside);
                lo.addAll(c.lower);
            });
            return new Capitals(in, lo);
        }

        /** Both passes' words together (the order of merging does not matter). */
        public Capitals merge(Capitals other) {
            Set<String> in = new HashSet<>(inside);
            in.addAll(other.inside);
            Set<String> lo = new HashSet<>(lower);
            lo.addAll(other.lower);
            return new Capitals(in, lo);
        }
    }

    /** The names one article teaches, with their titles, roles and appositions. */
    public static final class Taught implements Serializable {
        private static final long serialVersionUID = 1L;
        private final List<LearnedName> names;

        private Taught(List<LearnedName> names) {
            this.names = List.copyOf(names);
        }

        public int size() {
            return names.size();
        }
    }

    /** The first pass over one article. */
    public static Capitals capitals(Article article, AnalysedText text) {
        return Capitals.of(new ArticleText(article, text));
    }

    /**
     * The whole corpus' first pass, made once for many articles' second passes: made per article, it copied the corpus'
     * words for each, which grew with the square of the corpus. Only read by {@link FirstPass#taught}, so threads may
     * share one, as {@link QuoteExtractor} shares its registry's first pass.
     */
    public static final class FirstPass {
        private final PersonRegistry registry;

        private FirstPass(Capitals corpus) {
            this.registry = firstPass(corpus);
        }

        /** The second pass over one article. */
        public Taught taught(Article article, AnalysedText text) {
            return new Taught(registry.learned(new ArticleText(article, text)));
        }
    }

    /** The corpus' first pass, ready for the second pass over each article ({@link FirstPass#taught}). */
    public static FirstPass firstPassOf(Capitals corpus) {
        return new FirstPass(corpus);
    }

    /** The registry of the corpus: {@code taught} in the corpus' article order. */
    public static CorpusNames of(Capitals corpus, Iterable<Taught> taught) {
        PersonRegistry reg = firstPass(corpus);
        for (Taught t : taught) {
            t.names.forEach(reg::add);
        }
        reg.finish();
        return new CorpusNames(reg);
    }

    private static PersonRegistry firstPass(Capitals corpus) {
        PersonRegistry reg = new PersonRegistry(SpeechWords.standard());
        reg.addCapitals(corpus.inside, corpus.lower);
        return reg;
    }
}
