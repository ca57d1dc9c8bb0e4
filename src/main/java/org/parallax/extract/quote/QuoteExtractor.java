package org.parallax.extract.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.Quote;
import org.parallax.model.Span;
import org.parallax.model.Speaker;
import org.parallax.text.AnalysedText;
import org.parallax.text.TextAnalyser;
import org.parallax.work.EveryCore;

/**
 * Finds the quotes of a corpus and who said them.
 *
 * <ul>
 *   <li><b>Direct</b>: words in quotation marks that stand as a sentence or a clause of their own (the mark
 *       opens the sentence, or follows a colon, a dash, or a comma after an attribution or before a capital).
 *       A quote over several paragraphs gives one quote per paragraph, all with the same speaker.</li>
 *   <li><b>Partial</b>: quoted words inside a sentence that has a speech cue ("hailing the Syrian people for
 *       standing up to the militants “almost on their own”"). Quoted words of one or two words, or after
 *       "so-called", "dubbed", "the term"..., are scare quotes and no quote at all; so are quoted words in a
 *       sentence without any speech cue (a title, a term).</li>
 *   <li><b>Indirect</b>: reported content without marks after "X said (that)", "X told Y that", "X announced
 *       plans to ...", "X promised to ...", "X was quoted as saying", "According to X, ...", "..., X said on
 *       Wednesday.", ", adding that ...".</li>
 * </ul>
 * Speakers come from cue verbs before or after the quote, titles and appositions, surnames and roles
 * resolved across the corpus (see {@link PersonRegistry}), "he"/"she" resolved to the last speaker or
 * person subject of the article whose gender fits, and "the company"/"it" to the body the article names; never a
 * place, a date or the outlet itself. A direct quote without attribution right after another
 * in the same paragraph is that quote's continuation (“A,” he said. “B.”).
 *
 * <p>Ids are {@code q-<articleId>-<n>}, numbered from 1 in text order; no two quotes share a span.
 */
public final class QuoteExtractor {

    private static final System.Logger LOG = System.getLogger(QuoteExtractor.class.getName());

    private final SpeechWords lex = SpeechWords.standard();

    /** The quotes of every article, in article order then text order; analyses the articles' text first. */
    public List<Quote> extract(Corpus corpus) {
        TextAnalyser analyser = TextAnalyser.shared();
        return extract(corpus, corpus.articles().stream().map(a -> analyser.analyse(a.text())).toList());
    }

    /**
     * The quotes of every article, in article order then text order; {@code analyses} are the articles' text as the
     * extraction analysed it, in the same order.
     */
    public List<Quote> extract(Corpus corpus, List<AnalysedText> analyses) {
        if (analyses.size() != corpus.articles().size()) {
            throw new IllegalArgumentException(
                    analyses.size() + " analyses for " + corpus.articles().size() + " articles");
        }
        // Each pass reads every article on its own, on every core: the first (capitalised and lower-case words) into
        // the registry's concurrent sets as each article's text is made; what the second learns is added in article
        // order, as the sequential passes did (the Spark job merges them the same way): the same registry and quotes.
        // The adding runs on this thread beside the second pass, a run of articles as soon as it and those before are
        // learned: the second pass reads only the first's sets.
        PersonRegistry reg = new PersonRegistry(lex);
        List<ArticleText> texts = textsOf(corpus, analyses, reg);
        int run = runLength(texts.size());
        EveryCore.inOrder((texts.size() + run - 1) / run, r -> learned(texts, r * run, run, reg),
                names -> names.forEach(reg::add));
        reg.finish(); // from here the registry is only read (RoleIndex's memo is concurrent)
        List<Quote> quotes = new ArrayList<>();
        texts.parallelStream().map(at -> quotesOf(at, reg)).toList().forEach(quotes::addAll);
        LOG.log(System.Logger.Level.DEBUG, "{0} quotes in {1} articles", quotes.size(), texts.size());
        return quotes;
    }

