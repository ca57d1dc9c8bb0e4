package org.parallax.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.w3c.dom.Document;

/**
 * The gold documents under a folder, as they are on disk: MEANTIME {@code .xml} files and TimeML {@code .tml}
 * files, found recursively and read by their root element. A document id seen twice (SemEval ships the same
 * texts in track A and track B folders) is read once, from the first file in path order.
 *
 * @param warnings what could not be read or was read with a fallback, one line each
 */
public record GoldCorpus(Path root, List<GoldDocument> documents, List<String> warnings, String format) {

    /** Reads every gold document under {@code root}; {@code dateOfText} reads a malformed DCT from its words. */
    public static GoldCorpus read(Path root, Function<String, LocalDate> dateOfText) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".xml") || p.toString().endsWith(".tml"))
                    .sorted().toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        MeantimeReader meantime = new MeantimeReader(dateOfText);
        TimeMlReader timeMl = new TimeMlReader(dateOfText);
        Map<String, GoldDocument> byId = new LinkedHashMap<>();
        java.util.Set<String> warnings = new java.util.LinkedHashSet<>();
        int meantimeFiles = 0;
        int timeMlFiles = 0;
        for (Path f : files) {
            Document d;
            try {
                d = XmlFiles.parse(f);
            } catch (GoldFormatException e) {
                warnings.add("skipped " + root.relativize(f) + ": " + e.getMessage());
                continue;
            }
            GoldDocument doc;
            if (MeantimeReader.looksLike(d)) {
                doc = meantime.read(f, d, warnings);
                meantimeFiles++;
            } else if (TimeMlReader.looksLike(d)) {
                doc = timeMl.read(f, d, warnings);
                timeMlFiles++;
            } else {
                continue; // schemas, other XML
            }
            byId.putIfAbsent(doc.id(), doc);
        }
        String format = meantimeFiles > 0 && timeMlFiles > 0 ? "MEANTIME+TimeML"
                : meantimeFiles > 0 ? "MEANTIME" : timeMlFiles > 0 ? "TimeML" : "none";
        return new GoldCorpus(root, new ArrayList<>(byId.values()), new ArrayList<>(warnings), format);
    }
}
