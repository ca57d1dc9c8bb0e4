package org.parallax.chart.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.chart.timeline.scale.CollapsedTime;
import org.parallax.chart.timeline.scale.DayRange;
import org.parallax.compare.event.EventQuotes;
import org.parallax.model.Article;
import org.parallax.model.DateSource;
import org.parallax.model.Event;
import org.parallax.model.Outlet;
import org.parallax.model.Span;
import org.parallax.model.TimeMention;
import org.parallax.model.TimexMod;
import org.parallax.model.TimexType;

/** Collapsed empty time keeps a readable core of every band longer than a week, and squeezes the rest as before. */
class EmptyTimeTest {

    private static final Article ARTICLE = new Article("a", "a.txt", Outlet.of("Harbour Gazette"), "",
            LocalDate.of(2023, 6, 20), DateSource.MANIFEST, "", "text", List.of());

    private static double day(int y, int m, int d) {
        return LocalDate.of(y, m, d).toEpochDay();
    }

    private static Event event(String id, String date, int at) {
        return new Event(id, id, date, null, List.of(new Span("a", at, at + 40)));
    }

    /** The display days a stretch of real days takes. */
    private static double shown(CollapsedTime c, DayRange r) {
        return c.toPosition(r.end()) - c.toPosition(r.start());
    }

    @Test
    void aRoughDateLongerThanAWeekKeepsHalfAWeekAroundItsMarkAtTrueScale() {
        Event basin = event("basin", "2023", 0); // "early 2023": January to April
        List<Event> events = List.of(basin, event("quay", "2023-06-12", 100), event("strike", "2023-06-14", 200));
        EventMods mods = EventMods.of(List.of(new TimeMention(new Span("a", 10, 20), "early 2023", TimexType.DATE,
                "2023", TimexMod.START, null)));
        TimelineData data = TimelineData.build(events, List.of(), List.of(ARTICLE), List.of(), LaneMode.OUTLET,
                EventQuotes.EMPTY, mods);
        CollapsedTime c = data.collapsed();
        DayRange band = data.fuzzyRange(0);
        assertThat(band.length()).isGreaterThan(100);
        double mark = data.anchor(0);
        assertThat(shown(c, band)).as("the whole band").isGreaterThan(EmptyTime.CORE_DAYS);
        assertThat(c.toPosition(mark + 1.5) - c.toPosition(mark - 1.5)).as("true scale around the mark").isEqualTo(3.0);
        assertThat(shown(c, new DayRange(mark, band.end()))).as("its tail towards June still squeezed")
                .isLessThan(EmptyTime.LONG_RANGE_DAYS);
        assertThat(c.toPosition(day(2023, 6, 12)) - c.toPosition(mark)).as("the gap to June still collapses")
                .isLessThan(20);
    }

    @Test
    void aStatedRangeKeepsItsEndsAndHalfAWeekOfItsMiddle() {
        Event works = new Event("works", "Quay works", "2021", null, List.of(new Span("a", 0, 40)), false, "2022",
                List.of());
        TimelineData data = TimelineData.build(List.of(works, event("quay", "2023-06-12", 100)), List.of(),
                List.of(ARTICLE), List.of(), LaneMode.OUTLET);
        CollapsedTime c = data.collapsed();
        DayRange range = data.range(0);
        double middle = data.anchor(0);
        assertThat(c.toPosition(middle + 1.5) - c.toPosition(middle - 1.5)).isEqualTo(3.0);
        assertThat(shown(c, range)).isGreaterThan(EmptyTime.CORE_DAYS + 4).isLessThan(30);
    }

    @Test
    void theCoreOfABandStaysInsideIt() {
        DayRange band = new DayRange(100, 200);
        assertThat(EmptyTime.readableCore(band, 150)).isEqualTo(new DayRange(148.25, 151.75));
        assertThat(EmptyTime.readableCore(band, 101)).isEqualTo(new DayRange(100, 103.5));
        assertThat(EmptyTime.readableCore(band, 199)).isEqualTo(new DayRange(196.5, 200));
        assertThat(EmptyTime.readableCore(new DayRange(100, 105), 102)).isEqualTo(new DayRange(100, 105));
    }
}
