package org.parallax.extract.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads this package's data files: '|'-separated fields, '#' comments and blank lines ignored. */
final class DataFile {

    private DataFile() {
    }

    static List<String[]> rows(String resource, int fields) {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = DataFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing data file " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) {
                    continue;
                }
                String[] f = Arrays.stream(s.split("\\|", fields)).map(String::strip).toArray(String[]::new);
                if (f.length != fields) {
                    throw new IllegalStateException(resource + ": expected " + fields + " fields in: " + line);
                }
                out.add(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
