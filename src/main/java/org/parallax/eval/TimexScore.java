package org.parallax.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.parallax.model.TimePrecision;
import org.parallax.model.TimeMention;
import org.parallax.model.TimexType;

/**
 * TempEval-3 style scores of system temporal expressions against gold ones, summed over documents.
 *
 * <ul>
 *   <li>Strict span: a system mention whose {@code [start, end)} equals a gold one's.</li>
 *   <li>Relaxed span: system and gold mentions paired one to one when they overlap (in text order, each gold
 *       mention used once).</li>
 *   <li>Value: a relaxed pair whose values are equal; precision over all system mentions, recall over all gold
 *       mentions (so value F1 is the relaxed F1 times value accuracy).</li>
 * </ul>
 * Errors are counted by category, with examples: missed gold mentions and spurious system ones by the kind of
 * their value, wrong values by the kinds of the gold and system values, right values whose span differs ("span only").
 */
public final class TimexScore {

    /** One error, for listing. */
    public record Example(String doc, String category, String context) {
    }

    int documents;
    int gold;
    int system;
    int strict;
    int relaxed;
    int value;
    int typeCorrect;
    int goldSpecific;
    int valueSpecific;
    final Map<String, Integer> categories = new TreeMap<>();
    final List<Example> examples = new ArrayList<>();

    /** Scores one document; {@code ignore} are character ranges neither side is scored on (the DCT line). */
    void add(String doc, String text, List<GoldTimex> goldMentions, List<TimeMention> systemMentions) {
        documents++;
        gold += goldMentions.size();
        system += systemMentions.size();
        boolean[] goldUsed = new boolean[goldMentions.size()];
        boolean[] goldStrict = new boolean[goldMentions.size()];
        for (GoldTimex g : goldMentions) {
            if (specific(g.value())) {
                goldSpecific++;
            }
        }
        for (TimeMention s : systemMentions) {
            int ss = s.span().start();
            int se = s.span().end();
            for (int i = 0; i < goldMentions.size(); i++) {
                GoldTimex g = goldMentions.get(i);
                if (!goldStrict[i] && g.start() == ss && g.end() == se) {
                    goldStrict[i] = true;
                    strict++;
                    break;
                }
            }
            int match = pair(goldMentions, goldUsed, ss, se);
            if (match < 0) {
                count("spurious " + kind(s.type().name(), s.value()), doc, text, ss, se,
                        "'" + s.text() + "' → " + s.value());
                continue;
            }
            goldUsed[match] = true;
            relaxed++;
            GoldTimex g = goldMentions.get(match);
            if (g.type().equals(s.type().name())) {
                typeCorrect++;
            }
            if (g.value().equals(s.value())) {
                value++;
                if (specific(g.value())) {
                    valueSpecific++;
                }
                if (g.start() != ss || g.end() != se) {
                    count("span only", doc, text, Math.min(ss, g.start()), Math.max(se, g.end()),
                            "gold '" + g.text() + "' / system '" + s.text() + "'");
                }
            } else {
                count("wrong value: gold " + kind(g.type(), g.value()) + ", system " + kind(s.type().name(), s.value()),
                        doc, text, Math.min(ss, g.start()), Math.max(se, g.end()),
                        "gold '" + g.text() + "' " + g.value() + " / system '" + s.text() + "' " + s.value());
            }
        }
        for (int i = 0; i < goldMentions.size(); i++) {
            if (!goldUsed[i]) {
                GoldTimex g = goldMentions.get(i);
                count("missed " + kind(g.type(), g.value()), doc, text, g.start(), g.end(),
                        "'" + g.text() + "' " + g.type() + " " + g.value());
            }
        }
    }

    /**
     * The gold mention a system mention pairs with: one with the same span if there is one (nested gold such as
     * "from 2009 to 2011" around "2009" pairs the year with the year), else the first overlapping one; -1 if none.
     */
    private static int pair(List<GoldTimex> goldMentions, boolean[] goldUsed, int ss, int se) {
        int match = -1;
        for (int i = 0; i < goldMentions.size(); i++) {
            GoldTimex g = goldMentions.get(i);
            if (goldUsed[i] || !g.overlaps(ss, se)) {
                continue;
            }
            if (g.start() == ss && g.end() == se) {
                return i;
            }
            if (match < 0) {
                match = i;
            }
        }
        return match;
    }

    private void count(String category, String doc, String text, int start, int end, String what) {
        categories.merge(category, 1, Integer::sum);
        int from = Math.max(0, start - 60);
        int to = Math.min(text.length(), end + 60);
        String ctx = (text.substring(from, start) + "[" + text.substring(start, end) + "]" + text.substring(end, to))
                .replace('\n', ' ');
        examples.add(new Example(doc, category, what + "   …" + ctx + "…"));
    }

    /** Whether a gold value is fully specified: not a vague reference and without X digits. */
    static boolean specific(String value) {
        return !value.endsWith("_REF") && !value.contains("X");
    }

    /** The kind of a value for error categories: "DATE day", "DATE month", "DATE ref", "DURATION", "TIME". */
    static String kind(String type, String value) {
        if (type.equals(TimexType.DURATION.name()) || type.equals(TimexType.SET.name())) {
            return type;
        }
        if (value.endsWith("_REF")) {
            return type + " ref";
        }
        if (value.contains("X")) {
            return type + " underspecified";
        }
        TimePrecision p = TimePrecision.of(value);
        if (p == TimePrecision.NONE && value.startsWith("P")) {
            return type + " duration-value";
        }
        return type + " " + p.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public int documents() {
        return documents;
    }

    public int gold() {
        return gold;
    }

    public int system() {
        return system;
    }

    public int strictMatches() {
        return strict;
    }

    public int relaxedMatches() {
        return relaxed;
    }

    public int valueMatches() {
        return value;
    }

    public int typeMatches() {
        return typeCorrect;
    }

    public Map<String, Integer> categories() {
        return categories;
    }

    public List<Example> examples() {
        return examples;
    }

    public double precision(int tp) {
        return Ratios.ratio(tp, system);
    }

    public double recall(int tp) {
        return Ratios.ratio(tp, gold);
    }

    public double f1(int tp) {
        return Ratios.f1(precision(tp), recall(tp));
    }

    /** Value recall over the gold mentions with a fully specified value (no X, no *_REF). */
    public double specificValueRecall() {
        return Ratios.ratio(valueSpecific, goldSpecific);
    }

    public int goldSpecific() {
        return goldSpecific;
    }

    public int valueSpecific() {
        return valueSpecific;
    }
}
