package org.parallax.export;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.parallax.chart.ChartCanvas;

/**
 * The SVG back end of {@link ChartCanvas}, written by hand (JFreeSVG, the usual library, is GPL). Every shape is
 * emitted in absolute coordinates (translations are applied here), text stays {@code <text>} with its font, anchor
 * and a baseline computed from the font's metrics exactly as the Canvas places it, colours are the same
 * {@link Paint} values (opacity and global alpha as {@code fill-opacity}/{@code stroke-opacity}), and each clip is a
 * {@code <clipPath>} that nests inside the enclosing one, so {@link #save()}/{@link #restore()} behave as on a Canvas.
 */
public final class SvgChartCanvas implements ChartCanvas {

    private static final class State {
        Paint fill = Color.BLACK;
        Paint stroke = Color.BLACK;
        double lineWidth = 1;
        StrokeLineCap cap = StrokeLineCap.SQUARE;
        Font font = Font.getDefault();
        TextAlignment align = TextAlignment.LEFT;
        VPos baseline = VPos.BASELINE;
        double alpha = 1;
        double tx;
        double ty;
        String clip;

        State copy() {
            State s = new State();
            s.fill = fill;
            s.stroke = stroke;
            s.lineWidth = lineWidth;
            s.cap = cap;
            s.font = font;
            s.align = align;
            s.baseline = baseline;
            s.alpha = alpha;
            s.tx = tx;
            s.ty = ty;
            s.clip = clip;
            return s;
        }
    }

    private record Metrics(double ascent, double descent) {
    }

    /**
     * JavaFX's "System" font, which the painter measured its labels with, named first as the platform's own face
     * (Linux: DejaVu Sans through fontconfig; Windows: Segoe UI; macOS: the system font), so an SVG viewer on the
     * same kind of machine lays text out as the PNG has it; the rest are fallbacks of similar width.
     */
    static final String SYSTEM_FAMILIES = systemFamilies(System.getProperty("os.name", ""));

    static String systemFamilies(String os) {
        String o = os.toLowerCase(Locale.ROOT);
        String first = o.contains("win") ? "'Segoe UI'" : o.contains("mac") ? "-apple-system, 'Helvetica Neue'"
                : "'DejaVu Sans'";
        return first + ", 'DejaVu Sans', Verdana, system-ui, sans-serif";
    }

    private final double width;
    private final double height;
    private final StringBuilder defs = new StringBuilder();
    private final StringBuilder body = new StringBuilder();
    private final StringBuilder path = new StringBuilder();
    private final Deque<State> stack = new ArrayDeque<>();
    private final Map<Font, Metrics> metrics = new HashMap<>();
    private final Text measurer = new Text("Hg");
    private State s = new State();
    private int clips;

    /** A document of {@code width} × {@code height} (chart pixels; SVG user units). */
    public SvgChartCanvas(double width, double height) {
        this.width = width;
        this.height = height;
    }

    /** The finished document, UTF-8 XML. */
    public String toSvg() {
        StringBuilder out = new StringBuilder(body.length() + defs.length() + 512);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(num(width))
                .append("\" height=\"").append(num(height)).append("\" viewBox=\"0 0 ").append(num(width)).append(' ')
                .append(num(height)).append("\">\n");
        if (defs.length() > 0) {
            out.append("<defs>\n").append(defs).append("</defs>\n");
        }
        out.append(body).append("</svg>\n");
        return out.toString();
    }

    @Override
    public void save() {
        stack.push(s.copy());
    }

    @Override
    public void restore() {
        if (!stack.isEmpty()) {
            s = stack.pop();
        }
    }

    @Override
    public void translate(double x, double y) {
        s.tx += x;
        s.ty += y;
    }

    @Override
    public void setGlobalAlpha(double alpha) {
        s.alpha = Math.max(0, Math.min(1, alpha));
    }

    @Override
    public void setFill(Paint paint) {
        s.fill = paint;
    }

    @Override
    public void setStroke(Paint paint) {
        s.stroke = paint;
    }

    @Override
    public void setLineWidth(double w) {
        s.lineWidth = w;
    }

    @Override
    public void setLineCap(StrokeLineCap cap) {
        s.cap = cap;
    }

    @Override
    public void setFont(Font font) {
        s.font = font;
    }

    @Override
    public void setTextAlign(TextAlignment align) {
        s.align = align;
    }

    @Override
    public void setTextBaseline(VPos baseline) {
        s.baseline = baseline;
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        if (w > 0 && h > 0) {
            rectElement(x, y, w, h);
            endFilled();
        }
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        rectElement(x, y, w, h);
        endStroked();
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight) {
        if (w > 0 && h > 0) {
            rectElement(x, y, w, h).attr("rx", arcWidth / 2).attr("ry", arcHeight / 2);
            endFilled();
        }
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight) {
        rectElement(x, y, w, h).attr("rx", arcWidth / 2).attr("ry", arcHeight / 2);
        endStroked();
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        ellipseElement(x, y, w, h);
        endFilled();
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        ellipseElement(x, y, w, h);
        endStroked();
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        open("line").attr("x1", x1 + s.tx).attr("y1", y1 + s.ty).attr("x2", x2 + s.tx).attr("y2", y2 + s.ty);
        endStroked();
    }

