package org.parallax.ui.timeline;

import java.util.List;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.Coverage;
import org.parallax.model.DateSource;
import org.parallax.model.Happening;
import org.parallax.model.Outlet;
import org.parallax.model.Span;
import org.parallax.testing.FloodCorpus;

/**
 * The flood corpus with a coverage: "burst" told only in the flood's own sentences, "flooding" told by the Ledger in
 * the flood's sentence and, in words the timeline could not date, by the Post (in its inquiry sentence) and by an
 * undated Gazette article, and "evacuated" of the other event.
 */
final class HappeningsFixture {

    static final Article GAZETTE = new Article("gazette", "gazette.txt", Outlet.of("Valley Gazette"), "Valley under water",
            null, DateSource.UNKNOWN, "", "Valley under water\n\nThe floods swept the valley. Farms were lost.", List.of());

    static final Span GAZETTE_SENTENCE = FloodCorpus.span(GAZETTE, "The floods swept the valley.");

    static final Happening BURST = new Happening("h1", "burst", "burst", "2024-11-04",
            List.of(within(FloodCorpus.LEDGER, FloodCorpus.LEDGER_FLOOD, "burst"), word(FloodCorpus.HERALD, "burst")), List.of("flood"));
    static final Happening FLOODING = new Happening("h2", "flooding", "flood", "2024-11-04",
            List.of(word(FloodCorpus.LEDGER, "flooding"), word(FloodCorpus.POST, "floods"), word(GAZETTE, "floods")),
            List.of("flood"));
    static final Happening EVACUATED = new Happening("h3", "evacuated", "evacuate", "2024-11-05",
            List.of(word(FloodCorpus.LEDGER, "evacuated"), word(FloodCorpus.HERALD, "left")), List.of("evacuation"));

    static final Corpus CORPUS = FloodCorpus.CORPUS
            .withArticles(List.of(FloodCorpus.LEDGER, FloodCorpus.HERALD, FloodCorpus.POST, GAZETTE))
            .withCoverages(List.of(new Coverage("c1", "Ebro", List.of("ledger", "herald", "post", "gazette"),
                    List.of(BURST, FLOODING, EVACUATED))));

    static Span word(Article a, String word) {
        return FloodCorpus.span(a, word);
    }

    /** {@code word} where it first stands inside {@code sentence}. */
    static Span within(Article a, Span sentence, String word) {
        int at = a.text().indexOf(word, sentence.start());
        return new Span(sentence.articleId(), at, at + word.length());
    }

    private HappeningsFixture() {
    }
}
