package org.parallax.compare;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import org.parallax.compare.event.Candidate;
import org.parallax.compare.event.CandidateFinder;
import org.parallax.compare.event.EventClusterer;
import org.parallax.compare.event.Headlines;
import org.parallax.compare.event.TermCounts;
import org.parallax.compare.event.Undated;
import org.parallax.compare.event.UndatedJoiner;
import org.parallax.compare.happening.Coverages;
import org.parallax.compare.quote.QuoteClusterer;
import org.parallax.compare.story.StoryBuilder;
import org.parallax.model.Corpus;
import org.parallax.work.ForkedTask;

/**
 * The comparison stage of the pipeline: from an extracted corpus (articles, timexes, quotes, claims) to the same
 * corpus with its events, stories and quote clusters filled. Thread-safe: every call works on its own data.
 *
 * <ol>
 *   <li>events: {@link CandidateFinder} finds the time-anchored statements, {@link EventClusterer} clusters them
 *       across articles (date buckets, term blocking, weighted Dice);</li>
 *   <li>labels: {@link Headlines} reads each event's headline from its statements;</li>
 *   <li>stories: {@link StoryBuilder} groups the reported events into episodes and sets each event's story;</li>
 *   <li>coverages: {@link Coverages} groups every article, dated or not, by the rare names it shares, and in each
 *       group the words that name what happened (decision 0028);</li>
 *   <li>quote clusters: {@link QuoteClusterer} groups the same utterance across outlets, with verdicts.</li>
 * </ol>
 */
public final class Comparison {

    private static final Logger LOG = System.getLogger(Comparison.class.getName());

    private final CandidateFinder candidates = new CandidateFinder();
    private final UndatedJoiner joiner = new UndatedJoiner();
    private final StoryBuilder stories = new StoryBuilder();
    private final QuoteClusterer quoteClusterer = new QuoteClusterer();

    public Corpus compare(Corpus corpus) {
        return withQuoteClusters(withCoverages(withEvents(corpus)));
    }

    /**
     * Steps 1 to 3: the corpus with its events and stories (the benchmark times the steps apart; the Spark job
     * clusters quotes on its own).
     */
    public Corpus withEvents(Corpus corpus) {
        return withEvents(corpus, candidates.findAll(corpus, true));
    }

    /**
     * Steps 1 to 3 from statements already found ({@link CandidateFinder#findAll} with the undated ones, in the
     * corpus' article order): they depend on each article alone, so the Spark job finds them where its articles are.
     */
    public Corpus withEvents(Corpus corpus, CandidateFinder.Found all) {
        long t0 = System.nanoTime();
        List<Candidate> found = all.dated();
        EventClusterer clusterer = new EventClusterer();
        Corpus withEvents;
        try (ForkedTask<Headlines.Texts> texts = readForLabels(corpus)) {
            withEvents = withEvents(corpus, clusterer.cluster(found), all.undated(), clusterer.termCounts(), texts);
        }
        LOG.log(Level.DEBUG, () -> found.size() + " statements, " + clusterer.comparisons() + " pairs scored, "
                + withEvents.events().size() + " events, " + withEvents.stories().size() + " stories in "
                + (System.nanoTime() - t0) / 1_000_000 + " ms");
        return withEvents;
    }

    /**
     * Steps 1 to 3 from the dated statements' events already made (the Spark job makes them by date blocks) and the
     * undated statements: undated joining, headlines and stories.
     */
    public Corpus withEvents(Corpus corpus, List<EventClusterer.Cluster> dated, List<Undated> undated) {
        try (ForkedTask<Headlines.Texts> texts = readForLabels(corpus)) {
            return withEvents(corpus, dated, undated, null, texts);
        }
    }

    /**
     * As above, {@code counts} the dated statements' term counts when the clusterer gives them (else counted again),
     * {@code texts} what the labels read of the corpus, being read.
     */
    private Corpus withEvents(Corpus corpus, List<EventClusterer.Cluster> dated, List<Undated> undated,
                              TermCounts counts, ForkedTask<Headlines.Texts> texts) {
        List<EventClusterer.Cluster> clusters = joiner.join(dated, undated, counts);
        Headlines.Texts read = texts.join();
        Headlines.Result labelled = new Headlines().label(read, clusters);
        StoryBuilder.Result r = stories.build(corpus, read.articles(), labelled.clusters(), labelled.headlines());
        return corpus.withEvents(r.events()).withStories(r.stories());
    }

    /**
     * What the labels read of the corpus (every article's words: how it writes names), started as a task of its own:
     * it needs no event, so it runs beside the clustering and the joining, on the core their one-thread parts (the
     * buckets, the merges' reasons, the joiner's index) leave idle.
     */
    private static ForkedTask<Headlines.Texts> readForLabels(Corpus corpus) {
        return ForkedTask.fork(() -> Headlines.Texts.of(corpus));
    }

    /**
     * Step 4: the corpus with its coverages, read from its articles and events (it tags every sentence once more, so
     * the benchmark times it apart; the Spark job reads them for a slice's model only, on its driver).
     */
    public Corpus withCoverages(Corpus c) {
        return c.withCoverages(Coverages.of(c));
    }

    /** Step 5: the corpus with its quote clusters. */
    public Corpus withQuoteClusters(Corpus c) {
        return c.withQuoteClusters(quoteClusterer.cluster(c));
    }
}
