package org.parallax.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The SVG back end maps each canvas call to well-formed SVG with the same state rules as a Canvas. */
@ExtendWith(ApplicationExtension.class)
class SvgChartCanvasTest {

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static Element first(Document doc, String tag) {
        return (Element) doc.getElementsByTagName(tag).item(0);
    }

    @Test
    void textIsEscapedAndKeepsFontAlignmentAndColour() throws Exception {
        SvgChartCanvas g = new SvgChartCanvas(200, 100);
        g.setFont(Font.font("DejaVu Sans", FontWeight.BOLD, 14));
        g.setFill(Color.web("#2563c9"));
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.BASELINE);
        g.fillText("Q&A <\"Putin's\"> \u0001visit", 150, 40);
        Document doc = parse(g.toSvg());
        Element text = first(doc, "text");
        assertThat(text.getTextContent()).isEqualTo("Q&A <\"Putin's\"> visit");
        assertThat(text.getAttribute("text-anchor")).isEqualTo("end");
        assertThat(text.getAttribute("font-weight")).isEqualTo("bold");
        assertThat(text.getAttribute("font-size")).isEqualTo("14");
        assertThat(text.getAttribute("fill")).isEqualTo("#2563c9");
        assertThat(text.getAttribute("y")).isEqualTo("40");
        assertThat(text.getAttribute("font-family")).contains("DejaVu Sans");
    }

    @Test
    void centredTextSitsOnABaselineBelowItsMiddle() throws Exception {
        SvgChartCanvas g = new SvgChartCanvas(100, 100);
        g.setFont(Font.font("DejaVu Sans", 12));
        g.setTextBaseline(VPos.CENTER);
        g.fillText("x", 10, 50);
        g.setTextBaseline(VPos.TOP);
        g.fillText("y", 10, 50);
        Document doc = parse(g.toSvg());
        double centre = Double.parseDouble(((Element) doc.getElementsByTagName("text").item(0)).getAttribute("y"));
        double top = Double.parseDouble(((Element) doc.getElementsByTagName("text").item(1)).getAttribute("y"));
        assertThat(centre).isBetween(52.0, 56.0);
        assertThat(top).isBetween(58.0, 64.0);
    }

    @Test
    void translateSaveRestoreAlphaAndNestedClips() throws Exception {
        SvgChartCanvas g = new SvgChartCanvas(300, 200);
        g.save();
        g.translate(100, 10);
        g.beginPath();
        g.rect(0, 0, 50, 50);
        g.clip();
        g.save();
        g.beginPath();
        g.rect(10, 10, 20, 20);
        g.clip();
        g.setGlobalAlpha(0.5);
        g.setFill(Color.rgb(255, 0, 0, 0.5));
        g.fillOval(0, 0, 10, 20);
        g.restore();
        g.setStroke(Color.BLACK);
        g.setLineWidth(2);
        g.strokeLine(0, 0, 5, 5);
        g.restore();
        g.fillRect(1, 2, 3, 4);
        Document doc = parse(g.toSvg());
        Element oval = first(doc, "ellipse");
        assertThat(oval.getAttribute("cx")).isEqualTo("105");
        assertThat(oval.getAttribute("cy")).isEqualTo("20");
        assertThat(oval.getAttribute("fill-opacity")).isEqualTo("0.25");
        assertThat(oval.getAttribute("clip-path")).isEqualTo("url(#clip2)");
        Element inner = (Element) doc.getElementsByTagName("clipPath").item(1);
        assertThat(inner.getAttribute("clip-path")).isEqualTo("url(#clip1)"); // nested clips intersect
        Element line = first(doc, "line");
        assertThat(line.getAttribute("x1")).isEqualTo("100");
        assertThat(line.getAttribute("clip-path")).isEqualTo("url(#clip1)");
        assertThat(line.getAttribute("stroke-opacity")).isEmpty(); // alpha restored
        assertThat(line.getAttribute("fill")).isEqualTo("none");
        Element rect = first(doc, "rect");
        assertThat(rect.getAttribute("x")).isEqualTo("1");
        assertThat(rect.hasAttribute("clip-path")).isFalse();
    }
}
