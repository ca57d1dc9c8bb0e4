package org.parallax.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.parallax.compare.quote.QuoteSimilarity;
import org.parallax.compare.quote.QuoteWords;

/**
 * The keys every link rule of the desktop's quote clustering needs two utterances to share, as rows: a probe row is a
 * key an utterance looks up, an index row one it is found by. Each rule needs a least overlap; an overlap of t of an
 * utterance's n tokens holds one of any n − t + 1 of them (pigeonhole), so where the rule allows, an utterance looks up
 * only that many of its rarest keys ({@link #ALL} otherwise) in the index of every utterance's keys ({@link PrefixJoin}),
 * as the desktop's {@code CandidateBlocking} does in memory. A token is a stem with its occurrence (the second "no" of
 * a quote). The rules (each key hashed with its rule's letter, so rules never meet):
 * <ul>
 *   <li>{@code r}, a common run ({@link QuoteSimilarity#MIN_RUN} stems), whoever the speakers: every run, both ways;</li>
 *   <li>{@code v}, near-verbatim, whoever the speakers: the shorter's rarest tokens against the longer's;</li>
 *   <li>{@code t}, the text link's containment, speakers of one surname: the same with its share;</li>
 *   <li>{@code c}, the translation link, direct quotes of one surname: the smaller's rarest content classes;</li>
 *   <li>{@code p}, a partial quote's candidates: each of its content classes against the same speaker's core
 *       quotes;</li>
 *   <li>{@code e}, equal partials (same speaker key and stems, which the desktop groups when nothing takes them);</li>
 *   <li>{@code u}, equal words with no speaker (a direct and an indirect quote: two utterances).</li>
 * </ul>
 */
final class BlockKeys {

    /** A probe of every key. */
    static final int ALL = Integer.MAX_VALUE;

    /** {@code size}: what the rule compares (tokens or classes): the prober is never larger than what it finds. */
    static final StructType KEYS = new StructType()
            .add("key", DataTypes.LongType, false).add("utterance", DataTypes.LongType, false)
            .add("rule", DataTypes.IntegerType, false).add("size", DataTypes.IntegerType, false)
            .add("probe", DataTypes.BooleanType, false).add("index", DataTypes.BooleanType, false)
            .add("prefix", DataTypes.IntegerType, false);

    private BlockKeys() {
    }

    /** The key rows of one utterance row ({@code utterance} and the fields of {@link Utterances.Said}). */
    static Iterator<Row> of(Row r) {
        long u = r.getAs("utterance");
        Utterances.Said s = Utterances.Said.of(r, "");
        List<Row> out = new ArrayList<>();
        QuoteWords w = s.words();
        if (s.partial()) {
            String equal = (s.who() == null ? "" : s.who()) + "\u0000" + String.join(" ", w.stems());
            out.add(row(hash('e', equal), u, 0, 0, true, true, ALL));
            if (s.who() != null) {
                w.content().forEach(c -> out.add(row(hash('p', s.who() + "\u0000" + c), u, 1, 0, true, false, ALL)));
            }
            return out.iterator();
        }
        int n = w.size();
        List<String> tokens = tokens(w.stems());
        for (long run : runs(w.stems())) {
            out.add(row(run, u, 2, 0, true, true, ALL));
        }
        if (n >= QuoteSimilarity.MIN_NEAR_VERBATIM_WORDS) {
            int prefix = n - QuoteSimilarity.leastShared(n, 0, QuoteSimilarity.NEAR_VERBATIM) + 1;
            tokens.forEach(t -> out.add(row(hash('v', t), u, 3, n, true, true, prefix)));
        }
        String surname = s.surname();
        if (surname == null) {
            out.add(row(hash('u', String.join(" ", w.words())), u, 6, 0, true, true, ALL));
            return out.iterator();
        }
        if (n >= QuoteSimilarity.MIN_TEXT_WORDS) {
            int prefix = n - QuoteSimilarity.leastShared(n, 0, QuoteSimilarity.TEXT_CONTAINMENT) + 1;
            tokens.forEach(t -> out.add(row(hash('t', surname + "\u0000" + t), u, 4, n, true, true, prefix)));
        }
        w.content().forEach(c -> out.add(row(hash('p', s.who() + "\u0000" + c), u, 1, 0, false, true, ALL)));
        if (s.direct()) {
            int classes = w.content().size();
            int least = QuoteSimilarity.leastShared(classes, QuoteSimilarity.MIN_TRANSLATION_SHARED, QuoteSimilarity.TRANSLATION_OVERLAP);
            int prefix = least > 0 ? classes - least + 1 : 0;
            w.content().forEach(c -> out.add(row(hash('c', surname + "\u0000" + c), u, 5, classes, prefix > 0, true,
                    prefix)));
        }
        return out.iterator();
    }

    /** Each stem with its occurrence: "no#1", "no#2" for a quote saying "no" twice. */
    private static List<String> tokens(List<String> stems) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> out = new ArrayList<>(stems.size());
        for (String s : stems) {
            out.add(s + "#" + seen.merge(s, 1, Integer::sum));
        }
        return out;
    }

    /** The hashes of every run of {@value QuoteSimilarity#MIN_RUN} stems, once each. */
    private static Set<Long> runs(List<String> stems) {
        Set<Long> out = new LinkedHashSet<>();
        for (int i = 0; i + QuoteSimilarity.MIN_RUN <= stems.size(); i++) {
            out.add(hash('r', String.join(" ", stems.subList(i, i + QuoteSimilarity.MIN_RUN))));
        }
        return out;
    }

    private static long hash(char rule, String key) {
        return QuoteBlocks.hash(rule + "\u0000" + key);
    }

    private static Row row(long key, long utterance, int rule, int size, boolean probe, boolean index, int prefix) {
        return RowFactory.create(key, utterance, rule, size, probe, index, prefix);
    }
}