    /**
     * Every article's text, in article order, its words also given to the registry's first pass. Read in runs of
     * neighbouring articles, a run on one core with that thread's table of words ({@link ArticleWords}, kept for
     * {@link #TABLE_CHARS} chars of text: {@link WordTables}): a word is looked up by its chars once per table, its
     * strings and facts made once for the corpus ({@link CorpusWords}), not once per article; the runs are joined in
     * article order.
     */
    private static List<ArticleText> textsOf(Corpus corpus, List<AnalysedText> analyses, PersonRegistry reg) {
        int n = analyses.size();
        int run = runLength(n);
        CorpusWords corpusWords = new CorpusWords(16_384); // the tables' words, made once for the corpus
        WordTables tables = new WordTables(() -> reg.firstPassWords(corpusWords), TABLE_CHARS);
        return IntStream.range(0, (n + run - 1) / run).parallel().mapToObj(r -> {
            ArticleWords words = tables.ofThisThread();
            List<ArticleText> texts = new ArrayList<>(run);
            for (int i = r * run; i < Math.min(n, (r + 1) * run); i++) {
                texts.add(new ArticleText(corpus.articles().get(i), analyses.get(i), words));
            }
            return texts;
        }).flatMap(List::stream).toList();
    }

    /** The names the articles of the run of {@code run} articles from {@code from} teach, in article order. */
    private static List<LearnedName> learned(List<ArticleText> texts, int from, int run, PersonRegistry reg) {
        List<LearnedName> names = new ArrayList<>();
        for (int i = from; i < Math.min(texts.size(), from + run); i++) {
            names.addAll(reg.learned(texts.get(i)));
        }
        return names;
    }

    /**
     * Chars of text a thread reads with one table of words: the table keeps the chars of each article that brought it
     * a word (nearly every one), so at most about 4 MB a table (1,000 articles of 2,000 chars), whatever their length.
     */
    static final long TABLE_CHARS = 2_000_000;

    /**
     * Articles per run of {@link #textsOf} and of the names learned: up to 64, and at least 32 runs where there are
     * that many articles, so that every core has runs to take until the end.
     */
    static int runLength(int articles) {
        return Math.max(1, Math.min(64, articles / 32));
    }

    /** The quotes of one article on its own (names resolve within the article only). */
    public List<Quote> extract(Article article) {
        return extract(Corpus.of(List.of(article)));
    }

    /**
     * The quotes of one article of a corpus whose names are {@code names} (see {@link CorpusNames}): what
     * {@link #extract(Corpus, List)} gives for this article when {@code names} was learned from the same corpus.
     */
    public List<Quote> extract(Article article, AnalysedText text, CorpusNames names) {
        return quotesOf(new ArticleText(article, text), names.registry());
    }

    private List<Quote> quotesOf(ArticleText at, PersonRegistry reg) {
        List<ArticleQuotes.Draft> drafts = new ArrayList<>(new ArticleQuotes(at, lex, reg).find());
        drafts.sort(Comparator.comparingInt(ArticleQuotes.Draft::start).thenComparingInt(ArticleQuotes.Draft::end)
                .thenComparing(ArticleQuotes.Draft::kind));
        List<Quote> out = new ArrayList<>();
        Set<Long> spans = new HashSet<>();
        String id = at.article.id();
        for (ArticleQuotes.Draft d : drafts) {
            if (d.start() >= d.end() || !spans.add(((long) d.start() << 32) | d.end())) {
                continue;
            }
            String text = at.text.substring(d.start(), d.end());
            Speaker speaker = d.speaker() == null || d.speaker().isBlank() ? null : new Speaker(d.speaker());
            out.add(new Quote("q-" + id + "-" + (out.size() + 1), new Span(id, d.start(), d.end()), text, speaker,
                    d.kind(), speaker == null ? null : d.from()));
        }
        return out;
    }
}
