package org.parallax.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DisplayCheckTest {

    @Test
    void linuxWithoutDisplayOrWaylandCannotOpenAWindowAndSaysWhatToDo() {
        var problem = new DisplayCheck("Linux", Map.of("HOME", "/home/a"), null).problem();
        assertThat(problem).hasValueSatisfying(p -> assertThat(p)
                .contains("DISPLAY").contains("WAYLAND_DISPLAY").contains("parallax --help"));
    }

    @Test
    void aBlankDisplayIsNoDisplay() {
        assertThat(new DisplayCheck("Linux", Map.of("DISPLAY", " "), null).problem()).isPresent();
    }

    @Test
    void x11OrWaylandIsEnough() {
        assertThat(new DisplayCheck("Linux", Map.of("DISPLAY", ":0"), null).problem()).isEmpty();
        assertThat(new DisplayCheck("FreeBSD", Map.of("WAYLAND_DISPLAY", "wayland-0"), null).problem()).isEmpty();
    }

    @Test
    void windowsMacAndHeadlessMonocleNeedNoVariable() {
        assertThat(new DisplayCheck("Windows 11", Map.of(), null).problem()).isEmpty();
        assertThat(new DisplayCheck("Mac OS X", Map.of(), null).problem()).isEmpty();
        assertThat(new DisplayCheck("Linux", Map.of(), "Monocle").problem()).isEmpty();
    }
}
