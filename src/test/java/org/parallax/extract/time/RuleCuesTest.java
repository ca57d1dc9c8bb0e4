package org.parallax.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.parallax.load.CorpusLoader;
import org.parallax.load.LoadProgress;
import org.parallax.model.Article;

/**
 * A rule's cue words and digit shapes let the tagger skip a sentence without running the rule's pattern, so they must
 * be a necessary condition of a match the rule accepts: every such match a pattern finds, in any case, holds one of its
 * rule's cues (or its look-arounds read one just beside it) and one of its shapes.
 */
class RuleCuesTest {

    private static final Rules RULES = new Rules(TimeWords.bundled());
    private static final int AROUND = 12;

    /** Written for the rules whose cues are not their own words only. */
    private static final List<String> SENTENCES = List.of(
            "Prices are higher now, and nowadays right now is when they sell; at present it is presently calm.",
            "It is currently shut for the time being, at the moment and these days, at the present time, this time.",
            "The plant makes 300 cars a day, 5% a year, twice per week, $2 billion an hour, once a quarter, 10 per minute.",
            "Sales rose earlier this month, last week, next quarter, the past decade, this century, last summer.",
            "The end of last year, the rest of this winter, the coming weekend, mid this autumn, the previous fall.",
            "Late last night, this morning and this afternoon; the trains left at 6 pm, 7 a.m., 8 P.M. and 10AM.",
            "At 1600 GMT, 0800 UTC, 2300 hours and 0600 hrs; in Q3 2014 and Q1; back in '82 and ’95.",
            "Between 12 and 18 months, 60 to 90 days, 3-4 weeks.",
            "On 2014-03-09 at 18:00 and 6.40, by 12/3/2014, 1.5.15, 03.11.2009 and 9/11/01, back in mid-1999 and 2020.",
            "In 1957-58 and 2009–2010, 12 to\n18 months, 3 or 4 days, 5to 6 weeks; twice a\tday, 2%  per hour, once an hour.",
            "Three days ago, two weeks after the election and the day before the vote; on the morning of\nFriday, the night of  Sunday.");

    /** The sentences above (as written and in upper case), the cases' sentences, the fixtures and the bundled corpus. */
    static List<String> texts() throws IOException, URISyntaxException {
        List<String> texts = new ArrayList<>(SENTENCES);
        SENTENCES.forEach(s -> texts.add(s.toUpperCase(Locale.ROOT)));
        texts.addAll(caseSentences());
        try (var files = Files.list(Path.of(RuleCuesTest.class.getResource("fixtures").toURI()))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                texts.add(Files.readString(f));
            }
        }
        for (Article a : new CorpusLoader().loadBundled(LoadProgress.NONE).corpus().articles()) {
            texts.add(a.text());
        }
        return texts;
    }

    @Test
    void everyMatchOfARuleWithCuesHoldsOneOfThem() throws IOException, URISyntaxException {
        List<String> texts = texts();
        java.util.Map<String, Integer> checked = new java.util.TreeMap<>();
        java.util.Map<String, Integer> shaped = new java.util.TreeMap<>();
        for (Rules.Rule rule : RULES.all()) {
            if (rule.cues().isEmpty() && rule.shapes().isEmpty()) {
                continue;
            }
            for (String text : texts) {
                Matcher m = rule.pattern().matcher(text);
                while (m.find()) {
                    // the match and the few characters around it its look-arounds read ("days" before "later")
                    String match = text.substring(Math.max(0, m.start() - AROUND),
                            Math.min(text.length(), m.end() + AROUND)).toLowerCase(Locale.ROOT);
                    if (!rule.shapes().isEmpty()) { // shapes are read from the pattern: every match holds one
                        assertThat(rule.shapes()).as(rule.name() + " matched \"" + m.group() + "\"")
                                .anyMatch(RuleCues.shape(match)::contains);
                        shaped.merge(rule.name(), 1, Integer::sum);
                    }
                    if (!accepted(rule, m, text)) {
                        continue; // a match its rule rejects is never a candidate ("the fourth quarter" for a run)
                    }
                    if (!rule.cues().isEmpty()) {
                        assertThat(rule.cues()).as(rule.name() + " matched \"" + m.group() + "\"")
                                .anyMatch(match::contains);
                    }
                    String lower = text.toLowerCase(Locale.ROOT);
                    assertThat(rule.mayMatch(lower, RuleCues.shape(lower), true)).isTrue();
                    checked.merge(rule.name(), 1, Integer::sum);
                }
            }
        }
        assertThat(checked.values().stream().mapToInt(Integer::intValue).sum()).isGreaterThan(250);
        for (String name : List.of("relative-unit", "set-rate", "present-ref", "relative-pod", "clock-ampm",
                "clock-military", "quarter-q", "year-short", "number-range")) {
            assertThat(checked.getOrDefault(name, 0)).as(name).isGreaterThanOrEqualTo(2);
        }
        for (String name : List.of("year", "clock", "date-iso", "date-numeric", "year-range-end", "number-range",
                "set-rate", "ago", "event-relative", "weekday-pod")) {
            assertThat(shaped.getOrDefault(name, 0)).as(name).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void theRulesThatRanOverEverySentenceHaveCues() {
        for (String name : List.of("relative-unit", "set-rate", "present-ref", "relative-pod")) {
            Rules.Rule rule = RULES.all().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
            assertThat(rule.cues()).as(name).isNotEmpty();
            String lower = "the vote was held in the capital.";
            assertThat(rule.mayMatch(lower, RuleCues.shape(lower), false)).as(name).isFalse();
        }
    }

    @Test
    void rulesWithShapesSkipASentenceWithoutOne() {
        String lower = "the 3 ministers met 25 times before, paying $1,500 a head and 12 per cent ago.";
        for (String name : List.of("year", "clock", "date-iso", "date-numeric", "year-range-end", "number-range",
                "set-rate", "ago", "event-relative", "weekday-pod")) {
            Rules.Rule rule = RULES.all().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
            assertThat(rule.shapes()).as(name).isNotEmpty();
            assertThat(rule.mayMatch(lower, RuleCues.shape(lower), true)).as(name).isFalse();
        }
        assertThat(RuleCues.shape("at 18:45 on\n 2014-03-09\t\tor  a\r\nyear")).isEqualTo(
                "at 00:00 on 0000-00-00 or a year");
    }

    private static boolean accepted(Rules.Rule rule, Matcher m, String text) {
        try {
            return rule.normaliser().apply(m, new Context(LocalDate.of(2015, 10, 21), DateOrder.MONTH_FIRST, Tense.NONE,
                    LocalDate.of(2015, 10, 1), null, "2015-10-01", Scene.NONE), text) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static List<String> caseSentences() throws IOException {
        try (InputStream in = RuleCuesTest.class.getResourceAsStream("timex-cases.csv")) {
            String csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return csv.lines().skip(1).map(l -> l.split("\\|", -1)[0]).toList();
        }
    }
}
