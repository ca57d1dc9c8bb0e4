package org.parallax.load;

import java.util.List;

/**
 * A parsed {@code corpus.json}: its entries in the order written (the corpus keeps that order) and what was
 * wrong with it. A manifest that is not valid JSON has no entries: a half-read manifest would be a silent guess.
 */
record Manifest(List<ManifestEntry> entries, List<LoadWarning> warnings) {

    /** The manifest's file name beside the articles. */
    static final String FILE_NAME = "corpus.json";

    static final Manifest NONE = new Manifest(List.of(), List.of());

    Manifest {
        entries = List.copyOf(entries);
        warnings = List.copyOf(warnings);
    }
}
