/**
 * Search across a corpus (Ctrl+F): {@link org.parallax.ui.search.CorpusSearch} (plain Java, folds case and accents
 * once per corpus, any thread) and {@link org.parallax.ui.search.SearchBox} (the field and its drop-down of hits,
 * indexing and searching through the task runner).
 *
 * <p>May use the model, {@code chart.timeline} (which quotes each event holds), {@code ui.common} and
 * {@code ui.concurrent}; knows no other {@code ui} package. Opening a hit is the shell's job: the box hands it over.
 */
package org.parallax.ui.search;
