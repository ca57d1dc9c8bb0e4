package org.parallax.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parallax.extract.Extraction;
import org.parallax.extract.ExtractionProgress;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.DateSource;
import org.parallax.model.Quote;

/**
 * Runs the app's {@link Extraction} over a MEANTIME gold corpus and scores the speakers of its quotes against the
 * speakers of MEANTIME's speech events ({@link SpeakerScore} says exactly what is counted).
 *
 * <p>Each gold document becomes an {@link Article} as for {@link TimexEvaluation}: its tokens joined by spaces,
 * sentences by line breaks, quotation marks rebuilt as typographic ones, the creation time as publication date.
 * The whole corpus is extracted at once, as the app does a folder, so names resolve across documents.
 */
public final class SpeakerEvaluation {

    public record Result(GoldCorpus corpus, SpeakerScore score, int quotes, long millis) {
    }

    private final Extraction extraction;
    private final ExtractionProgress progress;

    public SpeakerEvaluation(Extraction extraction) {
        this(extraction, ExtractionProgress.NONE);
    }

    /** As the other constructor, telling {@code progress} of each article analysed (for a terminal). */
    public SpeakerEvaluation(Extraction extraction, ExtractionProgress progress) {
        this.progress = progress;
        this.extraction = extraction;
    }

    public static SpeakerEvaluation standard() {
        return new SpeakerEvaluation(Extraction.standard());
    }

    public static SpeakerEvaluation standard(ExtractionProgress progress) {
        return new SpeakerEvaluation(Extraction.standard(), progress);
    }

    public Result run(Path root) throws IOException {
        long t0 = System.nanoTime();
        GoldCorpus gc = GoldCorpus.read(root, TimexEvaluation::dateOfText);
        List<Article> articles = new ArrayList<>();
        for (GoldDocument d : gc.documents()) {
            articles.add(new Article(d.id(), d.file(), null, null, d.dct(), d.dct() == null ? DateSource.UNKNOWN
                    : DateSource.MANIFEST, null, d.text(), null));
        }
        Corpus extracted = extraction.extract(Corpus.of(articles), progress);
        Map<String, List<Quote>> byDoc = new HashMap<>();
        for (Quote q : extracted.quotes()) {
            byDoc.computeIfAbsent(q.articleId(), k -> new ArrayList<>()).add(q);
        }
        SpeakerScore score = new SpeakerScore();
        for (GoldDocument d : gc.documents()) {
            score.add(d, byDoc.getOrDefault(d.id(), List.of()));
        }
        return new Result(gc, score, extracted.quotes().size(), (System.nanoTime() - t0) / 1_000_000);
    }
}
