package org.parallax.chart.timeline.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parallax.model.TimexValue;

/** The timeline's time maths without a toolkit: day ranges, the axis, ticks, collapse, lanes, clusters. */
class TimeMathsTest {

    private static double day(String iso) {
        return LocalDate.parse(iso).toEpochDay();
    }

    @Test
    void aTimexValueIsTheStretchOfTimeItStandsFor() {
        DayRange r = DayRange.of(TimexValue.parse("2015-10-20TEV").orElseThrow());
        assertThat(r.start()).isCloseTo(day("2015-10-20") + 18 / 24.0, within(1e-9));
        assertThat(r.end()).isCloseTo(day("2015-10-20") + 22 / 24.0, within(1e-9));
    }

    @ParameterizedTest
    @CsvSource({
            "0.001,  CENTURY",      // 1 px a thousand days: centuries
            "0.02,   DECADE",       // 73 px a decade
            "0.1,    FIVE_YEARS",
            "0.3,    YEAR",
            "1,      QUARTER",
            "3,      MONTH",
            "12,     WEEK",
            "40,     TWO_DAYS",
            "80,     DAY",
            "500,    THREE_HOURS",
            "2000,   HOUR",
    })
    void tickUnitAdaptsToTheZoom(double pixelsPerDay, TickUnit expected) {
        assertThat(TickUnit.choose(pixelsPerDay, 60)).isEqualTo(expected);
    }

    @Test
    void tickLabels() {
        double d = day("2015-10-20");
        assertThat(TickUnit.YEAR.label(day("2015-01-01"))).isEqualTo("2015");
        assertThat(TickUnit.DECADE.label(day("1980-01-01"))).isEqualTo("1980s");
        assertThat(TickUnit.MONTH.label(day("2015-10-01"))).isEqualTo("Oct");
        assertThat(TickUnit.MONTH.label(day("2016-01-01"))).isEqualTo("Jan 2016");
        assertThat(TickUnit.DAY.label(d)).isEqualTo("20 Oct");
        assertThat(TickUnit.HOUR.label(d + 14 / 24.0)).isEqualTo("14:00");
        assertThat(TickUnit.DAY.contextLabel(d)).isEqualTo("October 2015");
        assertThat(TickUnit.HOUR.contextLabel(d)).isEqualTo("Tue 20 October 2015");
        assertThat(TickUnit.WEEK.floor(d)).isEqualTo(day("2015-10-19"));
        assertThat(TickUnit.DECADE.floor(d)).isEqualTo(day("2010-01-01"));
        assertThat(TickUnit.SIX_HOURS.floor(d + 0.5)).isEqualTo(d + 0.5);
        assertThat(TickUnit.SIX_HOURS.next(d + 0.5)).isCloseTo(d + 0.75, within(1e-9));
    }

    @Test
    void ticksAtEachZoomLevelAreSpacedAndLabelled() {
        double start = day("2015-10-01");
        for (double span : new double[] {0.5, 3, 30, 365, 3650, 36500}) {
            TimeAxis axis = TimeAxis.showing(start, start + span, 1600);
            Ticks ticks = Ticks.of(axis, 1600, 60);
            assertThat(ticks.ticks()).as("span %s", span).hasSizeBetween(2, 1600 / 60 + 2);
            for (int i = 1; i < ticks.ticks().size(); i++) {
                assertThat(ticks.ticks().get(i).x() - ticks.ticks().get(i - 1).x()).isGreaterThan(50);
            }
        }
        Ticks days = Ticks.of(TimeAxis.showing(day("2015-10-18"), day("2015-10-25"), 1600), 1600, 60);
        assertThat(days.unit()).isEqualTo(TickUnit.TWELVE_HOURS);
        assertThat(days.contexts()).extracting(Tick::label).contains("Sun 18 October 2015", "Tue 20 October 2015");
        Ticks months = Ticks.of(TimeAxis.showing(day("2015-01-01"), day("2017-01-01"), 1600), 1600, 60);
        assertThat(months.unit()).isEqualTo(TickUnit.MONTH);
        assertThat(months.ticks()).extracting(Tick::label).contains("Jan 2016", "Oct");
    }

