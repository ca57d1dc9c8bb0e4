package org.parallax.extract.source;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.parallax.model.Outlet;
import org.parallax.text.DataFile;

/** Page-furniture lines only one outlet prints ({@code signatures.txt}, each with the source to check it by). */
final class Signatures {

    record Signature(String text, boolean wholeLine, Outlet outlet, String source) {
    }

    private static final Signatures INSTANCE = new Signatures();

    private final List<Signature> signatures;

    private Signatures() {
        signatures = DataFile.of(Signatures.class, "signatures.txt").fields(4).stream()
                .map(r -> new Signature(r[0], r[1].equals("line"), Outlet.of(r[2]), r[3])).toList();
    }

    static Signatures get() {
        return INSTANCE;
    }

    Optional<Signature> find(String line) {
        String l = line.strip().toLowerCase(Locale.ROOT);
        for (Signature s : signatures) {
            String sig = s.text().toLowerCase(Locale.ROOT);
            if (s.wholeLine() ? l.equals(sig) : l.startsWith(sig)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
