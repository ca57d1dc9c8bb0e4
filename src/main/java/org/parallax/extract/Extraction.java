package org.parallax.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.parallax.extract.figure.FigureExtractor;
import org.parallax.extract.quote.QuoteExtractor;
import org.parallax.text.AnalysedText;
import org.parallax.text.TextAnalyser;
import org.parallax.extract.time.TimexOptions;
import org.parallax.extract.time.TimexTagger;
import org.parallax.model.Article;
import org.parallax.model.Claim;
import org.parallax.model.Corpus;
import org.parallax.model.Quote;
import org.parallax.model.TimeMention;

/**
 * The extraction stage of the pipeline: one text analysis (sentences, tokens) per article, shared by every
 * {@link ArticleExtractor}, whose findings are gathered into the corpus; then the {@link CorpusExtractor}s, which
 * need every article at once (quotes: a speaker's fullest name may stand in another article).
 *
 * <p>Articles are independent, so they are processed in parallel; the result keeps the corpus' article order
 * and is the same however many threads ran.
 */
public final class Extraction {

    private final TextAnalyser analyser;
    private final List<ArticleExtractor> extractors;
    private final List<CorpusExtractor> corpusExtractors;
    /** Each extractor's stage name (article extractors, then corpus extractors) for {@link #timed}. */
    private final List<String> stageNames;
    private final StageTimes times;

    public Extraction(TextAnalyser analyser, List<ArticleExtractor> extractors) {
        this(analyser, extractors, List.of());
    }