    @Test
    void timeToPixelRoundTripsAndZoomKeepsTheAnchor() {
        TimeAxis axis = TimeAxis.showing(day("2015-10-01"), day("2015-11-01"), 1000);
        Random random = new Random(5);
        for (int i = 0; i < 200; i++) {
            double px = random.nextDouble() * 1000;
            assertThat(axis.toPixel(axis.toDay(px))).isCloseTo(px, within(1e-6));
            double factor = Math.exp(random.nextGaussian());
            TimeAxis zoomed = axis.zoom(factor, px);
            assertThat(zoomed.toDay(px)).isCloseTo(axis.toDay(px), within(1e-6));
            assertThat(zoomed.pixelsPerDay()).isCloseTo(axis.pixelsPerDay() * factor, within(1e-6));
        }
        TimeAxis panned = axis.pan(100);
        assertThat(panned.toPixel(day("2015-10-10"))).isCloseTo(axis.toPixel(day("2015-10-10")) + 100, within(1e-6));
        assertThat(axis.zoom(1e12, 10).pixelsPerDay()).isEqualTo(TimeAxis.MAX_SCALE);
        assertThat(axis.zoom(1e-12, 10).pixelsPerDay()).isEqualTo(TimeAxis.MIN_SCALE);
    }

    @Test
    void fitShowsTheRangeWithMargins() {
        TimeAxis axis = TimeAxis.showing(0, 1, 100).fit(new DayRange(day("2015-10-20"), day("2015-10-24")), 800, 40);
        assertThat(axis.toPixel(day("2015-10-20"))).isCloseTo(40, within(1e-6));
        assertThat(axis.toPixel(day("2015-10-24"))).isCloseTo(760, within(1e-6));
    }

    private static CollapsedTime visits() {
        return CollapsedTime.of(List.of(new DayRange(day("2015-10-20"), day("2015-10-24")),
                new DayRange(day("2011-03-01"), day("2011-04-01")),
                new DayRange(day("2017-11-18"), day("2017-12-01")),
                new DayRange(day("2015-09-30"), day("2015-10-01"))), 30, 5);
    }

    @Test
    void emptyTimeCollapsesToBreaks() {
        CollapsedTime c = visits();
        assertThat(c.breaks()).hasSize(2); // 2011 to 2015-09-30 and 2015-10-24 to 2017; 1 to 20 October (19 days) stays
        assertThat(c.breaks()).allSatisfy(b -> assertThat(b.endPos() - b.startPos()).isEqualTo(5));
        // inside an island a day is still a day
        assertThat(c.toPosition(day("2015-10-23")) - c.toPosition(day("2015-10-20"))).isCloseTo(3, within(1e-9));
        assertThat(c.toPosition(day("2017-11-18")) - c.toPosition(day("2015-10-24"))).isCloseTo(5, within(1e-9));
        // monotonic and invertible, inside breaks too
        double previous = Double.NEGATIVE_INFINITY;
        for (double d = day("2010-01-01"); d < day("2019-01-01"); d += 0.37) {
            double p = c.toPosition(d);
            assertThat(p).isGreaterThan(previous);
            assertThat(c.toDay(p)).isCloseTo(d, within(1e-6));
            previous = p;
        }
        assertThat(c.segments(day("2015-01-01"), day("2018-01-01"))).containsExactly(
                new DayRange(day("2015-09-30"), day("2015-10-24")), new DayRange(day("2017-11-18"), day("2018-01-01")));
    }

