/**
 * Temporal expressions normalised to TIMEX3 in news mode: relative expressions resolve against the article's
 * publication date. Rules ({@code Rules}) are regular expressions over word lists ({@code time-words.txt},
 * {@code TimeWords}), normalised by concern ({@code CalendarDates}, {@code RelativeDates}, {@code Durations}, with the
 * clause tense of {@code TenseCues});
 * {@link org.parallax.extract.time.TimexTagger} picks non-overlapping mentions and normalises them in reading
 * order; {@link org.parallax.extract.time.Timex3} checks values.
 */
package org.parallax.extract.time;
