/**
 * Reading articles: {@link org.parallax.ui.article.ArticleList} (the filterable table of outlet, date and title) and
 * {@link org.parallax.ui.article.ArticleView} (the reading pane: headline, meta line, selectable text, a span
 * highlighted and scrolled into view), each with its own stylesheet.
 *
 * <p>May use the model, {@code ui.common} and {@code ui.concurrent}; knows no other {@code ui} package. What other
 * features open in the reader comes in through the shell as an article and a span.
 */
package org.parallax.ui.article;
