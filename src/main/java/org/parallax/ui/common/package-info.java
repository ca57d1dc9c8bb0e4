/**
 * What every {@code ui} feature shares: style-class names ({@link org.parallax.ui.common.Styles}), the stylesheets
 * and theme ({@link org.parallax.ui.common.Theme}), shared shortcuts, article labels, and remembered settings.
 *
 * <p>May use the model and JavaFX only; knows no {@code ui} feature and not the shell.
 */
package org.parallax.ui.common;
