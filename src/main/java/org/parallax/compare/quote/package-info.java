/**
 * Quote clusters: the same utterance as each outlet reported it, grouped across articles, with a verdict per
 * member against the cluster's reference. Entry point {@link org.parallax.compare.quote.QuoteClusterer}; rules and
 * thresholds in {@link org.parallax.compare.quote.QuoteSimilarity} and {@link org.parallax.compare.quote.Verdicts}.
 */
package org.parallax.compare.quote;
