package org.parallax.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parallax.model.Article;
import org.parallax.model.DateSource;
import org.parallax.model.TimeAnchor;
import org.parallax.model.TimeMention;
import org.parallax.model.TimexMod;

/**
 * Seeded generators: sentences mixing dates, weekdays, relative phrases, numbers and noise, and plain random
 * characters. Whatever the text, every mention lies inside the article and its text is the covered characters,
 * mentions do not overlap, every value is well-formed TIMEX3, and tagging never throws.
 */
class TimexPropertyTest {

    private static final String[] PIECES = {
        "on Tuesday", "Tuesday evening", "Sep. 30", "Sept. 30", "30 September", "November 20, 2017", "2015-10-20",
        "20/10/2015", "10/20/15", "three weeks ago", "last month", "next year", "this week", "earlier this month",
        "the same night", "yesterday", "today", "tomorrow", "since 2011", "in the 1980s", "the '90s", "last summer",
        "the third quarter", "two-year", "three hours", "every week", "now", "in the past", "the future", "recently",
        "at 18:00 UTC", "at 6:40 p.m.", "noon", "the 20th century", "May", "March", "may", "a day", "a second",
        "two years and several weeks after", "mid-2011", "the end of last year", "12 months", "FY2009", "Q3 2014",
        "$2000", "2,015", "1.5", "30%", "No. 2012", "'11", "—", "“", "”", "(", ")", ",", ";", ".", "\n\n", "\n",
        "Mr.", "U.S.", "the", "said", "will", "would", "was", "meet", "Assad", "Putin", "talks", "of", "and", "in",
        "42", "7", "31", "2099", "1600", "0", "Black Monday", "the day before", "that day", "a week ago", "daily",
        "nearly five months", "over a decade", "at least", "early December", "the end of the year", "1957-58",
        "2009-2010", "between 12 and 18 months", "the same period last year", "three days later than planned",
        "22-year-old", "as soon as", "minutes before", "over the next decade", "in afternoon trading", "the vote",
        "the election was held", "the day after the vote", "two days before the election", "at the time",
        "at the time of the attack", "the eve of the summit", "the third quarter of fiscal 2009", "last fiscal year",
        "the fiscal second quarter"};

    private static final TimexTagger MONTH_FIRST = new TimexTagger(TimexOptions.of(DateOrder.MONTH_FIRST));
    private static final TimexTagger DAY_FIRST = new TimexTagger(TimexOptions.of(DateOrder.DAY_FIRST));

    @Test
    void mixedSentencesGiveWellFormedMentionsOfTheirOwnText() {
        Random r = new Random(20151021L);
        for (int i = 0; i < 400; i++) {
            StringBuilder b = new StringBuilder();
            int n = 5 + r.nextInt(40);
            for (int k = 0; k < n; k++) {
                b.append(PIECES[r.nextInt(PIECES.length)]).append(r.nextInt(5) == 0 ? "" : " ");
            }
            LocalDate published = r.nextInt(6) == 0 ? null : LocalDate.of(1990, 1, 1).plusDays(r.nextInt(15000));
            check(b.toString(), published, r.nextBoolean() ? DateOrder.MONTH_FIRST : DateOrder.DAY_FIRST);
        }
    }

    @Test
    void randomCharactersNeverBreakTheTagger() {
        Random r = new Random(42L);
        String alphabet = "aeiou tnrsl TMSWF0123456789 .,;:'\"-/\n()$%’“”\u00A0\t";
        for (int i = 0; i < 300; i++) {
            StringBuilder b = new StringBuilder();
            int n = r.nextInt(300);
            for (int k = 0; k < n; k++) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            check(b.toString(), LocalDate.of(2015, 10, 21), DateOrder.MONTH_FIRST);
        }
    }

    private static void check(String text, LocalDate published, DateOrder order) {
        Article a = new Article("gen", "gen.txt", null, null, published,
                published == null ? DateSource.UNKNOWN : DateSource.MANIFEST, null, text, null);
        List<TimeMention> ms = (order == DateOrder.DAY_FIRST ? DAY_FIRST : MONTH_FIRST).tag(a);
        int lastEnd = 0;
        for (TimeMention m : ms) {
            assertThat(m.span().articleId()).isEqualTo("gen");
            assertThat(m.span().start()).as(text).isGreaterThanOrEqualTo(lastEnd);
            assertThat(m.span().end()).isLessThanOrEqualTo(text.length()).isGreaterThan(m.span().start());
            assertThat(text.substring(m.span().start(), m.span().end())).isEqualTo(m.text());
            assertThat(Timex3.isValid(m.type(), m.value())).as(m + " in " + text).isTrue();
            // a modifier comes from the words of the mention; an anchor only from a date the article has
            if (m.mod() != null && m.mod().ordinal() >= TimexMod.APPROX.ordinal()) {
                assertThat(m.text().toLowerCase(java.util.Locale.ROOT))
                        .containsAnyOf("about", "around", "roughly", "approximately", "nearly", "almost", "some",
                                "than", "over", "under", "least", "most", "up to");
            }
            if (published == null) {
                assertThat(m.anchor()).as(m + " in " + text).isIn(null, TimeAnchor.PREVIOUS_DATE, TimeAnchor.EVENT);
            }
            lastEnd = m.span().end();
        }
    }
}
