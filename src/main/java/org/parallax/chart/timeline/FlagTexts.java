package org.parallax.chart.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.text.Font;
import org.parallax.chart.ChartFonts;
import org.parallax.chart.TextMeasure;

/**
 * What a flag of the events lane says: an event's title; for a cluster its most reported event's title and how many
 * more ("Assad visits Moscow for talks +2"), so a dense day is named, not counted. A long title offers shorter forms
 * (cut before a phrase) for when the whole one finds no room; the selected event's title is never cut: it wraps onto
 * as many lines as it needs. Widths are measured once per text and remembered, since the same flags come back frame
 * after frame.
 */
final class FlagTexts {

    static final int MAX_LABEL_CHARS = 46;
    private static final int SHORT_LABEL_CHARS = 28;
    /** Titles at least this long may wrap onto two lines. */
    private static final int MIN_WRAP_CHARS = 24;
    /** Padding left and right of a flag's text. */
    static final double PAD = 5;
    private static final int CACHE_LIMIT = 8192;

    private final Font font = ChartFonts.REGULAR;
    private final TextMeasure measure;
    private final Map<String, Double> widths = new HashMap<>();
    private final Map<String, String[]> cuts = new HashMap<>();

    FlagTexts(TextMeasure measure) {
        this.measure = measure;
    }

    /** A flag's texts, the full one first; each is one or more lines; and each form's box width. */
    record Texts(List<String[]> forms, double[] widths) {

        String[] form(int k) {
            return forms.get(k);
        }
    }

    double width(String s) {
        Double w = widths.get(s);
        if (w == null) {
            if (widths.size() > CACHE_LIMIT) {
                widths.clear();
            }
            w = measure.width(s, font);
            widths.put(s, w);
        }
        return w;
    }

    /** The box width of a form: its widest line and the padding. */
    double boxWidth(String[] lines) {
        double w = 0;
        for (String line : lines) {
            w = Math.max(w, width(line));
        }
        return w + 2 * PAD;
    }

    /**
     * The forms of a flag for {@code title} with {@code more} other events behind it (0: a single event): whole on
     * one line, whole on two (a long title), then cut shorter. The title and the count are measured apart, so
     * zooming (which changes the counts) measures no new text.
     */
    Texts of(String title, int more) {
        String suffix = more > 0 ? "  +" + more : "";
        double suffixWidth = suffix.isEmpty() ? 0 : width(suffix);
        String[] cuts = shortForms(title);
        List<String[]> forms = new ArrayList<>(4);
        double[] boxWidths = new double[4];
        boxWidths[0] = width(title) + suffixWidth + 2 * PAD;
        forms.add(new String[] {title + suffix});
        String[] halves = halves(title);
        if (halves != null) {
            boxWidths[1] = Math.max(width(halves[0]), width(halves[1]) + suffixWidth) + 2 * PAD;
            forms.add(new String[] {halves[0], halves[1] + suffix});
        }
        String last = title;
        for (int k = 1; k < cuts.length; k++) {
            if (!cuts[k].equals(last)) {
                boxWidths[forms.size()] = width(cuts[k]) + suffixWidth + 2 * PAD;
                forms.add(new String[] {cuts[k] + suffix});
                last = cuts[k];
            }
        }
        return new Texts(forms, Arrays.copyOf(boxWidths, forms.size()));
    }

    /** A long title split at the space nearest its middle (by characters), or null when it is short. */
    private static String[] halves(String title) {
        if (title.length() < MIN_WRAP_CHARS) {
            return null;
        }
        int middle = title.length() / 2;
        int before = title.lastIndexOf(' ', middle);
        int after = title.indexOf(' ', middle);
        int cut = before < 0 ? after : after < 0 || middle - before <= after - middle ? before : after;
        return cut <= 0 ? null : new String[] {title.substring(0, cut), title.substring(cut + 1)};
    }

    /** A title whole, cut to {@link #MAX_LABEL_CHARS} and to fewer; remembered per title. */
    private String[] shortForms(String title) {
        String[] forms = cuts.get(title);
        if (forms == null) {
            if (cuts.size() > CACHE_LIMIT) {
                cuts.clear();
            }
            forms = new String[] {title, truncate(title, MAX_LABEL_CHARS), truncate(title, SHORT_LABEL_CHARS)};
            cuts.put(title, forms);
        }
        return forms;
    }

    /** The selected flag: the whole title, wrapped at spaces into lines of at most {@code maxWidth} pixels. */
    Texts selected(String title, int more, double maxWidth, int maxLines) {
        String text = title + (more > 0 ? "  +" + more : "");
        List<String> lines = new ArrayList<>();
        String rest = text;
        while (!rest.isEmpty()) {
            if (width(rest) + 2 * PAD <= maxWidth || lines.size() == maxLines - 1) {
                lines.add(rest);
                break;
            }
            int cut = rest.length();
            do { // the longest start ending at a space that fits
                cut = rest.lastIndexOf(' ', cut - 1);
            } while (cut > 0 && width(rest.substring(0, cut)) + 2 * PAD > maxWidth);
            if (cut <= 0) {
                lines.add(rest);
                break;
            }
            lines.add(rest.substring(0, cut));
            rest = rest.substring(cut + 1).strip();
        }
        String[] form = lines.toArray(String[]::new);
        return new Texts(List.<String[]>of(form), new double[] {boxWidth(form)});
    }

    /**
     * {@code s} in at most {@code max} characters: whole, else cut before the last phrase that starts within them
     * ("Two leaders discuss details…" of "... details of the Syrian People’s Congress"), else at the last space, with
     * an ellipsis; the whole label is in the tooltip and the detail.
     */
    static String truncate(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        Matcher m = PHRASE_START.matcher(s);
        int cut = -1;
        while (m.find() && m.start() < max - 1) {
            cut = m.start() >= MIN_CUT ? m.start() : cut;
        }
        if (cut < 0) {
            cut = s.lastIndexOf(' ', max - 1);
        }
        return (cut > 0 ? s.substring(0, cut) : s.substring(0, max - 1)).strip().replaceAll("[,:;]$", "") + "…";
    }

    private static final Pattern PHRASE_START = Pattern.compile(
            " (?=(?:of|in|to|at|for|with|by|on|from|after|near|and|over|against|as)\\b)");
    private static final int MIN_CUT = 15;
}
