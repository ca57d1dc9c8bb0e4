package org.parallax.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A gold document rebuilt from its tokens: the text (tokens joined by a space, sentences by a line break), its
 * creation time (null when the corpus gives none), its gold temporal expressions, its gold speech events (MEANTIME
 * only) and where each of its sentences lies in the text.
 *
 * @param id        the corpus' document id
 * @param file      where it was read from
 * @param sentences sentence id as the corpus numbers it → {@code [start, end)} in {@link #text}
 * @param annotatedEnd where the annotated part of the text ends: system mentions from there on are not scored
 *                     (MEANTIME annotates temporal expressions in the title and first sentences only)
 * @param speeches  the speech and cognition events of the text with their speakers, if any (empty for TimeML)
 */
public record GoldDocument(String id, String file, String text, LocalDate dct, List<GoldTimex> timexes,
                           Map<String, int[]> sentences, int annotatedEnd, List<GoldSpeech> speeches) {

    public GoldDocument {
        timexes = List.copyOf(timexes);
        sentences = Map.copyOf(sentences);
        speeches = List.copyOf(speeches);
    }

    /** A document without speech events (TimeML). */
    public GoldDocument(String id, String file, String text, LocalDate dct, List<GoldTimex> timexes,
                        Map<String, int[]> sentences, int annotatedEnd) {
        this(id, file, text, dct, timexes, sentences, annotatedEnd, List.of());
    }
}
