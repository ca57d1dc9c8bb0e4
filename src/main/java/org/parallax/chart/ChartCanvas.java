package org.parallax.chart;

import javafx.geometry.VPos;
import javafx.scene.paint.Paint;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * What a chart painter draws on: the subset of {@code GraphicsContext} the charts use, with the same meaning, so one
 * painter feeds a Canvas on screen or in a PNG export ({@link FxChartCanvas}) and an SVG document (text stays text)
 * alike, and the two cannot drift apart. State ({@link #save()}/{@link #restore()}) covers fill, stroke, line width
 * and cap, font, text alignment and baseline, alpha, transform and clip.
 */
public interface ChartCanvas {

    void save();

    void restore();

    void translate(double x, double y);

    void setGlobalAlpha(double alpha);

    void setFill(Paint paint);

    void setStroke(Paint paint);

    void setLineWidth(double width);

    void setLineCap(StrokeLineCap cap);

    void setFont(Font font);

    void setTextAlign(TextAlignment align);

    void setTextBaseline(VPos baseline);

    void fillRect(double x, double y, double w, double h);

    void strokeRect(double x, double y, double w, double h);

    void fillRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight);

    void strokeRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight);

    void fillOval(double x, double y, double w, double h);

    void strokeOval(double x, double y, double w, double h);

    void strokeLine(double x1, double y1, double x2, double y2);

    void fillText(String text, double x, double y);

    /** Starts a new path; {@link #moveTo}, {@link #lineTo} and {@link #rect} add to it. */
    void beginPath();

    void moveTo(double x, double y);

    void lineTo(double x, double y);

    void rect(double x, double y, double w, double h);

    /** Intersects the clip with the current path (until the enclosing {@link #restore()}). */
    void clip();

    /** Strokes the current path. */
    void stroke();
}
