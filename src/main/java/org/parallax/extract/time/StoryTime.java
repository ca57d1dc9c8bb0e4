package org.parallax.extract.time;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The time a stretch of text talks about, where it is not the publication date: quoted speech. "Today" in a quote
 * is the day the words were said; a news article dates that speech with the last day it wrote out before the quote
 * ("On November 20, Putin had talks with Assad ... 'during our talks today'"), when that day lies in the
 * {@value #SPEECH_DAYS} days before publication: the report of a recent speech. Otherwise the publication date stands.
 *
 * <p>Quotes are found in one pass: curly and straight double quotation marks and guillemets, each quote inside
 * its paragraph.
 */
final class StoryTime {

    /** How many days before the publication date a written-out day may still be the day of a quoted speech. */
    static final int SPEECH_DAYS = 7;

    private final int[] starts;
    private final int[] ends;

    StoryTime(String text) {
        List<int[]> runs = new ArrayList<>();
        int open = -1;
        char opener = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                open = -1; // a quote ends with its paragraph here: only its dates matter
            } else if (open < 0 && (c == '“' || c == '"' || c == '«' || c == '„')) {
                open = i;
                opener = c;
            } else if (open >= 0 && closes(opener, c)) {
                runs.add(new int[] {open, i + 1});
                open = -1;
            }
        }
        starts = new int[runs.size()];
        ends = new int[runs.size()];
        for (int k = 0; k < runs.size(); k++) {
            starts[k] = runs.get(k)[0];
            ends[k] = runs.get(k)[1];
        }
    }

    private static boolean closes(char opener, char c) {
        return switch (opener) {
            case '“', '„' -> c == '”' || c == '“' && opener == '„';
            case '«' -> c == '»';
            default -> c == '"';
        };
    }

    /** Whether {@code [start, end)} lies inside a quote. */
    boolean quoted(int start, int end) {
        int lo = 0;
        int hi = starts.length - 1;
        int last = -1; // the last quote opening at or before start
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= start) {
                last = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return last >= 0 && ends[last] >= end;
    }

    /** The day of a quoted speech: {@code writtenDay} if it lies within {@link #SPEECH_DAYS} before {@code dct}. */
    static LocalDate speechDay(LocalDate dct, LocalDate writtenDay) {
        if (dct == null || writtenDay == null) {
            return null;
        }
        long before = ChronoUnit.DAYS.between(writtenDay, dct);
        return before >= 1 && before <= SPEECH_DAYS ? writtenDay : null;
    }
}
