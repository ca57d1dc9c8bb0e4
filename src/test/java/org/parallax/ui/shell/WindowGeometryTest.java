package org.parallax.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class WindowGeometryTest {

    private static final Rectangle2D PRIMARY = new Rectangle2D(0, 0, 1920, 1050);
    private static final Rectangle2D RIGHT = new Rectangle2D(1920, 0, 1280, 1000);

    @Test
    void aWindowOnAScreenStaysWhereItWas() {
        WindowGeometry g = new WindowGeometry(100, 80, 1200, 800, true);
        assertThat(g.fitTo(List.of(PRIMARY))).isEqualTo(g);
    }

    @Test
    void aWindowOnAnUnpluggedMonitorIsCentredOnThePrimary() {
        WindowGeometry g = new WindowGeometry(2100, 100, 1000, 700, false).fitTo(List.of(PRIMARY));
        assertThat(PRIMARY.contains(g.x(), g.y(), g.width(), g.height())).isTrue();
        assertThat(g.x() + g.width() / 2).isEqualTo(PRIMARY.getWidth() / 2);
    }

    @Test
    void aWindowOnTheSecondScreenStaysThere() {
        WindowGeometry g = new WindowGeometry(2100, 100, 1000, 700, false);
        assertThat(g.fitTo(List.of(PRIMARY, RIGHT))).isEqualTo(g);
    }

    @Test
    void aWindowLargerThanItsScreenShrinksAndMovesIntoIt() {
        WindowGeometry g = new WindowGeometry(-20, 900, 2400, 1400, false).fitTo(List.of(PRIMARY));
        assertThat(g.x()).isZero();
        assertThat(g.y()).isZero();
        assertThat(g.width()).isEqualTo(1920);
        assertThat(g.height()).isEqualTo(1050);
    }

    @Test
    void aTitleBarAboveTheScreenIsBroughtBack() {
        WindowGeometry g = new WindowGeometry(200, -30, 1000, 700, false).fitTo(List.of(PRIMARY));
        assertThat(g.y()).isZero();
        assertThat(g.x()).isEqualTo(200);
    }

    @Test
    void theDefaultIsComfortableAndCentred() {
        WindowGeometry g = WindowGeometry.centred(PRIMARY);
        assertThat(g.width()).isEqualTo(1280);
        assertThat(g.height()).isEqualTo(820);
        assertThat(g.x()).isEqualTo((1920 - 1280) / 2.0);
        WindowGeometry small = WindowGeometry.centred(new Rectangle2D(0, 0, 800, 600));
        assertThat(small.width()).isLessThanOrEqualTo(800);
        assertThat(small.height()).isLessThanOrEqualTo(600);
        WindowGeometry laptop = WindowGeometry.centred(new Rectangle2D(0, 0, 1024, 640));
        assertThat(laptop.width()).as("a laptop screen is used whole").isEqualTo(1024);
        assertThat(laptop.height()).isEqualTo(640);
    }
}
