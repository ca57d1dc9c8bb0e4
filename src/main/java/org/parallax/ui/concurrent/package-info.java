/**
 * The one way off and back onto the FX thread: {@link org.parallax.ui.concurrent.TaskRunner} (the FX implementation
 * and a same-thread one for tests), {@link org.parallax.ui.concurrent.FxThread} and
 * {@link org.parallax.ui.concurrent.HeadlessFx}. The only package that calls {@code Platform.runLater} or uses
 * {@code javafx.concurrent.Task}.
 *
 * <p>May use JavaFX and the JDK only; knows no {@code ui} feature and not the shell.
 */
package org.parallax.ui.concurrent;
