package org.parallax.extract.time;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time a stretch of text talks about, where it is not the publication date: quoted speech. "Today" in a quote
 * is the day the words were said. The quote's own attribution names that day where it gives one ("'... today,' she
 * said on Monday", "On Monday, he told reporters: '...'"); else a news article dates the speech with the last day it
 * wrote out before the quote ("On November 20, Putin had talks with Assad ... 'during our talks today'"), when that
 * day lies in the {@value #SPEECH_DAYS} days before publication: the report of a recent speech. Otherwise the
 * publication date stands.
 *
 * <p>Quotes are found in one pass: curly and straight double quotation marks and guillemets, each quote inside
 * its paragraph.
 */
final class StoryTime {

    /** How many days before the publication date a written-out day may still be the day of a quoted speech. */
    static final int SPEECH_DAYS = 7;

    private final int[] starts;
    private final int[] ends;

    /**
     * The quotes of an article's text, read from its chars ({@code charAt} checked its index at every char); a char below
     * "«" other than a line break or '"' is skipped at once, where each was compared with four opening marks.
     */
    StoryTime(char[] chars) {
        List<int[]> runs = new ArrayList<>();
        int open = -1;
        char opener = 0;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c < '«' && c != '"' && c != '\n') {
                continue; // neither a line break nor a quotation mark (most chars), told by three compares
            }
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
        return quoteAround(start, end) >= 0;
    }

    /** The index of the quote {@code [start, end)} lies in, or -1. */
    private int quoteAround(int start, int end) {
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
        return last >= 0 && ends[last] >= end ? last : -1;
    }

    /**
     * The stretches of the sentence {@code [from, to)} beside the quote around {@code [start, end)} that attribute it
     * ("she said on Monday", "On Monday, Putin told reporters:"): the words between the quote and the sentence's edge
     * (or the next quote), nearest first, when they hold a verb of saying. Empty outside a quote.
     */
    List<int[]> attributions(String text, int from, int to, int start, int end, Set<String> speechVerbs) {
        int q = quoteAround(start, end);
        if (q < 0) {
            return List.of();
        }
        List<int[]> out = new ArrayList<>(2);
        int afterEnd = q + 1 < starts.length ? Math.min(to, starts[q + 1]) : to;
        int verb = ends[q] < afterEnd ? speechVerbEnd(text, ends[q], afterEnd, speechVerbs) : -1;
        if (verb >= 0) {
            // the attribution ends with its clause: "she said on Monday, before the vote on Friday"
            Matcher boundary = CLAUSE_END.matcher(text).region(verb, afterEnd);
            out.add(new int[] {ends[q], boundary.find() ? boundary.start() : afterEnd});
        }
        int beforeStart = q > 0 ? Math.max(from, ends[q - 1]) : from;
        if (beforeStart < starts[q] && speechVerbEnd(text, beforeStart, starts[q], speechVerbs) >= 0) {
            out.add(new int[] {beforeStart, starts[q]});
        }
        return out;
    }

    private static final Pattern CLAUSE_END = Pattern.compile(
            "[,;:()]|(?<![\\w'’])(?i:and|but|while|after|before|as|when|because|who|which|where)(?![\\w'’])");

    /** Where the first verb of saying in {@code [from, to)} ends, or -1. */
    private static int speechVerbEnd(String text, int from, int to, Set<String> speechVerbs) {
        int i = from;
        while (i < to) {
            while (i < to && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int w = i;
            while (i < to && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i > w && speechVerbs.contains(text.substring(w, i).toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        return -1;
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
