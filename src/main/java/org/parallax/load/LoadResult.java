package org.parallax.load;

import java.util.List;
import java.util.Objects;
import org.parallax.model.Corpus;

/** What loading produced: the corpus of every file that could be read, and a warning for everything else. */
public record LoadResult(Corpus corpus, List<LoadWarning> warnings) {

    public LoadResult {
        Objects.requireNonNull(corpus, "corpus");
        warnings = List.copyOf(warnings);
    }
}
