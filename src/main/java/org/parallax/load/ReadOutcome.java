package org.parallax.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What reading one file gave: an article or nothing, and the warnings either way. */
record ReadOutcome(Optional<RawArticle> article, List<LoadWarning> warnings) {

    ReadOutcome {
        warnings = List.copyOf(warnings);
    }

    static ReadOutcome of(RawArticle article, List<LoadWarning> warnings) {
        return new ReadOutcome(Optional.of(article), warnings);
    }

    static ReadOutcome skipped(List<LoadWarning> warnings) {
        return new ReadOutcome(Optional.empty(), warnings);
    }

    static ReadOutcome skipped(LoadWarning warning) {
        return skipped(List.of(warning));
    }

    /** This outcome with {@code earlier} warnings (say, from decoding) put first. */
    ReadOutcome after(List<LoadWarning> earlier) {
        List<LoadWarning> all = new ArrayList<>(earlier);
        all.addAll(warnings);
        return new ReadOutcome(article, all);
    }
}
