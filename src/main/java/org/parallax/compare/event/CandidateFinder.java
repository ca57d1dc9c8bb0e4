package org.parallax.compare.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.parallax.compare.text.Sentences;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.Span;
import org.parallax.model.TimeMention;
import org.parallax.model.TimexType;

/**
 * Finds the time-anchored statements of a corpus: one candidate per sentence and date it names (DATE and TIME
 * timexes with a resolved point-in-time value; durations, sets, {@code PRESENT_REF} and unresolved values are
 * skipped). Several timexes of one sentence that give the same day ("on Tuesday ... the same night") make one
 * candidate. When a sentence names several dates, each candidate is the clause (between commas, semicolons and
 * dashes) holding its timex, so "X on Tuesday, though Y on Wednesday" gives two statements.
 */
public final class CandidateFinder {

    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:]\\s|\\s[–—]\\s|\\s-\\s");

    public List<Candidate> find(Corpus corpus) {
        Map<String, List<TimeMention>> byArticle = corpus.timexes().stream()
                .filter(t -> t.type() == TimexType.DATE || t.type() == TimexType.TIME)
                .collect(Collectors.groupingBy(t -> t.span().articleId(), LinkedHashMap::new, Collectors.toList()));
        List<Candidate> out = new ArrayList<>();
        for (Article a : corpus.articles()) {
            List<TimeMention> ts = new ArrayList<>(byArticle.getOrDefault(a.id(), List.of()));
            ts.sort(Comparator.comparingInt(t -> t.span().start()));
            out.addAll(find(a, ts));
        }
        return out;
    }

    List<Candidate> find(Article article, List<TimeMention> timexes) {
        String text = article.text();
        List<Raw> raws = new ArrayList<>();
        List<int[]> sentences = Sentences.split(text);
        int ti = 0;
        for (int[] s : sentences) {
            List<TimeMention> inSentence = new ArrayList<>();
            while (ti < timexes.size() && timexes.get(ti).span().start() < s[1]) {
                TimeMention t = timexes.get(ti++);
                if (t.span().start() >= s[0] && t.span().end() <= s[1] + 1) {
                    inSentence.add(t);
                }
            }
            List<int[]> skip = inSentence.stream().map(t -> new int[] {t.span().start(), t.span().end()}).toList();
            Map<String, DateValue> dates = new LinkedHashMap<>();
            Map<String, TimeMention> firstTimex = new HashMap<>();
            for (TimeMention t : inSentence) {
                Optional<DateValue> d = DateValue.parse(t.value());
                if (d.isPresent()) {
                    dates.putIfAbsent(d.get().value(), d.get());
                    firstTimex.putIfAbsent(d.get().value(), t);
                }
            }
            for (Map.Entry<String, DateValue> e : dates.entrySet()) {
                int[] range = dates.size() == 1 ? s : clause(text, s, firstTimex.get(e.getKey()).span());
                String label = Labels.of(text, range[0], range[1], skip);
                if (label.length() < 3) {
                    range = s;
                    label = Labels.of(text, s[0], s[1], skip);
                }
                raws.add(new Raw(new Span(article.id(), range[0], range[1]), e.getValue(), label,
                        Terms.of(text, range[0], range[1], skip)));
            }
        }
        LocalDate reference = article.published() != null ? article.published() : mainDay(raws);
        return raws.stream().map(r -> new Candidate(r.mention, r.date, r.label, r.terms, reference)).toList();
    }

    /** The most frequent day among an undated article's statements, the day it is most likely about. */
    private static LocalDate mainDay(List<Raw> raws) {
        return raws.stream().filter(r -> r.date.isDay())
                .collect(Collectors.groupingBy(r -> r.date.first(), Collectors.counting()))
                .entrySet().stream()
                .max(Map.Entry.<LocalDate, Long>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(null);
    }

    /** The clause of sentence {@code s} that holds {@code timex}, at least three words long or else the sentence. */
    private static int[] clause(String text, int[] s, Span timex) {
        int start = s[0];
        int end = s[1];
        Matcher m = CLAUSE_BREAK.matcher(text).region(s[0], s[1]);
        while (m.find()) {
            if (m.end() <= timex.start()) {
                start = m.end();
            } else if (m.start() >= timex.end()) {
                end = m.start();
                break;
            }
        }
        String words = text.substring(start, end).strip();
        return words.split("\\s+").length < 3 ? s : new int[] {start, end};
    }

    private record Raw(Span mention, DateValue date, String label, Map<String, Double> terms) {
    }

}
