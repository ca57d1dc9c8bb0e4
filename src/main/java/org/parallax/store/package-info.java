/**
 * Persistence: the model JSON format ({@link org.parallax.store.ModelJson}, versioned) and the one way a file is
 * written safely ({@link org.parallax.store.AtomicFiles}), shared by the command line, the exports and the window;
 * the workspace file and its corrections overlay; the extraction cache ({@link org.parallax.store.ExtractionCache}).
 */
package org.parallax.store;
