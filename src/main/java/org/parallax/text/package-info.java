/**
 * The one shared text kernel: sentence splitting with one abbreviation list (OpenNLP's sentence model where the
 * judgement of a model is needed, punctuation with named options elsewhere), the one reader of the data files of
 * words and patterns, accent folding, and every OpenNLP model, read once. Every offset indexes into the text given,
 * so spans stay exact.
 *
 * <p>Like jsoup's {@code internal} package, this is a kernel, not a feature: {@code load}, {@code extract} and
 * {@code compare} stand on it (and so may what stands on them), while it stands on nothing but the JDK, the model
 * and OpenNLP ({@code ArchitectureTest} checks both). A change to how sentences are split or lists are read is made
 * here, once, for all of them.
 */
package org.parallax.text;
