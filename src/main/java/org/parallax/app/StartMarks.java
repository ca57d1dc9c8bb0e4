package org.parallax.app;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.LongSupplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.parallax.ui.common.Styles;
import org.parallax.ui.timeline.TimelineChart;

/**
 * The two moments {@code bench start} ({@link StartBench}) measures in a window: the first frame (the first pulse with
 * the window showing) and the first drawn event (the first pulse after whose layout the timeline is on show and draws
 * an event). Each is told once, in that order, with the milliseconds since the process was launched and the CPU
 * milliseconds all its threads had used by then (a figure a busy machine does not inflate). With
 * {@code -Dparallax.startMarks=print} the window prints them ({@link #PREFIX}); {@code =exit} also closes the window
 * after the first drawn event.
 */
final class StartMarks {

    /** The system property that asks the window for its marks. */
    static final String PROPERTY = "parallax.startMarks";
    /** What a printed mark line starts with: {@code parallax-start first_frame_ms=812}. */
    static final String PREFIX = "parallax-start ";

    enum Mark {
        FIRST_FRAME("first_frame_ms"), FIRST_EVENT("first_event_ms");

        final String key;

        Mark(String key) {
            this.key = key;
        }
    }

    /** Receives each mark once. */
    interface Told {
        void mark(Mark mark, long sinceLaunchMs, long cpuMs);
    }

    private final LongSupplier sinceLaunch;
    private final LongSupplier cpu;
    private final Told told;
    /** The mark still to come; null once both were told. */
    private Mark next = Mark.FIRST_FRAME;

    StartMarks(LongSupplier sinceLaunch, LongSupplier cpu, Told told) {
        this.sinceLaunch = Objects.requireNonNull(sinceLaunch, "sinceLaunch");
        this.cpu = Objects.requireNonNull(cpu, "cpu");
        this.told = Objects.requireNonNull(told, "told");
    }

    /** The marks of this process, printed on standard output ({@link #PREFIX}). */
    static StartMarks printed() {
        return new StartMarks(sinceThisProcessLaunched(), StartMarks::cpuOfThisProcess,
                (mark, ms, cpu) -> System.out.println(PREFIX + mark.key + "=" + ms + " cpu_ms=" + cpu));
    }

    /** Milliseconds since this process was launched (by the operating system's clock, 10 ms steps on Linux). */
    static LongSupplier sinceThisProcessLaunched() {
        Instant launched = ProcessHandle.current().info().startInstant().orElseGet(Instant::now);
        return () -> Duration.between(launched, Instant.now()).toMillis();
    }

    /** CPU milliseconds of every thread of this process so far, or -1 where the system does not say. */
    static long cpuOfThisProcess() {
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
    }

    /**
     * One pulse of the window: whether it is showing, and how many events the timeline draws (0 while it is hidden or
     * empty). Tells the marks this pulse reaches; answers whether both have been told.
     */
    boolean pulse(boolean showing, int eventsDrawn) {
        if (next == Mark.FIRST_FRAME && showing) {
            tell(Mark.FIRST_FRAME);
        }
        if (next == Mark.FIRST_EVENT && showing && eventsDrawn > 0) {
            tell(Mark.FIRST_EVENT);
        }
        return next == null;
    }

    boolean done() {
        return next == null;
    }

    private void tell(Mark mark) {
        told.mark(mark, sinceLaunch.getAsLong(), cpu.getAsLong());
        next = mark == Mark.FIRST_FRAME ? Mark.FIRST_EVENT : null;
    }

    /**
     * Watches the scene {@code stage} shows (and the one that replaces it: the shell after its skeleton) after every
     * layout pass, just before the frame is drawn, until both marks are told; then calls {@code afterLast} once.
     */
    void watch(Stage stage, Runnable afterLast) {
        Runnable[] listener = new Runnable[1];
        TimelineChart[] chart = new TimelineChart[1];
        listener[0] = () -> {
            Scene scene = stage.getScene();
            if (chart[0] == null || chart[0].getScene() != scene) {
                chart[0] = timelineOf(scene);
            }
            if (pulse(stage.isShowing(), eventsDrawn(chart[0]))) {
                scene.removePostLayoutPulseListener(listener[0]);
                afterLast.run();
            }
        };
        stage.sceneProperty().addListener((o, old, now) -> {
            if (old != null) {
                old.removePostLayoutPulseListener(listener[0]);
            }
            if (now != null && !done()) {
                now.addPostLayoutPulseListener(listener[0]);
            }
        });
        if (stage.getScene() != null) {
            stage.getScene().addPostLayoutPulseListener(listener[0]);
        }
    }

    /** The scene's timeline, looked up once per scene (a lookup walks the whole scene), or null. */
    private static TimelineChart timelineOf(Scene scene) {
        Node found = scene == null || scene.getRoot() == null ? null : scene.getRoot().lookup("." + Styles.TIMELINE);
        return found instanceof TimelineChart chart ? chart : null;
    }

    /** The events {@code chart} draws: none while it is missing, hidden, not yet laid out, or has no data. */
    static int eventsDrawn(TimelineChart chart) {
        if (chart == null || !chart.isVisible() || chart.getWidth() <= 0 || chart.getData() == null) {
            return 0;
        }
        return chart.getData().size();
    }
}
