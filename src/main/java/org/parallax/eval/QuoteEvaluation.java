package org.parallax.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.parallax.compare.quote.QuoteClusterer;
import org.parallax.extract.Extraction;
import org.parallax.extract.ExtractionProgress;
import org.parallax.extract.source.SourceInference;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.Quote;
import org.parallax.model.QuoteCluster;
import org.parallax.model.QuoteKind;
import org.parallax.model.Span;
import org.parallax.model.Variant;

/**
 * Checks that a quote appearing word for word in several ECB+ articles lands in one quote cluster.
 *
 * <p>Each topic is one corpus: its documents ({@link EcbQuoteDocuments}) go through source inference, the app's
 * {@link Extraction} and the {@link QuoteClusterer}. A <b>verbatim-shared quote</b> is a group of the system's
 * direct quotes of one topic with the same {@linkplain #normalise normalised text} (quote marks unified and dropped
 * at the ends, spaces collapsed, a final comma or full stop dropped; case and inner words kept) of at least
 * {@value #MIN_WORDS} words, found in at least two documents. It is <b>together</b> when all its quotes are in one
 * cluster. The rate is together / shared. A group that is not together is counted by why: speakers differ
 * (the extraction gave the copies different speakers), a speaker missing on some copy, or other.
 *
 * <p>Beside the rate: how many clusters are {@linkplain QuoteCluster#attributionDiffers attribution disagreements}
 * (their members' articles credit different people) and the length in characters of the longest system quote (a
 * quote that ran on past its closing mark shows here first), and how many quotes are
 * {@linkplain #longerThanParagraph longer than their paragraph} without the multi-paragraph convention.
 */
public final class QuoteEvaluation {

    public static final int MIN_WORDS = 3;

    private static final Pattern QUOTE_MARKS = Pattern.compile("[\"“”„‟«»‘’‚‛`]|''|``");

    /** One verbatim-shared quote and what happened to it. */
    public record Shared(String topic, String text, List<Quote> quotes, boolean together, String why) {
    }

    public record Score(int shared, int together, int speakersDiffer, int speakerMissing, int other) {

        public double rate() {
            return shared == 0 ? Double.NaN : (double) together / shared;
        }
    }

    /**
     * @param attributionDisagreements clusters whose members' articles credit different people
     * @param longestQuoteChars        characters of the longest system quote, 0 when there is none
     * @param longerThanParagraph      system quotes running past their paragraph's end, not as a continued quote
     */
    public record Result(Path root, int topics, int documents, int quotes, int directQuotes, int clusters,
                         int attributionDisagreements, int longestQuoteChars, int longerThanParagraph, Score score,
                         List<Shared> groups, long millis) {
    }

    private final SourceInference sources;
    private final Extraction extraction;
    private final ExtractionProgress progress;
    private final QuoteClusterer clusterer;

    public QuoteEvaluation(SourceInference sources, Extraction extraction, QuoteClusterer clusterer) {
        this(sources, extraction, clusterer, ExtractionProgress.NONE);
    }

    /** As the other constructor, telling {@code progress} of each article analysed (for a terminal). */
    public QuoteEvaluation(SourceInference sources, Extraction extraction, QuoteClusterer clusterer, ExtractionProgress progress) {
        this.progress = progress;
        this.sources = sources;
        this.extraction = extraction;
        this.clusterer = clusterer;
    }

    public static QuoteEvaluation standard() {
        return new QuoteEvaluation(new SourceInference(), Extraction.standard(), new QuoteClusterer());
    }

    public static QuoteEvaluation standard(ExtractionProgress progress) {
        return new QuoteEvaluation(new SourceInference(), Extraction.standard(), new QuoteClusterer(), progress);
    }

    public Result run(Path root) throws IOException {
        long t0 = System.nanoTime();
        Map<String, List<EcbQuoteDocuments.Doc>> topics;
        try {
            topics = EcbQuoteDocuments.read(root);
        } catch (GoldFormatException e) {
            throw new IOException(e.getMessage(), e);
        }
        int documents = 0;
        int quotes = 0;
        int direct = 0;
        int clusters = 0;
        int disagreements = 0;
        int longest = 0;
        int longerThanParagraph = 0;
        List<Shared> groups = new ArrayList<>();
        for (Map.Entry<String, List<EcbQuoteDocuments.Doc>> topic : topics.entrySet()) {
            List<Article> articles = new ArrayList<>();
            for (EcbQuoteDocuments.Doc d : topic.getValue()) {
                articles.add(new Article(d.id(), d.file(), null, null, null, null, null, d.text(), null));
            }
            documents += articles.size();
            Corpus corpus = extraction.extract(sources.infer(Corpus.of(articles)), progress);
            List<QuoteCluster> found = clusterer.cluster(corpus);
            quotes += corpus.quotes().size();
            direct += (int) corpus.quotes().stream().filter(q -> q.kind() == QuoteKind.DIRECT).count();
            clusters += found.size();
            disagreements += attributionDisagreements(found);
            longest = Math.max(longest, longestQuoteChars(corpus.quotes()));
            longerThanParagraph += longerThanParagraph(corpus);
            groups.addAll(shared(topic.getKey(), corpus.quotes(), found));
        }
        return new Result(root, topics.size(), documents, quotes, direct, clusters, disagreements, longest,
                longerThanParagraph, score(groups), groups, (System.nanoTime() - t0) / 1_000_000);
    }

