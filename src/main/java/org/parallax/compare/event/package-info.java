/**
 * Events: a candidate per dated statement ({@link org.parallax.compare.event.CandidateFinder}), clustered across
 * articles by date bucket and weighted term overlap ({@link org.parallax.compare.event.EventClusterer}); the numbers
 * are in {@link org.parallax.compare.event.EventRules}, the reasons in decision record 0006. Each event's label is
 * a headline read from its statements with parts of speech ({@link org.parallax.compare.event.Headlines}).
 */
package org.parallax.compare.event;
