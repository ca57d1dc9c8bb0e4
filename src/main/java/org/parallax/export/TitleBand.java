package org.parallax.export;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.parallax.model.Corpus;
import org.parallax.chart.ChartCanvas;
import org.parallax.chart.ChartFonts;
import org.parallax.chart.TextMeasure;

/**
 * The band above every exported chart: a title, a line saying what is shown ("15 events × 5 outlets · 5 articles ·
 * filtered: … · made with Parallax") and a rule under them, drawn the same way for every chart.
 */
record TitleBand(String title, String subtitle) {

    static final double HEIGHT = 60;
    static final double PAD = 16;
    private static final Font TITLE_FONT = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 18);
    private static final Font SUBTITLE_FONT = ChartFonts.REGULAR;

    /**
     * The band {@code request} asks for: its title, else {@code chartsOwn}, over {@code subtitle}; null when the
     * request leaves title and legend out.
     */
    static TitleBand of(ExportRequest request, String chartsOwn, String subtitle) {
        if (!request.decorations()) {
            return null;
        }
        return new TitleBand(request.title() == null || request.title().isBlank() ? chartsOwn : request.title().strip(),
                subtitle);
    }

    /** The subtitle: what the chart shows first, then the article count, the filters and the credit. */
    static String subtitle(List<String> shown, Corpus corpus, ExportFilter filter) {
        List<String> parts = new ArrayList<>(shown);
        int articles = corpus.articles().size();
        parts.add(articles + (articles == 1 ? " article" : " articles"));
        String filters = filter.describe(corpus);
        if (!filters.isEmpty()) {
            parts.add("filtered: " + filters);
        }
        parts.add("made with Parallax");
        return String.join("  ·  ", parts);
    }

    /** The width the title and subtitle need, margins included. */
    double minWidth() {
        TextMeasure measure = new TextMeasure();
        return Math.ceil(Math.max(measure.width(title, TITLE_FONT), measure.width(subtitle, SUBTITLE_FONT)) + 2 * PAD);
    }

    void paint(ChartCanvas g, double width, Paint text, Paint muted, Paint rule) {
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
        g.setFont(TITLE_FONT);
        g.setFill(text);
        g.fillText(title, PAD, PAD + 18);
        g.setFont(SUBTITLE_FONT);
        g.setFill(muted);
        g.fillText(subtitle, PAD, PAD + 38);
        g.setStroke(rule);
        g.setLineWidth(1);
        g.strokeLine(0, HEIGHT - 0.5, width, HEIGHT - 0.5);
    }
}
