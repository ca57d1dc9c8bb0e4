package org.parallax.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.parallax.compare.event.Candidate;
import org.parallax.compare.event.CandidateFinder;
import org.parallax.compare.event.Gist;
import org.parallax.compare.event.Undated;
import org.parallax.model.Span;
import org.parallax.model.TimePrecision;
import org.parallax.model.TimexValue;

/**
 * An article's events statements (what {@link CandidateFinder} finds in it: the dated ones and the undated ones that
 * name an action or report a speaker) as Spark rows, so they are found on the executors, next to the article, and the
 * driver only clusters them. Every field is carried as it is (a date with its precision, days and modifier; terms
 * with their weights in the order the statement holds them), so the driver's statements equal the desktop's.
 */
final class Statements {

    static final StructType SPAN = new StructType()
            .add("article", DataTypes.StringType, false).add("start", DataTypes.IntegerType, false)
            .add("end", DataTypes.IntegerType, false);
    private static final StructType DATE = new StructType()
            .add("value", DataTypes.StringType, false).add("precision", DataTypes.StringType, false)
            .add("first", DataTypes.StringType, false).add("last", DataTypes.StringType, false)
            .add("modifier", DataTypes.StringType, false);
    private static final StructType GIST = new StructType()
            .add("actor", strings(), false).add("actor_text", DataTypes.StringType, true)
            .add("action", DataTypes.StringType, true).add("action_text", DataTypes.StringType, true);
    static final StructType DATED = new StructType()
            .add("mention", SPAN, false).add("date", DATE, false).add("label", DataTypes.StringType, false)
            .add("terms", strings(), false).add("weights", DataTypes.createArrayType(DataTypes.DoubleType, false), false)
            .add("reference", DataTypes.StringType, true).add("until", DATE, true).add("gist", GIST, false);
    static final StructType UNDATED = new StructType()
            .add("mention", SPAN, false).add("terms", strings(), false)
            .add("weights", DataTypes.createArrayType(DataTypes.DoubleType, false), false).add("gist", GIST, false)
            .add("published", DataTypes.StringType, true).add("speaker", strings(), false);

    /** The two columns a per-article row gets. */
    static StructType addColumns(StructType row) {
        return row.add("dated", DataTypes.createArrayType(DATED, false), false)
                .add("undated", DataTypes.createArrayType(UNDATED, false), false);
    }

    private Statements() {
    }

    /** {@code found}'s dated statements as the value of the "dated" column. */
    static Row[] dated(CandidateFinder.Found found) {
        return found.dated().stream().map(Statements::row).toArray(Row[]::new);
    }

    /** {@code found}'s undated statements as the value of the "undated" column. */
    static Row[] undated(CandidateFinder.Found found) {
        return found.undated().stream().map(Statements::row).toArray(Row[]::new);
    }

    /** The dated statements of many article rows ("dated" column), in the order given. */
    static List<Candidate> datedOf(List<Row> articles) {
        List<Candidate> dated = new ArrayList<>();
        for (Row r : articles) {
            r.<Row>getList(r.fieldIndex("dated")).forEach(d -> dated.add(candidate(d)));
        }
        return dated;
    }

    static Row row(Candidate c) {
        return RowFactory.create(span(c.mention()), date(c.date()), c.label(), keys(c.terms()), weights(c.terms()),
                c.reference() == null ? null : c.reference().toString(), c.until() == null ? null : date(c.until()),
                gist(c.gist()));
    }

    private static Row row(Undated u) {
        return RowFactory.create(span(u.mention()), keys(u.terms()), weights(u.terms()), gist(u.gist()),
                u.published() == null ? null : u.published().toString(), u.speaker().toArray(String[]::new));
    }

    static Candidate candidate(Row r) {
        Row until = struct(r, "until");
        String reference = r.getString(r.fieldIndex("reference"));
        return new Candidate(spanOf(struct(r, "mention")), dateOf(struct(r, "date")),
                r.getString(r.fieldIndex("label")), terms(r), reference == null ? null : LocalDate.parse(reference),
                until == null ? null : dateOf(until), gistOf(struct(r, "gist")));
    }

    static Undated undatedOf(Row r) {
        String published = r.getString(r.fieldIndex("published"));
        return new Undated(spanOf(struct(r, "mention")), terms(r), gistOf(struct(r, "gist")),
                published == null ? null : LocalDate.parse(published), r.<String>getList(r.fieldIndex("speaker")));
    }

    private static Row struct(Row r, String field) {
        return r.getStruct(r.fieldIndex(field));
    }

    static Row span(Span s) {
        return RowFactory.create(s.articleId(), s.start(), s.end());
    }

    static Span spanOf(Row r) {
        return new Span(r.getString(0), r.getInt(1), r.getInt(2));
    }

    private static Row date(TimexValue d) {
        return RowFactory.create(d.value(), d.precision().name(), d.first().toString(), d.last().toString(),
                d.modifier());
    }

    static TimexValue dateOf(Row r) {
        return new TimexValue(r.getString(0), TimePrecision.valueOf(r.getString(1)), LocalDate.parse(r.getString(2)),
                LocalDate.parse(r.getString(3)), r.getString(4));
    }

    private static Row gist(Gist g) {
        return RowFactory.create(g.actor().toArray(String[]::new), g.actorText(), g.action(), g.actionText());
    }

    private static Gist gistOf(Row r) {
        return new Gist(r.<String>getList(0), r.getString(1), r.getString(2), r.getString(3));
    }

    private static String[] keys(Map<String, Double> terms) {
        return terms.keySet().toArray(String[]::new);
    }

    private static Double[] weights(Map<String, Double> terms) {
        return terms.values().toArray(Double[]::new);
    }

    private static Map<String, Double> terms(Row r) {
        List<String> keys = r.getList(r.fieldIndex("terms"));
        List<Double> weights = r.getList(r.fieldIndex("weights"));
        Map<String, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            out.put(keys.get(i), weights.get(i));
        }
        return out;
    }

    private static ArrayType strings() {
        return DataTypes.createArrayType(DataTypes.StringType, false);
    }
}
