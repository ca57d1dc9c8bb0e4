/**
 * Figures (the model's claims): counts and amounts with their qualifier, unit and subject.
 *
 * <p>Entry point: {@link org.parallax.extract.figure.FigureExtractor#extract}, which gives model
 * {@link org.parallax.model.Claim}s with qualifier, range, subject and kind.
 * The words it knows are data files beside the classes: {@code number-words.txt}, {@code qualifiers.txt},
 * {@code units.txt}, {@code name-prefixes.txt} ({@link org.parallax.extract.figure.FigureWords}). Uses the JDK, the
 * model and the text kernel (sentences, the UD part-of-speech tagger).
 */
package org.parallax.extract.figure;
