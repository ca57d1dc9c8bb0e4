package org.parallax.compare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.DateSource;
import org.parallax.model.Outlet;
import org.parallax.model.Span;
import org.parallax.model.TimeMention;
import org.parallax.model.TimexType;

/**
 * Hand-made corpora for comparison tests: an article's text marks each timex as {@code [[words|VALUE]]}, so a test
 * states the normalised dates it needs without running the extraction.
 */
public final class Articles {

    private static final Pattern TIMEX = Pattern.compile("\\[\\[([^|\\]]+)\\|([^\\]]+)\\]\\]");

    private final List<Article> articles = new ArrayList<>();
    private final List<TimeMention> timexes = new ArrayList<>();

    public Articles add(String id, String outlet, String published, String marked) {
        StringBuilder text = new StringBuilder();
        Matcher m = TIMEX.matcher(marked);
        int at = 0;
        List<TimeMention> mine = new ArrayList<>();
        while (m.find()) {
            text.append(marked, at, m.start());
            int start = text.length();
            text.append(m.group(1));
            String value = m.group(2);
            TimexType type = value.startsWith("P") && !value.startsWith("PRESENT") && !value.startsWith("PAST")
                    ? TimexType.DURATION : value.contains("T") && value.matches("\\d{4}-.*") ? TimexType.TIME
                    : TimexType.DATE;
            mine.add(new TimeMention(new Span(id, start, text.length()), m.group(1), type, value));
            at = m.end();
        }
        text.append(marked.substring(at));
        LocalDate date = published == null ? null : LocalDate.parse(published);
        articles.add(new Article(id, id + ".txt", Outlet.of(outlet), null, date,
                date == null ? DateSource.UNKNOWN : DateSource.MANIFEST, null, text.toString(), null));
        timexes.addAll(mine);
        return this;
    }

    public Corpus corpus() {
        return Corpus.of(articles).withTimexes(timexes);
    }
}