    @Override
    public void fillText(String text, double x, double y) {
        if (text == null || text.isEmpty()) {
            return;
        }
        Metrics m = metrics(s.font);
        double baselineY = switch (s.baseline) {
            case TOP -> y + m.ascent();
            case CENTER -> y + (m.ascent() - m.descent()) / 2;
            case BOTTOM -> y - m.descent();
            default -> y;
        };
        String anchor = switch (s.align) {
            case CENTER -> "middle";
            case RIGHT -> "end";
            default -> "start";
        };
        open("text").attr("x", x + s.tx).attr("y", baselineY + s.ty);
        attr("font-family", family(s.font));
        attr("font-size", s.font.getSize());
        String style = s.font.getStyle().toLowerCase(Locale.ROOT);
        if (style.contains("bold")) {
            attr("font-weight", "bold");
        }
        if (style.contains("italic") || style.contains("oblique")) {
            attr("font-style", "italic");
        }
        if (!anchor.equals("start")) {
            attr("text-anchor", anchor);
        }
        paintAttr("fill", s.fill);
        clipAttr();
        body.append('>').append(escape(text)).append("</text>\n");
    }

    @Override
    public void beginPath() {
        path.setLength(0);
    }

    @Override
    public void moveTo(double x, double y) {
        path.append('M').append(num(x + s.tx)).append(' ').append(num(y + s.ty)).append(' ');
    }

    @Override
    public void lineTo(double x, double y) {
        path.append('L').append(num(x + s.tx)).append(' ').append(num(y + s.ty)).append(' ');
    }

    @Override
    public void rect(double x, double y, double w, double h) {
        double x0 = x + s.tx;
        double y0 = y + s.ty;
        path.append('M').append(num(x0)).append(' ').append(num(y0)).append(" h").append(num(w)).append(" v")
                .append(num(h)).append(" h").append(num(-w)).append(" Z ");
    }

    @Override
    public void clip() {
        String id = "clip" + (++clips);
        defs.append("<clipPath id=\"").append(id).append('"');
        if (s.clip != null) { // the new clip lies inside the enclosing one
            defs.append(" clip-path=\"url(#").append(s.clip).append(")\"");
        }
        defs.append("><path d=\"").append(path.toString().strip()).append("\"/></clipPath>\n");
        s.clip = id;
    }

    @Override
    public void stroke() {
        if (path.length() == 0) {
            return;
        }
        open("path").attr("d", path.toString().strip());
        endStroked();
    }

    // --- writing

    private SvgChartCanvas open(String element) {
        body.append('<').append(element);
        return this;
    }

    private void close() {
        body.append("/>\n");
    }

    private SvgChartCanvas attr(String name, double value) {
        return attr(name, num(value));
    }

    private SvgChartCanvas attr(String name, String value) {
        body.append(' ').append(name).append("=\"").append(escape(value)).append('"');
        return this;
    }

    /** A rectangle's element, open for more attributes. */
    private SvgChartCanvas rectElement(double x, double y, double w, double h) {
        return open("rect").attr("x", x + s.tx).attr("y", y + s.ty).attr("width", w).attr("height", h);
    }

    private void ellipseElement(double x, double y, double w, double h) {
        open("ellipse").attr("cx", x + w / 2 + s.tx).attr("cy", y + h / 2 + s.ty).attr("rx", w / 2).attr("ry", h / 2);
    }

    /** Closes a filled shape: fill paint and clip. */
    private void endFilled() {
        paintAttr("fill", s.fill);
        clipAttr();
        close();
    }

    /** Closes a stroked shape: stroke paint, width and cap, clip; a stroked shape is not filled. */
    private void endStroked() {
        attr("fill", "none");
        paintAttr("stroke", s.stroke);
        attr("stroke-width", s.lineWidth);
        attr("stroke-linecap", switch (s.cap) {
            case BUTT -> "butt";
            case ROUND -> "round";
            default -> "square";
        });
        clipAttr();
        close();
    }

    private void clipAttr() {
        if (s.clip != null) {
            attr("clip-path", "url(#" + s.clip + ")");
        }
    }

    private void paintAttr(String name, Paint paint) {
        Color c = paint instanceof Color color ? color : Color.BLACK;
        attr(name, hex(c));
        double opacity = c.getOpacity() * s.alpha;
        if (opacity < 0.9995) {
            attr(name + "-opacity", opacity);
        }
    }

    static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", (int) Math.round(c.getRed() * 255),
                (int) Math.round(c.getGreen() * 255), (int) Math.round(c.getBlue() * 255));
    }

    private static String family(Font font) {
        String f = font.getFamily();
        if (f == null || f.isBlank() || f.equalsIgnoreCase("System")) {
            return SYSTEM_FAMILIES;
        }
        return "'" + f.replace("'", "") + "', 'DejaVu Sans', Arial, sans-serif";
    }

    private Metrics metrics(Font font) {
        return metrics.computeIfAbsent(font, f -> {
            measurer.setFont(f);
            measurer.setTextOrigin(VPos.TOP);
            double ascent = measurer.getBaselineOffset();
            double h = measurer.getLayoutBounds().getHeight();
            return new Metrics(ascent, Math.max(0, h - ascent));
        });
    }

    static String num(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "0";
        }
        double r = Math.round(v * 100) / 100.0;
        if (r == Math.rint(r) && Math.abs(r) < 1e15) {
            return Long.toString((long) r);
        }
        return Double.toString(r);
    }

    /** XML-escapes text and attribute values; drops characters XML 1.0 cannot hold. */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        if (c != 0xFFFE && c != 0xFFFF) {
                            sb.append(c);
                        }
                    }
                }
            }
        }
        return sb.toString();
    }
}
