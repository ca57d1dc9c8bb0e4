package org.parallax.app;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.parallax.chart.timeline.LaneMode;
import org.parallax.export.ChartKind;
import org.parallax.export.CsvTable;
import org.parallax.export.ExportRequest;
import org.parallax.export.ImageFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The command line's option values read by picocli; a bad value is a usage error that says what would do
 * (picocli puts the option's name in front).
 */
final class Converters {

    private Converters() {
    }

    static final class Chart implements ITypeConverter<ChartKind> {
        @Override
        public ChartKind convert(String v) {
            return ChartKind.byId(v).orElseThrow(() -> refused("unknown chart '" + v + "': use timeline or coverage"));
        }
    }

    static final class Format implements ITypeConverter<ImageFormat> {
        @Override
        public ImageFormat convert(String v) {
            return ImageFormat.byExtension(v).orElseThrow(() -> refused("unknown format '" + v + "': use png or svg"));
        }
    }

    /** A PNG scale, "2" or "2x". */
    static final class Scale implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String v) {
            int scale;
            try {
                scale = Integer.parseInt(v.endsWith("x") ? v.substring(0, v.length() - 1) : v);
            } catch (NumberFormatException e) {
                scale = -1;
            }
            if (!ExportRequest.SCALES.contains(scale)) {
                throw refused("bad scale '" + v + "': use 1, 2 or 4");
            }
            return scale;
        }
    }

    static final class Lanes implements ITypeConverter<LaneMode> {
        @Override
        public LaneMode convert(String v) {
            return switch (v) {
                case "outlet", "outlets" -> LaneMode.OUTLET;
                case "story", "stories" -> LaneMode.STORY;
                default -> throw refused("unknown lanes '" + v + "': use outlet or story");
            };
        }
    }

    static final class Date implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String v) {
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                throw refused("bad date '" + v + "': use YYYY-MM-DD, e.g. 2015-10-20");
            }
        }
    }

    static final class Table implements ITypeConverter<CsvTable> {
        static final String IDS = Arrays.stream(CsvTable.values()).map(CsvTable::id).collect(Collectors.joining(", "));

        @Override
        public CsvTable convert(String v) {
            return CsvTable.byId(v).orElseThrow(() -> refused("unknown table '" + v + "': use " + IDS));
        }
    }

    /** A count of examples: zero or more. */
    static final class Count implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String v) {
            return whole(v, 0, "needs a number, not '" + v + "'");
        }
    }

    static final class Positive implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String v) {
            return whole(v, 1, "needs a positive whole number, not " + v);
        }
    }

    private static int whole(String v, int least, String message) {
        try {
            int n = Integer.parseInt(v);
            if (n >= least) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw refused(message);
    }

    private static TypeConversionException refused(String message) {
        return new TypeConversionException(message);
    }
}
