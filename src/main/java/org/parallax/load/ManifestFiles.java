package org.parallax.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the files a manifest names against its corpus root: each must be an article file, inside the root,
 * existing, and named once. A refused entry becomes a warning at the manifest's line and column.
 */
final class ManifestFiles {

    /** An entry whose file may be read. */
    record Resolved(ManifestEntry entry, SourceFile source, String key) {
    }

    private ManifestFiles() {
    }

    /**
     * @param warnings gets the manifest's own warnings and one per refused entry, all in line order
     */
    static List<Resolved> resolve(Manifest manifest, CorpusRoot root, String manifestName, List<LoadWarning> out) {
        List<LoadWarning> warnings = new ArrayList<>(manifest.warnings());
        List<Resolved> resolved = new ArrayList<>();
        Map<String, TextPosition> seen = new HashMap<>();
        for (ManifestEntry e : manifest.entries()) {
            TextPosition at = e.fileAt();
            String named = "\"" + e.file() + "\"";
            var outside = CorpusRoot.outsideByShape(e.file());
            if (outside.isPresent()) { // said first: reading outside the folder is the graver mistake
                warnings.add(at.warning(manifestName, named + " " + outside.get() + "; ignored this entry"));
                continue;
            }
            if (ArticleFormat.of(e.file()).isEmpty()) {
                warnings.add(at.warning(manifestName, named + " is " + ArticleFormat.notSupportedMessage()
                        + "; ignored this entry"));
                continue;
            }
            var refusal = root.refusal(e.file());
            if (refusal.isPresent()) {
                warnings.add(at.warning(manifestName, named + " " + refusal.get() + "; ignored this entry"));
                continue;
            }
            String key = root.key(e.file());
            TextPosition first = seen.putIfAbsent(key, at);
            if (first != null) {
                warnings.add(at.warning(manifestName, named + " names a file already listed at " + first.describe()
                        + "; ignored this entry"));
                continue;
            }
            resolved.add(new Resolved(e, root.source(e.file()), key));
        }
        // Parse and file warnings together in the manifest's own order, so they read top to bottom.
        warnings.sort(Comparator.comparingInt(LoadWarning::line).thenComparingInt(LoadWarning::column));
        out.addAll(warnings);
        return resolved;
    }
}
