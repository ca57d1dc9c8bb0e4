/**
 * Comparison across outlets: from an extracted corpus to events, stories and quote clusters.
 *
 * <p>{@link org.parallax.compare.Comparison} is the stage the pipeline runs. Sub-packages: {@code event} (dated
 * statements clustered into events), {@code story} (events grouped into episodes), {@code report} (who reported
 * first), {@code text} (sentence and word splitting without OpenNLP), and the quote, alignment and figure
 * comparison. Uses only the JDK, the model and java-diff-utils; logs with {@link java.lang.System.Logger}.
 */
package org.parallax.compare;
