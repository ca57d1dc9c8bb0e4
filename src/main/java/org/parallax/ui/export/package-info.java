/**
 * File → Export Chart…: the {@link org.parallax.ui.export.ExportDialog} window over its
 * {@link org.parallax.ui.export.ExportDialogViewModel} (choices, request, preview, pixel budget, file name, the
 * export's progress and outcome, tested without a window), exporting what an
 * {@link org.parallax.ui.export.ExportSource} gives through the {@code export} package's job, as the command line
 * does.
 */
package org.parallax.ui.export;
