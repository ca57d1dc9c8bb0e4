package org.parallax.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a corpus's files live, so the manifest logic is the same for a folder on disk and for the corpus packed
 * in the application. A manifest may only name files inside its root: a corpus someone sends you must not make
 * Parallax read ~/.ssh or C:\Windows.
 */
interface CorpusRoot {

    /** Why the manifest may not name {@code file} ("is outside the corpus folder"), empty if it may. */
    Optional<String> refusal(String file);

    /** The file to read; call only when {@link #refusal} is empty. */
    SourceFile source(String file);

    /** One key per actual file, so a file named twice (or named and also listed) loads once. */
    String key(String file);

    /** The shape checks every root applies: relative, no "..", no drive letter. */
    static Optional<String> outsideByShape(String file) {
        String f = file.replace('\\', '/');
        boolean absolute = f.startsWith("/") || f.matches("^[A-Za-z]:.*");
        boolean climbs = ("/" + f + "/").contains("/../");
        return absolute || climbs ? Optional.of("is outside the corpus folder") : Optional.empty();
    }

    /** A folder on disk. */
    record Folder(Path folder) implements CorpusRoot {

        @Override
        public Optional<String> refusal(String file) {
            return outsideByShape(file).or(() -> onDisk(file));
        }

        /** Why a name of the right shape still may not be read: outside the folder in fact, missing, not a file. */
        private Optional<String> onDisk(String file) {
            Path base = folder.toAbsolutePath().normalize();
            Path path;
            try {
                path = base.resolve(file).normalize();
            } catch (InvalidPathException e) {
                return Optional.of("is not a valid file name here (" + e.getReason() + ")");
            }
            if (!path.startsWith(base)) {
                return Optional.of("is outside the corpus folder");
            }
            if (!Files.exists(path)) {
                return Optional.of("does not exist");
            }
            try {
                // A symbolic link inside the folder may still point out of it.
                if (!path.toRealPath().startsWith(base.toRealPath())) {
                    return Optional.of("is outside the corpus folder (through a symbolic link)");
                }
            } catch (IOException e) {
                return Optional.of("cannot be resolved (" + e.getMessage() + ")");
            }
            if (!Files.isRegularFile(path)) {
                return Optional.of("is not a regular file");
            }
            return Optional.empty();
        }

        @Override
        public SourceFile source(String file) {
            return SourceFile.of(folder.resolve(file), displayName(file));
        }

        @Override
        public String key(String file) {
            Path path = folder.toAbsolutePath().resolve(file).normalize();
            try {
                return path.toRealPath().toString();
            } catch (IOException e) {
                return path.toString();
            }
        }
    }

    /** Resources on the class path under {@code prefix} ("/corpus/"). A jar cannot be listed: only named files load. */
    record ClassPath(String prefix) implements CorpusRoot {

        @Override
        public Optional<String> refusal(String file) {
            return outsideByShape(file).or(() -> CorpusRoot.class.getResource(prefix + displayName(file)) == null
                    ? Optional.of("does not exist") : Optional.empty());
        }

        @Override
        public SourceFile source(String file) {
            return SourceFile.ofResource(prefix + displayName(file), displayName(file));
        }

        @Override
        public String key(String file) {
            return displayName(file);
        }
    }

    /** The name as warnings and {@code Article.file} show it: '/'-separated, without "./". */
    static String displayName(String file) {
        String f = file.replace('\\', '/');
        while (f.startsWith("./")) {
            f = f.substring(2);
        }
        return f.replaceAll("/+", "/").replace("/./", "/");
    }
}
