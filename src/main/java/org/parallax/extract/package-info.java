/**
 * Extraction: from an article's cleaned text to what the model records about it.
 *
 * <p>{@link org.parallax.extract.Extraction} is the stage the pipeline runs: it analyses each article once
 * ({@link org.parallax.text.TextAnalyser}: the sentences of both rules of the one splitter) and hands that analysis to
 * every {@link org.parallax.extract.Extraction.ArticleExtractor} (the temporal tagger
 * {@link org.parallax.extract.time.TimexTagger}, figures) and then, with every article's analysis, to the
 * {@link org.parallax.extract.Extraction.CorpusExtractor}s (quotes and speakers). Articles run in parallel.
 *
 * <p>Uses only the JDK, the model, the {@code text} kernel and OpenNLP; logs with {@code System.Logger}; never prints.
 */
package org.parallax.extract;
