package org.parallax.compare.happening;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parallax.compare.event.Words;
import org.parallax.model.Article;
import org.parallax.work.EveryCore;
import org.parallax.work.ForkedTask;

/**
 * Which articles report the same happening, dated or not: articles grouped by the names they share (capitalised words
 * not opening a sentence: people, places, organisations, products), each name weighed by its rarity among the articles
 * ({@code (1 + ln tf) · ln((N + 1) / df)}: a name of one article weighs nothing, one all hold a little, so two
 * articles sharing every name still join), cosine of the articles' name vectors, joined by average link while the
 * groups' mean similarity reaches {@link #JOIN} (decision 0028). Two reports of one quake share its town and its agencies; last year's quake in
 * the same region shares the region only, which the many articles holding it make cheap. An article sharing no rare
 * name with another is a story of its own. Dates play no part: an undated article joins by its words and takes no date.
 *
 * <p>Near-linear: pairs are proposed by an index of names, and a name held by more than {@link #COMMON} articles
 * proposes none (its weight is low anyway); merging keeps the summed similarity between groups.
 */
public final class ArticleStories {

    /** The mean cosine of two groups' name vectors at which they are one story. */
    static final double JOIN = 0.08;
    /** A name in more articles than this proposes no pairs. */
    static final int COMMON = 100;

    private ArticleStories() {
    }

    /**
     * The stories of the articles: each article's story number (from 0, in the order of each story's first article)
     * and each story's label.
     */
    public record Result(Map<String, Integer> storyOf, List<String> labels) {
    }

    /** The story of each article: article id → story number (from 0, in the order of each story's first article). */
    public static Map<String, Integer> of(List<Article> articles) {
        return group(articles).storyOf();
    }

    /** The articles' stories with their labels: the rare names a story's articles share most, at most three. */
    public static Result group(List<Article> articles) {
        return group(articles, articles.parallelStream().map(a -> Reading.of(a.text()).names()).toList());
    }

    /**
     * An article read for its story: its sentences (kept for its happening words, {@link Coverages}) and its names,
     * both from one copy of its chars.
     */
    record Reading(ArticleSentences sentences, List<NameWord> names) {
        static Reading of(String text) {
            char[] chars = text.toCharArray();
            ArticleSentences sentences = ArticleSentences.of(text, chars);
            return new Reading(sentences, nameWords(text, chars, sentences));
        }
    }

    /** As {@link #group(List)}, each article's names already {@code read} (in article order, {@link Reading}). */
    static Result group(List<Article> articles, List<List<NameWord>> read) {
        // each article read once, on every core; what is shared is then filled in article order, as one thread would
        List<Map<String, Integer>> counts = read.parallelStream().map(ArticleStories::counts).toList();
        Map<String, Integer> df = new HashMap<>();
        counts.forEach(c -> c.keySet().forEach(k -> df.merge(k, 1, Integer::sum)));
        // the labels' written forms do not depend on the stories: read on another core while one merges them
        Map<String, Integer> storyOf;
        List<List<Integer>> members = new ArrayList<>();
        Forms written;
        try (ForkedTask<Forms> forms = ForkedTask.fork(() -> Forms.of(read))) {
            storyOf = stories(articles, vectors(counts, df));
            for (int i = 0; i < articles.size(); i++) {
                int story = storyOf.get(articles.get(i).id());
                if (story == members.size()) {
                    members.add(new ArrayList<>());
                }
                members.get(story).add(i);
            }
            written = forms.join();
        }
        double n = articles.size();
        List<String> labels = StoryWork.each(members.stream().mapToInt(List::size).toArray(), (story, alone) -> {
            // the story's names weighed in its articles' order, as the one loop over all articles summed them
            Map<String, Double> held = new HashMap<>();
            for (int i : members.get(story)) {
                counts.get(i).keySet().forEach(k -> held.merge(k, Math.log(1 + n / df.get(k)), Double::sum));
            }
            return written.label(held);
        });
        return new Result(storyOf, labels);
    }

