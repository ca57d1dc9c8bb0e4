/**
 * An article's outlet and publication date from its own words, for what the manifest leaves open.
 *
 * <p>Entry point: {@link org.parallax.extract.source.SourceInference} ({@code infer(Corpus)}; {@code read(Article)}
 * says what the words say and why). Data files beside the classes: {@code outlets.txt} (domains to names, and
 * domains that are no outlets), {@code signatures.txt} (page furniture only one outlet prints, each with where to
 * check it), {@code dateline-credits.txt} (agency credits in datelines).
 */
package org.parallax.extract.source;
