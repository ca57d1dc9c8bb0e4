package org.parallax.app;

import java.time.LocalDate;
import java.util.stream.Collectors;
import org.parallax.export.ExportFilter;
import org.parallax.model.Corpus;
import picocli.CommandLine.Option;

/** {@code --story ID --from DATE --to DATE}, mixed into the commands that draw or write a timeline of events. */
final class FilterOptions {

    @Option(names = "--story", paramLabel = "ID", description = "only this story's events (an id such as s1)")
    String story;

    @Option(names = "--from", paramLabel = "DATE", converter = Converters.Date.class,
            description = "only events from this day on (YYYY-MM-DD)")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", converter = Converters.Date.class,
            description = "only events up to this day (YYYY-MM-DD)")
    LocalDate to;

    /** Refuses dates out of order, which would leave nothing. */
    void check() throws UsageException {
        if (from != null && to != null && to.isBefore(from)) {
            throw new UsageException("--to " + to + " is before --from " + from);
        }
    }

    /** Refuses a story the corpus does not have, naming the ones it has. */
    static void checkStory(String story, Corpus corpus) throws UsageException {
        if (story != null && corpus.stories().stream().noneMatch(s -> s.id().equals(story))) {
            String known = corpus.stories().stream().map(s -> s.id() + " (" + s.label() + ")")
                    .collect(Collectors.joining(", "));
            throw new UsageException("unknown story '" + story + "'; known stories: "
                    + (known.isEmpty() ? "none" : known));
        }
    }

    /** The filter these options ask for (none of them: everything). */
    ExportFilter exportFilter() {
        return new ExportFilter(story, from, to);
    }
}
