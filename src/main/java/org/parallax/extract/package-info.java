/**
 * Extraction: from an article's cleaned text to what the model records about it.
 *
 * <p>{@link org.parallax.extract.Extraction} is the stage the pipeline runs: it analyses each article once
 * ({@link org.parallax.text.TextAnalyzer}: sentences and tokens) and hands that analysis to every
 * {@link org.parallax.extract.Extraction.ArticleExtractor}; today the temporal tagger
 * ({@link org.parallax.extract.time.TimexTagger}), later quotes, speakers and figures. Articles run in parallel.
 *
 * <p>Uses only the JDK, the model and OpenNLP; logs with {@code System.Logger}; never prints.
 */
package org.parallax.extract;
