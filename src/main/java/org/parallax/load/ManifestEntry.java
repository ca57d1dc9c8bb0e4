package org.parallax.load;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One article as {@code corpus.json} describes it. Empty strings and a {@code null} date mean "not given": the
 * file's own metadata then stands.
 *
 * @param file   the article's path relative to the manifest's folder, as written
 * @param fileAt where the {@code file} value stands in the manifest, for warnings about it
 */
record ManifestEntry(String file, String outlet, LocalDate published, String url, String title, TextPosition fileAt) {

    ManifestEntry {
        Objects.requireNonNull(file, "file");
        outlet = outlet == null ? "" : outlet.strip();
        url = url == null ? "" : url.strip();
        title = title == null ? "" : title.strip();
        Objects.requireNonNull(fileAt, "fileAt");
    }
}
