package org.parallax.load;

/** Byte prefixes: how byte-order marks and the magic numbers of binary formats are recognised. */
final class Bytes {

    private Bytes() {
    }

    /** Whether {@code bytes} begins with {@code prefix}, each given as an unsigned value 0–255. */
    static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
