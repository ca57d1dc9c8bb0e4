package org.parallax.testing;

import java.time.LocalDate;
import java.util.List;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.DateSource;
import org.parallax.model.Event;
import org.parallax.model.Outlet;
import org.parallax.model.Quote;
import org.parallax.model.QuoteKind;
import org.parallax.model.Span;
import org.parallax.model.Speaker;
import org.parallax.model.Story;
import org.parallax.model.TimeMention;
import org.parallax.model.TimexType;

/**
 * A small made-up corpus (not the bundled one): three outlets on a river flood and a later dam inquiry, with
 * quotes by two speakers, an accented name, and one outlet that dates the evacuation a day later.
 */
public final class FloodCorpus {

    public static final String LEDGER_TEXT = "River bursts its banks\n\n"
            + "The Ebro burst its banks on Monday, flooding the old town.\n\n"
            + "\"We were not warned,\" said Mayor Inés Muñoz.\n\n"
            + "Residents were evacuated on Tuesday.";
    public static final String HERALD_TEXT = "Town under water\n\n"
            + "Floodwater reached the old town on Monday after the river burst its banks.\n\n"
            + "Residents left on Wednesday, Mayor Muñoz said. \"The dam held,\" said engineer Tom Hale.";
    public static final String POST_TEXT = "Dam inquiry opens\n\n"
            + "An inquiry into the dam opened on 3 March, months after the floods.";

    public static final Article LEDGER = new Article("ledger", "ledger.txt", Outlet.of("Valley Ledger"), "River bursts its banks",
            LocalDate.of(2024, 11, 5), DateSource.MANIFEST, "", LEDGER_TEXT, List.of());
    public static final Article HERALD = new Article("herald", "herald.txt", Outlet.of("Evening Herald"), "Town under water",
            LocalDate.of(2024, 11, 6), DateSource.MANIFEST, "", HERALD_TEXT, List.of());
    public static final Article POST = new Article("post", "post.txt", Outlet.of("Capital Post"), "Dam inquiry opens",
            LocalDate.of(2025, 3, 4), DateSource.MANIFEST, "", POST_TEXT, List.of());

    public static Span span(Article a, String sentence) {
        int at = a.text().indexOf(sentence);
        if (at < 0) {
            throw new IllegalArgumentException(sentence);
        }
        return new Span(a.id(), at, at + sentence.length());
    }

    public static final Span LEDGER_FLOOD = span(LEDGER, "The Ebro burst its banks on Monday, flooding the old town.");
    public static final Span HERALD_FLOOD = span(HERALD, "Floodwater reached the old town on Monday after the river burst its banks.");
    public static final Span LEDGER_EVAC = span(LEDGER, "Residents were evacuated on Tuesday.");
    public static final Span HERALD_EVAC = span(HERALD, "Residents left on Wednesday, Mayor Muñoz said. \"The dam held,\" said engineer Tom Hale.");
    public static final Span POST_INQUIRY = span(POST, "An inquiry into the dam opened on 3 March, months after the floods.");

    public static final Event FLOOD = new Event("flood", "The Ebro bursts its banks", "2024-11-04", "floods",
            List.of(LEDGER_FLOOD, HERALD_FLOOD));
    public static final Event EVACUATION = new Event("evacuation", "Residents are evacuated", "2024-11-05", "floods",
            List.of(LEDGER_EVAC, HERALD_EVAC));
    public static final Event INQUIRY = new Event("inquiry", "Dam inquiry opens", "2025-03-03", "inquiry", List.of(POST_INQUIRY));

    public static final Quote MUNOZ = new Quote("q1", span(LEDGER, "We were not warned,"), "We were not warned,",
            new Speaker("Inés Muñoz"), QuoteKind.DIRECT);
    public static final Quote HALE = new Quote("q2", span(HERALD, "The dam held,"), "The dam held,", new Speaker("Tom Hale"),
            QuoteKind.DIRECT);

    public static final List<TimeMention> TIMEXES = List.of(
            new TimeMention(span(LEDGER, "Monday"), "Monday", TimexType.DATE, "2024-11-04"),
            new TimeMention(span(HERALD, "Monday"), "Monday", TimexType.DATE, "2024-11-04"),
            new TimeMention(span(LEDGER, "Tuesday"), "Tuesday", TimexType.DATE, "2024-11-05"),
            new TimeMention(span(HERALD, "Wednesday"), "Wednesday", TimexType.DATE, "2024-11-06"),
            new TimeMention(span(POST, "3 March"), "3 March", TimexType.DATE, "2025-03-03"));

    public static final List<Story> STORIES = List.of(new Story("floods", "Ebro floods, November 2024", "2024-11-04", "2024-11-06"),
            new Story("inquiry", "Dam inquiry, March 2025", "2025-03-03", "2025-03-03"));

    public static final Corpus CORPUS = Corpus.of(List.of(LEDGER, HERALD, POST)).withTimexes(TIMEXES)
            .withQuotes(List.of(MUNOZ, HALE)).withEvents(List.of(FLOOD, EVACUATION, INQUIRY)).withStories(STORIES);

    private FloodCorpus() {
    }
}
