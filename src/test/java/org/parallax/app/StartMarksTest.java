package org.parallax.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The hooks {@code bench start} times the window with: which pulse tells which mark, and how a mark line reads. */
class StartMarksTest {

    private final AtomicLong clock = new AtomicLong();
    private final List<String> told = new ArrayList<>();
    private final StartMarks marks = new StartMarks(clock::get, () -> 7,
            (mark, ms, cpu) -> told.add(mark.key + "@" + ms + "/" + cpu));

    @Test
    void noMarkBeforeTheWindowShows() {
        clock.set(100);
        assertThat(marks.pulse(false, 3)).isFalse();
        assertThat(told).isEmpty();
    }

    @Test
    void theFirstShowingPulseIsTheFirstFrameAndTheFirstWithEventsTheFirstDrawnEvent() {
        clock.set(400);
        marks.pulse(true, 0);
        clock.set(900);
        marks.pulse(true, 0);
        assertThat(told).containsExactly("first_frame_ms@400/7");
        clock.set(1500);
        assertThat(marks.pulse(true, 12)).isTrue();
        clock.set(2000);
        marks.pulse(true, 12);
        assertThat(told).containsExactly("first_frame_ms@400/7", "first_event_ms@1500/7");
        assertThat(marks.done()).isTrue();
    }

    @Test
    void aFrameThatAlreadyDrawsEventsTellsBothMarksInOrder() {
        clock.set(300);
        assertThat(marks.pulse(true, 5)).isTrue();
        assertThat(told).containsExactly("first_frame_ms@300/7", "first_event_ms@300/7");
    }

    @Test
    void eventsOfAHiddenWindowAreNotDrawn() {
        marks.pulse(true, 0);
        assertThat(marks.pulse(false, 5)).isFalse();
        assertThat(told).hasSize(1);
    }

    @Test
    void theBenchReadsTheMarkAndItsCpuFromTheWindowsLine() {
        assertThat(StartBench.markOf(StartMarks.PREFIX + "first_frame_ms=812 cpu_ms=1500"))
                .isEqualTo(StartMarks.Mark.FIRST_FRAME);
        assertThat(StartBench.markOf(StartMarks.PREFIX + "first_event_ms=2100 cpu_ms=3000"))
                .isEqualTo(StartMarks.Mark.FIRST_EVENT);
        assertThat(StartBench.markOf("first_frame_ms=812")).isNull();
        assertThat(StartBench.markOf(StartMarks.PREFIX + "something_else=1")).isNull();
        assertThat(StartBench.cpuOf(StartMarks.PREFIX + "first_event_ms=2100 cpu_ms=3000")).isEqualTo(3000);
        assertThat(StartBench.cpuOf(StartMarks.PREFIX + "first_event_ms=2100")).isEqualTo(-1);
    }

    @Test
    void thisProcessHasBeenRunningAndUsingCpu() {
        assertThat(StartMarks.sinceThisProcessLaunched().getAsLong()).isPositive();
        assertThat(StartMarks.cpuOfThisProcess()).isNotZero();
    }
}
