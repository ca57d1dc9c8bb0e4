package org.parallax.spark;

import java.sql.Date;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.parallax.extract.Extraction;
import org.parallax.load.CorpusLoader;
import org.parallax.load.LoadProgress;
import org.parallax.model.Article;
import org.parallax.model.TimeMention;
import org.parallax.text.PartsOfSpeech;
import org.parallax.text.TextAnalyser;

/**
 * A corpus of any size for the benchmark and the agreement check, as Parquet in the job's input columns, made from the
 * bundled sample's articles. Articles come in generations of {@code copies} articles per seed: within a generation
 * the copies are one story as {@code copies} outlets carry it (wire copies, each without one paragraph, so a quote or a
 * date is missing from some); generation {@code g} is published {@code g} weeks after the seed, with its nouns and
 * adjectives (lower case, seven letters or more, outside dates) replaced by made-up words of the same ending, so each
 * generation is a story of its own for the quote and event clustering, while speakers, reporting verbs and dates stay.
 * {@code copies = 0}: one generation, every article a copy of a seed (a thousand copies of each quote at 5,000
 * articles: a degenerate corpus). Deterministic.
 */
final class GeneratedCorpus {

    static final StructType SCHEMA = new StructType().add("text", DataTypes.StringType)
            .add("title", DataTypes.StringType).add("url", DataTypes.StringType)
            .add("date_publish", DataTypes.DateType).add("source_domain", DataTypes.StringType);

    /** The articles of one story: copies of a seed by as many outlets (the benchmark's default). */
    static final int COPIES = 20;

    private static final Pattern WORD = Pattern.compile("\\p{L}++");
    private static final Set<String> RENAMED_TAGS = Set.of("NOUN", "ADJ");
    private static final int LONG_WORD = 7;
    private static final int ENDING = 3;

    private GeneratedCorpus() {
    }

    /** Writes {@code size} generated articles to {@code path} (Parquet) and returns how many were written. */
    static long write(SparkSession spark, int size, int copies, String path) {
        List<Article> seeds = new CorpusLoader().loadBundled(LoadProgress.NONE).corpus().articles();
        List<Set<String>> renamed = seeds.stream().map(GeneratedCorpus::renamable).toList();
        int perGeneration = copies <= 0 ? Integer.MAX_VALUE : seeds.size() * copies;
        List<Row> rows = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            int s = i % seeds.size();
            Article seed = seeds.get(s);
            int g = i / perGeneration;
            int k = i % perGeneration / seeds.size();
            String text = withoutParagraph(seed.text(), k);
            Date day = seed.published() == null ? null
                    : Date.valueOf(copies <= 0 ? seed.published().plusWeeks(k / 10) : seed.published().plusWeeks(g));
            rows.add(RowFactory.create(rename(text, renamed.get(s), g), rename(seed.title(), renamed.get(s), g),
                    "https://outlet-" + (i % 50) + ".example/" + i, day, "outlet-" + (i % 50) + ".example"));
        }
        Dataset<Row> df = spark.createDataFrame(rows, SCHEMA);
        df.repartition(Math.max(1, size / 2000)).write().mode(SaveMode.Overwrite).parquet(path);
        return size;
    }

    static long write(SparkSession spark, int size, String path) {
        return write(spark, size, COPIES, path);
    }

    /** The text without its {@code k}-th paragraph (the first copy, and a text of under three paragraphs, whole). */
    private static String withoutParagraph(String text, int k) {
        String[] paragraphs = text.split(Article.PARAGRAPH_BREAK);
        StringBuilder out = new StringBuilder();
        for (int p = 0; p < paragraphs.length; p++) {
            if (k == 0 || paragraphs.length < 3 || p != k % paragraphs.length) {
                out.append(out.length() == 0 ? "" : Article.PARAGRAPH_BREAK).append(paragraphs[p]);
            }
        }
        return out.toString();
    }

    /** The seed's long lower-case nouns and adjectives outside its dates: the words a generation renames. */
    private static Set<String> renamable(Article seed) {
        TextAnalyser analyser = TextAnalyser.shared();
        String text = seed.text();
        Set<String> inDates = new HashSet<>();
        for (TimeMention t : Extraction.standard().extract(seed, analyser.analyse(text)).timexes()) {
            Matcher m = WORD.matcher(t.text());
            while (m.find()) {
                inDates.add(m.group());
            }
        }
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        String[] tags = new PartsOfSpeech().tag(words.toArray(String[]::new));
        Set<String> out = new HashSet<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (RENAMED_TAGS.contains(tags[i]) && w.length() >= LONG_WORD && w.equals(w.toLowerCase(Locale.ROOT))
                    && !inDates.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /** {@code text} with each word of {@code renamed} made up anew for generation {@code g} (0: as it is). */
    private static String rename(String text, Set<String> renamed, int g) {
        if (g == 0 || text == null) {
            return text;
        }
        Matcher m = WORD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String w = m.group();
            m.appendReplacement(out, renamed.contains(w) ? madeUp(w, g) : w);
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A made-up word as long as {@code w}, with its ending (so it still reads as a noun or adjective). */
    private static String madeUp(String w, int g) {
        long h = (w.hashCode() * 0x9E3779B97F4A7C15L) ^ (g * 0xBF58476D1CE4E5B9L);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < w.length() - ENDING; i++) {
            h = h * 6364136223846793005L + 1442695040888963407L;
            out.append((char) ('a' + (int) ((h >>> 33) % 26)));
        }
        return out.append(w, w.length() - ENDING, w.length()).toString();
    }
}
