package org.parallax.model;

import java.util.List;
import java.util.Objects;

/** The same utterance as several articles give it. */
public record QuoteCluster(String id, Speaker speaker, List<Variant> members) {

    public QuoteCluster {
        Objects.requireNonNull(id, "id");
        members = List.copyOf(members);
    }
}