    @Test
    void axisRoundTripsThroughCollapsedGaps() {
        CollapsedTime c = visits();
        TimeAxis axis = new TimeAxis(c, c.toPosition(day("2011-01-01")), 1).fit(
                new DayRange(day("2011-03-01"), day("2017-12-01")), 1600, 30);
        assertThat(axis.toPixel(day("2011-03-01"))).isCloseTo(30, within(1e-6));
        for (double px = 0; px <= 1600; px += 7.3) {
            assertThat(axis.toPixel(axis.toDay(px))).isCloseTo(px, within(1e-6));
        }
        Ticks ticks = Ticks.of(axis, 1600, 60);
        assertThat(ticks.ticks()).noneMatch(t -> c.breaks().stream()
                .anyMatch(b -> t.day() > b.startDay() && t.day() < b.endDay()));
        TimeAxis trueScale = axis.withMapping(CollapsedTime.IDENTITY, 800);
        assertThat(trueScale.toDay(800)).isCloseTo(axis.toDay(800), within(1e-6));
    }

    @Test
    void tweenKeepsTheZoomAnchorAndLandsExactly() {
        TimeAxis from = TimeAxis.showing(day("2015-10-01"), day("2015-11-01"), 1000);
        TimeAxis to = from.zoom(4, 300);
        double anchorDay = from.toDay(300);
        for (double t = 0; t <= 1; t += 0.1) {
            TimeAxis mid = AxisTween.at(from, to, AxisTween.ease(t));
            assertThat(mid.toDay(300)).isCloseTo(anchorDay, within(1e-6));
        }
        assertThat(AxisTween.at(from, to, 1)).isEqualTo(to);
        TimeAxis panned = from.pan(200);
        assertThat(AxisTween.at(from, panned, 0.5).toPixel(day("2015-10-10")))
                .isCloseTo(from.toPixel(day("2015-10-10")) + 100, within(1e-6));
        assertThat(AxisTween.ease(0)).isZero();
        assertThat(AxisTween.ease(1)).isEqualTo(1);
    }

    @Test
    void shortGapsStay() {
        CollapsedTime c = CollapsedTime.of(List.of(new DayRange(0, 10), new DayRange(20, 30)), 30, 5);
        assertThat(c.isIdentity()).isTrue();
        assertThat(c.toPosition(25)).isEqualTo(25);
    }

    @Test
    void denseMarksClusterByThreshold() {
        double[] x = {10, 12, 13, 40, 100, 105, 300};
        assertThat(Clusters.of(x, 5)).extracting(Clusters.Cluster::size).containsExactly(3, 1, 1, 1, 1);
        assertThat(Clusters.of(x, 6)).extracting(Clusters.Cluster::size).containsExactly(3, 1, 2, 1);
        assertThat(Clusters.of(x, 1)).hasSize(7).allMatch(Clusters.Cluster::isSingle);
        assertThat(Clusters.of(x, 1000)).singleElement().satisfies(c -> assertThat(c.x()).isCloseTo(580 / 7.0, within(1e-9)));
        assertThat(Clusters.of(new double[0], 5)).isEmpty();
        double[] dense = new Random(3).doubles(5000, 0, 1000).sorted().toArray();
        List<Clusters.Cluster> row = Clusters.of(dense, 24);
        for (int i = 1; i < row.size(); i++) {
            assertThat(row.get(i).x() - row.get(i - 1).x()).isGreaterThanOrEqualTo(24 - 1e-9);
            assertThat(row.get(i).x()).isBetween(dense[row.get(i).from()], dense[row.get(i).from()] + 24);
        }
        assertThat(row.stream().mapToInt(Clusters.Cluster::size).sum()).isEqualTo(5000);
        List<List<String>> outlets = List.of(List.of("A", "B"), List.of("B"), List.of("C", "D"), List.of("A"), List.of("B"));
        assertThat(Clusters.label(new Clusters.Cluster(0, 5, 0), outlets::get)).isEqualTo("5 events · 4 outlets");
        assertThat(Clusters.countLabel(1, 1)).isEqualTo("1 event · 1 outlet");
    }
}
