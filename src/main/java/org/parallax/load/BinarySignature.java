package org.parallax.load;

import java.util.Optional;

/**
 * Recognises binary formats people drop into a folder by mistake (images, PDFs, Word files, archives) by their
 * first bytes, so they are refused with a message naming what they are instead of being read as garbled text.
 */
enum BinarySignature {
    PNG("a PNG image", 0x89, 'P', 'N', 'G'),
    JPEG("a JPEG image", 0xFF, 0xD8, 0xFF),
    GIF("a GIF image", 'G', 'I', 'F', '8'),
    PDF("a PDF document", '%', 'P', 'D', 'F', '-'),
    ZIP("a ZIP archive (or a Word/OpenDocument file)", 'P', 'K', 3, 4),
    EMPTY_ZIP("a ZIP archive", 'P', 'K', 5, 6),
    GZIP("a gzip archive", 0x1F, 0x8B),
    ELF("a program (ELF)", 0x7F, 'E', 'L', 'F'),
    OLE("an old Microsoft Office document", 0xD0, 0xCF, 0x11, 0xE0);

    private final String description;
    private final int[] magic;

    BinarySignature(String description, int... magic) {
        this.description = description;
        this.magic = magic;
    }

    /** What the file is, in words ("a PNG image"). */
    String description() {
        return description;
    }

    static Optional<BinarySignature> of(byte[] bytes) {
        for (BinarySignature s : values()) {
            if (Bytes.startsWith(bytes, s.magic)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