    public Extraction(TextAnalyser analyser, List<ArticleExtractor> extractors, List<CorpusExtractor> corpusExtractors) {
        this.analyser = Objects.requireNonNull(analyser, "analyser");
        this.extractors = List.copyOf(extractors);
        this.corpusExtractors = List.copyOf(corpusExtractors);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < extractors.size() + corpusExtractors.size(); i++) {
            names.add("extractor " + (i + 1));
        }
        this.stageNames = List.copyOf(names);
        this.times = null;
    }

    private Extraction(Extraction named, List<String> stageNames, StageTimes times) {
        this.analyser = named.analyser;
        this.extractors = named.extractors;
        this.corpusExtractors = named.corpusExtractors;
        this.stageNames = List.copyOf(stageNames);
        this.times = times;
    }

    /** The same extraction whose analysis and extractors add their CPU time to {@code times} (the benchmark). */
    public Extraction timed(StageTimes times) {
        return new Extraction(this, stageNames, Objects.requireNonNull(times, "times"));
    }

    private Extraction named(String... names) {
        return new Extraction(this, List.of(names), times);
    }

    /** The extraction the app runs: temporal expressions with the default options, figures, quotes and speakers. */
    public static Extraction standard() {
        return standard(TimexOptions.DEFAULT);
    }

    public static Extraction standard(TimexOptions timexOptions) {
        TimexTagger tagger = new TimexTagger(timexOptions, TextAnalyser.shared());
        return new Extraction(TextAnalyser.shared(), List.of(timexes(tagger), figures(new FigureExtractor())),
                List.of(quotes(new QuoteExtractor()))).named("timex", "figures", "quotes");
    }

    /** An extractor that adds the figures (claims) {@code extractor} finds. */
    public static ArticleExtractor figures(FigureExtractor extractor) {
        return (article, text, out) -> out.claims().addAll(extractor.extract(article, text));
    }

    /** A corpus extractor that adds the quotes, with speakers resolved across the corpus. */
    public static CorpusExtractor quotes(QuoteExtractor extractor) {
        return (corpus, texts, out) -> out.quotes().addAll(extractor.extract(corpus, texts));
    }

    /** An extractor that adds the temporal expressions {@code tagger} finds. */
    public static ArticleExtractor timexes(TimexTagger tagger) {
        return (article, text, out) -> out.timexes().addAll(tagger.tag(article, text));
    }

    /** A copy of {@code corpus} whose timexes, quotes and claims are those found in its articles' text. */
    public Corpus extract(Corpus corpus) {
        return extract(corpus, ExtractionProgress.NONE);
    }

    /** As {@link #extract(Corpus)}, telling {@code progress} after each article. */
    public Corpus extract(Corpus corpus, ExtractionProgress progress) {
        return extract(corpus, progress, KnownFindings.NONE);
    }

    /**
     * As {@link #extract(Corpus, ExtractionProgress)}, taking an article's findings from {@code known} where it has
     * them and giving it those of the others; the corpus extractors always run (they need every article).
     */
    public Corpus extract(Corpus corpus, ExtractionProgress progress, KnownFindings known) {
        int total = corpus.articles().size();
        AtomicInteger done = new AtomicInteger();
        List<Analysed> perArticle = corpus.articles().parallelStream().map(a -> {
            AnalysedText text = timed("analysis", () -> analyser.analyse(a.text()));
            Findings findings = known.find(a).orElseGet(() -> {
                Findings found = extract(a, text);
                known.keep(a, found);
                return found;
            });
            Analysed analysed = new Analysed(text, findings);
            progress.articleDone(done.incrementAndGet(), total, a.file());
            return analysed;
        }).toList();
        List<AnalysedText> texts = perArticle.stream().map(Analysed::text).toList();
        List<TimeMention> timexes = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        for (Analysed one : perArticle) {
            timexes.addAll(one.findings().timexes());
            quotes.addAll(one.findings().quotes());
            claims.addAll(one.findings().claims());
        }
        Findings whole = new Findings(timexes, quotes, claims);
        for (int i = 0; i < corpusExtractors.size(); i++) {
            CorpusExtractor e = corpusExtractors.get(i);
            String stage = stageNames.get(extractors.size() + i);
            if (times == null) {
                e.extract(corpus, texts, whole);
            } else {
                times.timeAlone(stage, () -> {
                    e.extract(corpus, texts, whole);
                    return null;
                });
            }
        }
        return corpus.withTimexes(timexes).withQuotes(quotes).withClaims(claims);
    }

    /** What the extractors find in one article. */
    public Findings extract(Article article) {
        return extract(article, analyser.analyse(article.text()));
    }

    /** What the article extractors find in one article whose text was analysed already. */
    public Findings extract(Article article, AnalysedText text) {
        Findings out = new Findings(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < extractors.size(); i++) {
            ArticleExtractor e = extractors.get(i);
            timed(stageNames.get(i), () -> {
                e.extract(article, text, out);
                return null;
            });
        }
        return out;
    }

    private <T> T timed(String stage, java.util.function.Supplier<T> work) {
        return times == null ? work.get() : times.time(stage, work);
    }

    /** One article's analysis and what its extractors found in it. */
    private record Analysed(AnalysedText text, Findings findings) {
    }

    /** Mutable collector of one article's findings, filled by the extractors in turn. */
    public record Findings(List<TimeMention> timexes, List<Quote> quotes, List<Claim> claims) {
    }

    /**
     * Findings kept from an earlier extraction by the same extractors (a cache); must be thread-safe. A found
     * article is not given to the {@link ArticleExtractor}s.
     */
    public interface KnownFindings {
        /** Knows nothing and keeps nothing. */
        KnownFindings NONE = new KnownFindings() {
            @Override
            public Optional<Findings> find(Article article) {
                return Optional.empty();
            }

            @Override
            public void keep(Article article, Findings findings) {
                // nothing kept
            }
        };

        /** What the article extractors found in {@code article} before, if known. */
        Optional<Findings> find(Article article);

        /** What they have just found in {@code article}. */
        void keep(Article article, Findings findings);
    }

    /** One kind of extraction over one article; must be thread-safe (articles run in parallel). */
    @FunctionalInterface
    public interface ArticleExtractor {
        /**
         * Adds what it finds in {@code article} to {@code out}; {@code text} is the article text split into
         * sentences and tokens, and earlier extractors' findings are already in {@code out}.
         */
        void extract(Article article, AnalysedText text, Findings out);
    }

    /** A kind of extraction that needs the whole corpus at once; runs after every {@link ArticleExtractor}. */
    @FunctionalInterface
    public interface CorpusExtractor {
        /**
         * Adds what it finds in {@code corpus} to {@code out}, which holds every article's findings so far;
         * {@code texts} are the articles' analyses, in the corpus' article order.
         */
        void extract(Corpus corpus, List<AnalysedText> texts, Findings out);
    }
}