    /**
     * Each name's first written form, by its lower-cased form; and how often it is written ([0]) and how often another
     * capitalised word follows it right after a space ([1]).
     */
    private record Forms(Map<String, String> written, Map<String, int[]> leads) {

        static Forms of(List<List<NameWord>> read) {
            Map<String, String> written = new HashMap<>();
            Map<String, int[]> leads = new HashMap<>();
            read.forEach(words -> ArticleStories.written(words, written, leads));
            return new Forms(written, leads);
        }

        /**
         * A story's label from its names' summed weights: the three heaviest, as first written. A word that mostly
         * leads another name is a first name or the head of a longer one ("Bashar al-Assad", "New York"): the label
         * keeps the name's last word, as headlines keep "Assad".
         */
        String label(Map<String, Double> names) {
            return String.join(", ", names.entrySet().stream()
                    .filter(e -> 2 * leads.get(e.getKey())[1] <= leads.get(e.getKey())[0])
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(3).map(e -> written.get(e.getKey())).toList());
        }
    }

    /** The most days between the publication of two articles of one story. */
    static final int SPAN_DAYS = 60;

    private static Map<String, Integer> stories(List<Article> articles, List<Map<String, Double>> vectors) {
        int n = articles.size();
        long[] firstDay = new long[n];
        long[] lastDay = new long[n];
        for (int i = 0; i < n; i++) {
            java.time.LocalDate p = articles.get(i).published();
            firstDay[i] = p == null ? Long.MAX_VALUE : p.toEpochDay();
            lastDay[i] = p == null ? Long.MIN_VALUE : p.toEpochDay();
        }
        int[] parent = merged(pairs(vectors), firstDay, lastDay);
        Map<Integer, Integer> numbers = new LinkedHashMap<>();
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            int root = i;
            while (parent[root] != root) {
                root = parent[root];
            }
            out.put(articles.get(i).id(), numbers.computeIfAbsent(root, k -> numbers.size()));
        }
        return out;
    }

    /**
     * Average-link merging of the articles by their pairs' summed cosines (pair key: the two article indices, the
     * smaller in the high half), published within {@link #SPAN_DAYS} of each other ({@code firstDay}, {@code
     * lastDay}: each article's day, {@code Long.MAX_VALUE} and {@code MIN_VALUE} when undated; both are changed):
     * each article's parent, itself for a story's root. A group is named by its root, its smallest article (the
     * larger group index merges into the smaller), and a candidate by its two groups, the smaller first. Equal
     * similarities merge in the {@link MergeQueue}'s order of the candidates themselves, so no map's order of
     * iteration is read: neither the pairs' nor the groups' (decision 0057). A group's sum with another is the sum of
     * its two halves' sums, made as they merge, so the sums follow the merge order too. The pairs' components
     * ({@link PairComponents}) merge each on its own, on every core: a merge reads and writes its own groups alone,
     * so each component makes the merges, in the order, and the sums it made in the one queue (decision 0080).
     */
    static int[] merged(PairSums pairs, long[] firstDay, long[] lastDay) {
        int n = firstDay.length;
        int[] parent = new int[n];
        int[] size = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            size[i] = 1;
        }
        PartnerSums[] sums = GroupSums.of(pairs, n);
        // each component of the pairs merges on its own (its articles' entries of the arrays are its alone), the
        // largest first, on every core: the merges of one are those it makes among all, in the same order
        PairComponents components = PairComponents.of(pairs, n);
        int[] order = java.util.stream.IntStream.range(0, components.count()).boxed()
                .sorted(java.util.Comparator.comparingInt((Integer c) -> -components.size(c)))
                .mapToInt(Integer::intValue).toArray();
        EveryCore.each(order.length, next -> {
            int c = order[next];
            MergeQueue queue = new MergeQueue();
            for (int k = 0; k < components.size(c); k++) {
                int e = components.pair(c, k);
                long key = pairs.key(e);
                queue.add(pairs.sum(e), (int) (key >> 32), (int) key, 1, 1);
            }
            merge(queue, sums, parent, size, firstDay, lastDay);
        });
        return parent;
    }

    /** The merging of the groups whose candidates {@code queue} holds, until the best falls below {@link #JOIN}. */
    private static void merge(MergeQueue queue, PartnerSums[] sums, int[] parent, int[] size, long[] firstDay,
                              long[] lastDay) {
        while (!queue.isEmpty()) {
            queue.poll();
            int a = queue.first();
            int b = queue.second();
            if (queue.similarity() < JOIN) {
                break;
            }
            if (parent[a] != a || parent[b] != b || size[a] != queue.firstSize() || size[b] != queue.secondSize()) {
                continue; // stale: one side has merged since
            }
            long first = Math.min(firstDay[a], firstDay[b]);
            long last = Math.max(lastDay[a], lastDay[b]);
            if (first != Long.MAX_VALUE && last - first > SPAN_DAYS) {
                continue; // articles published far apart report two happenings, whatever names they share
            }
            parent[b] = a;
            size[a] += size[b];
            firstDay[a] = first;
            lastDay[a] = last;
            PartnerSums into = sums[a];
            into.remove(b);
            PartnerSums from = sums[b];
            for (int slot = 0; slot < from.slots(); slot++) {
                if (!from.holds(slot) || from.key(slot) == a) {
                    continue;
                }
                int c = from.key(slot);
                double sum = into.add(c, from.sum(slot));
                sums[c].remove(b);
                sums[c].put(a, sum);
            }
            sums[b] = null; // merged: no pair names it again
            for (int slot = 0; slot < into.slots(); slot++) {
                if (into.holds(slot)) {
                    int c = into.key(slot);
                    double similarity = into.sum(slot) / ((double) size[a] * size[c]);
                    queue.add(similarity, Math.min(a, c), Math.max(a, c), size[Math.min(a, c)], size[Math.max(a, c)]);
                }
            }
        }
    }

    /**
     * Summed cosine of every pair of articles sharing a name of {@link #COMMON} articles or fewer, in no order that
     * anything reads (decision 0057). The sums are made
     * in plain arrays ({@link PairSums}: a pair of replicated articles shares every name, and each share boxed a
     * number and searched a map), each summed in the order of the names; each name's holders are listed with their
     * weights as the vectors are read (each weight was looked up again by name, and each holder boxed).
     */
    static PairSums pairs(List<Map<String, Double>> vectors) {
        Map<String, Holders> holders = new HashMap<>();
        for (int i = 0; i < vectors.size(); i++) {
            int article = i;
            vectors.get(i).forEach((name, weight) -> holders.computeIfAbsent(name, k -> new Holders())
                    .add(article, weight));
        }
        List<Holders> proposing = holders.values().stream().filter(with -> with.size <= COMMON).toList();
        // the pairs parted by their first article, each part summed on a core of its own (a pair is in one part, its
        // shares added there in the names' order): they were summed on one thread while the other waited
        PairSums[] parts = new PairSums[PAIR_PARTS];
        EveryCore.each(PAIR_PARTS, part -> {
            PairSums sums = new PairSums();
            for (Holders with : proposing) {
                int[] at = with.articles;
                double[] weight = with.weights;
                for (int x = 0; x < with.size; x++) {
                    if (at[x] % PAIR_PARTS != part) {
                        continue;
                    }
                    for (int y = x + 1; y < with.size; y++) {
                        sums.add(((long) at[x] << 32) | at[y], weight[x] * weight[y]);
                    }
                }
            }
            parts[part] = sums;
        });
        return PairSums.joined(parts);
    }

    /**
     * Parts the pairs are summed in, by their first article: more than the cores, so that a core that starts late or
     * is taken by another process leaves its part to the others ({@link EveryCore#each}).
     */
    static final int PAIR_PARTS = 4;

    /** The articles holding a name, in article order, with the name's weight in each. */
    private static final class Holders {
        int[] articles = new int[4];
        double[] weights = new double[4];
        int size;

        void add(int article, double weight) {
            if (size == articles.length) {
                articles = java.util.Arrays.copyOf(articles, 2 * size);
                weights = java.util.Arrays.copyOf(weights, 2 * size);
            }
            articles[size] = article;
            weights[size++] = weight;
        }
    }

    /**
     * Each article's names weighed by rarity, as unit vectors; names of one article alone are left out. Each article's
     * on its own, on every core.
     */
    private static List<Map<String, Double>> vectors(List<Map<String, Integer>> counts, Map<String, Integer> df) {
        int n = counts.size();
        return counts.parallelStream().map(c -> {
            Map<String, Double> v = new HashMap<>();
            c.forEach((k, tf) -> {
                if (df.get(k) > 1) {
                    v.put(k, (1 + Math.log(tf)) * Math.log((n + 1.0) / df.get(k)));
                }
            });
            double norm = Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum());
            v.replaceAll((k, x) -> norm == 0 ? 0 : x / norm);
            return v;
        }).toList();
    }

    private static Map<String, Integer> counts(List<NameWord> words) {
        Map<String, Integer> out = new HashMap<>();
        words.forEach(w -> out.merge(w.key(), 1, Integer::sum));
        return out;
    }

    /**
     * Each name's first written form, by its lower-cased form, added to {@code into}; and in {@code leads} how often
     * it is written ([0]) and how often another capitalised word follows it right after a space ([1]).
     */
    private static void written(List<NameWord> words, Map<String, String> into, Map<String, int[]> leads) {
        for (NameWord w : words) {
            String key = w.key();
            into.putIfAbsent(key, w.text());
            int[] n = leads.computeIfAbsent(key, k -> new int[2]);
            n[0]++;
            if (w.leads()) {
                n[1]++;
            }
        }
    }

    /**
     * A capitalised word inside a sentence, its {@link Words#normalise normal} form (the name's key, made where the
     * article is read on every core: the labels' forms are read on one), and whether another name's word follows it
     * right after a space.
     */
    record NameWord(String text, String key, boolean leads) {
    }

    /** A word that goes on a name: capitalised, or a particle before a capital ("al-Assad"). */
    private static final java.util.regex.Pattern NAME_PART = java.util.regex.Pattern.compile("\\p{Lu}|\\p{Ll}{1,3}-\\p{Lu}");

    /**
     * The names of a text, sentence by sentence: the words of {@link Words#split} after a sentence's first, read
     * char by char from the text's chars (its string's {@code charAt} checks every index of a text with curly quotes
     * in a call C1 does not inline); a capitalised word is looked up in the thread's {@link HappeningLexicon}, which
     * makes its string and its key once (most words are not capitalised, and splitting made a token and a string of
     * each). {@code chars} are {@code text.toCharArray()}, already split into {@code sentences}.
     */
    static List<NameWord> nameWords(String text, char[] chars, ArticleSentences sentences) {
        List<NameWord> out = new ArrayList<>();
        HappeningLexicon lexicon = HappeningLexicon.forText();
        java.util.regex.Matcher part = NAME_PART.matcher(text);
        for (int s = 0; s < sentences.count(); s++) {
            int to = sentences.end(s);
            int index = 0;
            String name = null; // the word before, when it is a name
            String key = null;
            int nameEnd = -1;
            int i = sentences.start(s);
            while (i < to) {
                if (Words.asciiNonWord(chars[i])) { // a space or mark: most chars between words
                    i++;
                    continue;
                }
                int end = HappeningTokens.wordEnd(chars, i, to);
                if (end < 0) {
                    i++;
                    continue;
                }
                if (name != null) {
                    out.add(new NameWord(name, key, i == nameEnd + 1 && part.region(i, end).lookingAt()));
                    name = null;
                }
                if (index++ > 0 && end - i > 1 && Character.isUpperCase(chars[i])) {
                    int n = lexicon.find(chars, i, end);
                    key = lexicon.nameKey(n);
                    if (key != null) {
                        name = lexicon.word(n);
                        nameEnd = end;
                    }
                }
                i = end;
            }
            if (name != null) {
                out.add(new NameWord(name, key, false));
            }
        }
        return out;
    }
}