    /** How many of {@code clusters} credit their words to more than one person. */
    public static int attributionDisagreements(List<QuoteCluster> clusters) {
        return (int) clusters.stream().filter(QuoteCluster::attributionDiffers).count();
    }

    /** The length of the longest quote's text, 0 for none. */
    public static int longestQuoteChars(List<Quote> quotes) {
        return quotes.stream().mapToInt(q -> q.text().length()).max().orElse(0);
    }

    /**
     * How many of the corpus's quotes run past the end of the paragraph they start in, where a following paragraph
     * does not open with a quote mark (a paragraph that does continues the quote: the multi-paragraph convention).
     */
    public static int longerThanParagraph(Corpus corpus) {
        Map<String, Article> articles = corpus.articlesById();
        return (int) corpus.quotes().stream()
                .filter(q -> runsPastParagraph(q.span(), articles.get(q.articleId()).text()))
                .count();
    }

    /** Whether {@code span} crosses a paragraph break of {@code text} into a paragraph not opening with a quote mark. */
    static boolean runsPastParagraph(Span span, String text) {
        int brk = text.indexOf(Article.PARAGRAPH_BREAK, span.start());
        while (brk >= 0 && brk < span.end()) {
            String next = text.substring(brk, span.end()).stripLeading();
            if (!next.isEmpty() && !QUOTE_MARKS.matcher(next).lookingAt()) { // blank space past a break is no text
                return true;
            }
            brk = text.indexOf(Article.PARAGRAPH_BREAK, brk + Article.PARAGRAPH_BREAK.length());
        }
        return false;
    }

    /** The verbatim-shared quotes of one corpus and whether each is together in the clusters. */
    public static List<Shared> shared(String topic, List<Quote> quotes, List<QuoteCluster> clusters) {
        Map<String, String> clusterOf = new HashMap<>();
        for (QuoteCluster c : clusters) {
            for (Variant v : c.members()) {
                clusterOf.put(v.quoteId(), c.id());
            }
        }
        Map<String, List<Quote>> byText = new LinkedHashMap<>();
        for (Quote q : quotes) {
            String n = normalise(q.text());
            if (q.kind() == QuoteKind.DIRECT && n.split(" ").length >= MIN_WORDS) {
                byText.computeIfAbsent(n, k -> new ArrayList<>()).add(q);
            }
        }
        List<Shared> out = new ArrayList<>();
        for (Map.Entry<String, List<Quote>> e : byText.entrySet()) {
            List<Quote> g = e.getValue();
            if (g.stream().map(Quote::articleId).distinct().count() < 2) {
                continue;
            }
            Set<String> ids = new TreeSet<>();
            boolean unclustered = false;
            for (Quote q : g) {
                String c = clusterOf.get(q.id());
                if (c == null) {
                    unclustered = true;
                } else {
                    ids.add(c);
                }
            }
            boolean together = !unclustered && ids.size() == 1;
            String why = "";
            if (!together) {
                long speakers = g.stream().map(Quote::speaker).filter(Objects::nonNull).distinct().count();
                boolean missing = g.stream().anyMatch(q -> q.speaker() == null);
                why = speakers > 1 ? "speakers differ" : missing ? "speaker missing" : "other";
            }
            out.add(new Shared(topic, e.getKey(), g, together, why));
        }
        return out;
    }

    public static Score score(List<Shared> groups) {
        int together = 0;
        int differ = 0;
        int missing = 0;
        int other = 0;
        for (Shared s : groups) {
            if (s.together()) {
                together++;
            } else if (s.why().equals("speakers differ")) {
                differ++;
            } else if (s.why().equals("speaker missing")) {
                missing++;
            } else {
                other++;
            }
        }
        return new Score(groups.size(), together, differ, missing, other);
    }

    /** Quote marks unified and dropped at the ends, spaces collapsed, a final comma or full stop dropped. */
    public static String normalise(String text) {
        String s = QUOTE_MARKS.matcher(text).replaceAll("\"").replaceAll("\\s+", " ").strip();
        String prev;
        do {
            prev = s;
            s = s.replaceAll("^[\"\\s]+|[\"\\s]+$", "").replaceAll("[,.]$", "");
        } while (!s.equals(prev));
        return s;
    }
}
