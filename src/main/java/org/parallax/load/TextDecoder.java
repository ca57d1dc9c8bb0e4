package org.parallax.load;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a file's bytes into normalised text, deciding the encoding the way a careful person would: a byte-order
 * mark first, then UTF-8 if the bytes are valid UTF-8, else the Windows code page most old news files use.
 * Bytes that are not text at all are refused. Runs in time linear in the file size.
 */
final class TextDecoder {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Share of control bytes above which a NUL-free file is still taken for binary. */
    private static final double MAX_CONTROL_SHARE = 0.10;
    private static final int SNIFF_BYTES = 64 * 1024;

    private record Bom(Charset charset, int length) {
    }

    DecodedText decode(byte[] bytes, String file) {
        if (bytes.length == 0) {
            return DecodedText.refused(LoadWarning.of(file, "empty file; skipped"));
        }
        List<LoadWarning> warnings = new ArrayList<>();
        Charset charset;
        int start = 0;
        boolean guessed = false;
        boolean verify = false; // only a charset taken on trust (mark, NUL layout) still needs checking
        Optional<Bom> bom = bom(bytes);
        if (bom.isPresent()) {
            charset = bom.get().charset();
            start = bom.get().length();
            verify = true;
        } else {
            Optional<BinarySignature> binary = BinarySignature.of(bytes);
            if (binary.isPresent()) {
                return DecodedText.refused(LoadWarning.of(file, binary.get().description() + ", not text; skipped"));
            }
            Optional<Charset> utf16 = utf16WithoutBom(bytes);
            if (utf16.isPresent()) {
                charset = utf16.get();
                verify = true;
                warnings.add(LoadWarning.of(file, "no byte-order mark, but its NUL bytes are laid out like "
                        + charset.name() + "; read as " + charset.name()));
            } else {
                int nul = indexOf(bytes, (byte) 0);
                if (nul >= 0) {
                    TextPosition at = positionOfByte(bytes, 0, nul, StandardCharsets.UTF_8);
                    return DecodedText.refused(at.warning(file,
                            "NUL byte" + ", so this is not a text file; skipped"));
                }
                if (controlShare(bytes) > MAX_CONTROL_SHARE) {
                    return DecodedText.refused(LoadWarning.of(file,
                            "mostly control characters, so this is not a text file; skipped"));
                }
                int bad = firstMalformed(bytes, 0, StandardCharsets.UTF_8);
                if (bad < 0) {
                    charset = StandardCharsets.UTF_8;
                } else {
                    charset = hasBytesUndefinedIn1252(bytes) ? StandardCharsets.ISO_8859_1 : WINDOWS_1252;
                    guessed = true;
                    TextPosition at = positionOfByte(bytes, 0, bad, StandardCharsets.UTF_8);
                    warnings.add(at.warning(file, "not valid UTF-8" + "; read as "
                            + displayName(charset)));
                }
            }
        }
        if (verify) {
            int bad = firstMalformed(bytes, start, charset);
            if (bad >= 0) {
                TextPosition at = positionOfByte(bytes, start, bad, charset);
                warnings.add(at.warning(file, "not valid " + charset.name() + ""
                        + "; the bad bytes were replaced by \uFFFD"));
            }
        }
        String text = TextNormaliser.normalise(new String(bytes, start, bytes.length - start, charset));
        if (text.isBlank()) {
            warnings.add(LoadWarning.of(file, "only white space; skipped"));
            return new DecodedText(null, null, false, warnings);
        }
        return new DecodedText(text, charset, guessed, warnings);
    }

    static String displayName(Charset charset) {
        return charset.equals(WINDOWS_1252) ? "Windows-1252" : charset.name();
    }

    private static Optional<Bom> bom(byte[] b) {
        // UTF-32 LE starts like UTF-16 LE (FF FE), so it is tested first.
        if (Bytes.startsWith(b, 0xFF, 0xFE, 0x00, 0x00) && isSupported("UTF-32LE")) {
            return Optional.of(new Bom(Charset.forName("UTF-32LE"), 4));
        }
        if (Bytes.startsWith(b, 0x00, 0x00, 0xFE, 0xFF) && isSupported("UTF-32BE")) {
            return Optional.of(new Bom(Charset.forName("UTF-32BE"), 4));
        }
        if (Bytes.startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return Optional.of(new Bom(StandardCharsets.UTF_8, 3));
        }
        if (Bytes.startsWith(b, 0xFF, 0xFE)) {
            return Optional.of(new Bom(StandardCharsets.UTF_16LE, 2));
        }
        if (Bytes.startsWith(b, 0xFE, 0xFF)) {
            return Optional.of(new Bom(StandardCharsets.UTF_16BE, 2));
        }
        return Optional.empty();
    }

    private static boolean isSupported(String name) {
        return Charset.isSupported(name);
    }

    /**
     * UTF-16 text without a mark still shows itself: the high byte of every Latin character is 0, so NULs fill
     * one of the two byte positions and (almost) never the other.
     */
    private static Optional<Charset> utf16WithoutBom(byte[] b) {
        int pairs = Math.min(b.length, SNIFF_BYTES) / 2;
        if (pairs == 0) {
            return Optional.empty();
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < pairs; i++) {
            if (b[2 * i] == 0) {
                evenNul++;
            }
            if (b[2 * i + 1] == 0) {
                oddNul++;
            }
        }
        // A stray NUL or two is damage, not UTF-16: ask for NULs in a fifth of the pairs (spaces and digits give
        // that much even in Greek or Cyrillic UTF-16), all on one side.
        int minimum = Math.max(2, pairs / 5);
        if (oddNul >= minimum && evenNul <= oddNul / 50) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (evenNul >= minimum && oddNul <= evenNul / 50) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    private static int indexOf(byte[] b, byte value) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == value) {
                return i;
            }
        }
        return -1;
    }

    private static double controlShare(byte[] b) {
        int n = Math.min(b.length, SNIFF_BYTES);
        int controls = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                controls++;
            }
        }
        return (double) controls / n;
    }

    /** The bytes Windows-1252 leaves undefined; a file using them is more likely ISO-8859-1. */
    private static boolean hasBytesUndefinedIn1252(byte[] b) {
        for (byte x : b) {
            int c = x & 0xFF;
            if (c == 0x81 || c == 0x8D || c == 0x8F || c == 0x90 || c == 0x9D) {
                return true;
            }
        }
        return false;
    }

    /** The byte index of the first byte that is not valid in {@code charset}, or -1 if all are. */
    private static int firstMalformed(byte[] b, int from, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, from, b.length - from);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            if (r.isError()) {
                return in.position();
            }
            if (r.isOverflow()) {
                out.clear();
            } else {
                return -1;
            }
        }
    }

    /** Where byte {@code offset} falls, as line and column of the text before it. */
    private static TextPosition positionOfByte(byte[] b, int from, int offset, Charset charset) {
        String before = new String(b, from, offset - from, charset);
        return TextPosition.of(before, before.length());
    }
}
