/**
 * The window and what belongs to it alone: {@link org.parallax.ui.shell.ShellWindow} (the wiring that hands one
 * feature's output to another: a search hit to the timeline, an event's sentence to the reader, a quote to the
 * comparison; and the menu actions), {@code ShellLayout} (where the parts sit), {@code WindowPlacement} (geometry and
 * dividers restored and saved), {@code FileDrop}, its menus ({@code ShellMenus}), state
 * ({@link org.parallax.ui.shell.ShellModel}: the corpus on show, loading through the task runner, warnings), the
 * status bar, the Problems panel, remembered settings ({@link org.parallax.ui.shell.ShellPreferences}: window
 * geometry, dividers, theme, recent folders), the folder chooser seam, and the About dialog.
 *
 * <p>May use every {@code ui} feature package ({@code article}, {@code search}, {@code timeline}, {@code compare},
 * {@code export}), {@code ui.common}, {@code ui.concurrent} and everything below {@code ui}. Only {@code app} uses
 * it; no feature package does.
 */
package org.parallax.ui.shell;
