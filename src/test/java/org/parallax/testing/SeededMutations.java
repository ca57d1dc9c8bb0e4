package org.parallax.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The short fuzz run of every build: a fixed number of mutants of the seed files, the same every time (a fixed seed),
 * each handed to a fuzz harness. Mutations are those that break readers: flipped and inserted bytes, the characters
 * that structure JSON, HTML and CSV, broken UTF-8, cut files, repeated and spliced pieces. Jazzer's coverage-guided run
 * ({@code src/docs/fuzzing.md}) goes much further; this one keeps what it found from coming back.
 */
public final class SeededMutations {

    private static final long SEED = 20261206L;
    private static final byte[][] TOKENS = bytes("\"", "'", "{", "}", "[", "]", ":", ",", "<", ">", "</", "<!--", "&",
            "&#", "\\", "\\u", "\n", "\r", "\t", "\u0000", "\u00e9", "\u201C", "\u201D", "\u00AB", "\uFEFF", "0", "-1",
            "1e999", "null", "true", "\"articles\"", "\"file\"", "\"maintext\"", "\"schemaVersion\"", "<p>", "<div>",
            "<script>", "<title>", "said", "Oct. 20, 2015", "2015-10-20", "\"\"", ",,", "\n\n");
    private static final byte[][] RAW = {{(byte) 0xFF}, {(byte) 0xC3}, {(byte) 0xE2, (byte) 0x80}, {(byte) 0xFE, (byte) 0xFF},
        {(byte) 0x80}};

    private SeededMutations() {
    }

    /**
     * The files of {@code folders} (not recursing; hidden files and expected outputs left out), read whole; a folder
     * that does not exist (an inputs folder before its first crash) gives none.
     */
    public static List<byte[]> seeds(Path... folders) {
        List<byte[]> seeds = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.sorted().toList()) {
                    String name = f.getFileName().toString();
                    if (Files.isRegularFile(f) && !name.startsWith(".") && !name.contains(".expected.")) {
                        seeds.add(Files.readAllBytes(f));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return seeds;
    }

    /** Gives {@code harness} every seed, then {@code count} mutants of them; a mutant that fails is named in the error. */
    public static void run(List<byte[]> seeds, int count, Consumer<byte[]> harness) {
        Random random = new Random(SEED);
        List<byte[]> pool = new ArrayList<>(seeds);
        pool.add(new byte[0]);
        for (byte[] seed : seeds) {
            harness.accept(seed);
        }
        for (int i = 0; i < count; i++) {
            byte[] mutant = mutate(pool.get(random.nextInt(pool.size())), pool.get(random.nextInt(pool.size())), random);
            try {
                harness.accept(mutant);
            } catch (RuntimeException | AssertionError | StackOverflowError e) {
                throw new AssertionError("mutant " + i + " fails (keep it as a crash file): "
                        + new String(mutant, StandardCharsets.ISO_8859_1), e);
            }
        }
    }

    /** One to four mutations of {@code a}, maybe spliced with {@code b}. */
    static byte[] mutate(byte[] a, byte[] b, Random random) {
        byte[] out = a;
        for (int k = 1 + random.nextInt(4); k > 0; k--) {
            int at = out.length == 0 ? 0 : random.nextInt(out.length + 1);
            out = switch (random.nextInt(7)) {
                case 0 -> replace(out, at, new byte[] {(byte) random.nextInt(256)}, 1);
                case 1 -> replace(out, at, TOKENS[random.nextInt(TOKENS.length)], 0);
                case 2 -> replace(out, at, RAW[random.nextInt(RAW.length)], 0);
                case 3 -> java.util.Arrays.copyOf(out, at);
                case 4 -> replace(out, at, new byte[0], Math.min(out.length - at, 1 + random.nextInt(16)));
                case 5 -> replace(out, at, repeat(slice(out, at, 1 + random.nextInt(8)), 1 + random.nextInt(200)), 0);
                default -> replace(out, at, slice(b, b.length == 0 ? 0 : random.nextInt(b.length), 1 + random.nextInt(64)), 0);
            };
        }
        return out;
    }

    private static byte[] replace(byte[] in, int at, byte[] with, int drop) {
        at = Math.min(at, in.length);
        drop = Math.max(0, Math.min(drop, in.length - at));
        byte[] out = new byte[in.length - drop + with.length];
        System.arraycopy(in, 0, out, 0, at);
        System.arraycopy(with, 0, out, at, with.length);
        System.arraycopy(in, at + drop, out, at + with.length, in.length - at - drop);
        return out;
    }

    private static byte[] slice(byte[] in, int from, int length) {
        from = Math.min(from, in.length);
        return java.util.Arrays.copyOfRange(in, from, Math.min(in.length, from + length));
    }

    private static byte[] repeat(byte[] piece, int times) {
        byte[] out = new byte[piece.length * times];
        for (int i = 0; i < times; i++) {
            System.arraycopy(piece, 0, out, i * piece.length, piece.length);
        }
        return out;
    }

    private static byte[][] bytes(String... tokens) {
        byte[][] out = new byte[tokens.length][];
        for (int i = 0; i < tokens.length; i++) {
            out[i] = tokens[i].getBytes(StandardCharsets.UTF_8);
        }
        return out;
    }
}
