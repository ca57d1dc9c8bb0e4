package org.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * The articles that report one happening, dated or not, and what they say happened: articles join by the rare names
 * they share, so an article without a date belongs to a coverage as any other, and is never given a date by it. Each
 * article is in exactly one coverage (one of its own when it shares no rare name).
 *
 * @param id          "c" and a number, unique in the corpus
 * @param label       the rare names its articles share most ("Bountiful, Blackmore, Oler")
 * @param articleIds  its articles, in corpus order
 * @param happenings  what its articles say happened, each said at least twice, most mentioned first
 */
public record Coverage(String id, String label, List<String> articleIds, List<Happening> happenings) {

    public Coverage {
        Checks.nonNull("id label", id, label);
        articleIds = List.copyOf(Objects.requireNonNull(articleIds, "articleIds"));
        happenings = List.copyOf(Objects.requireNonNull(happenings, "happenings"));
    }
}
