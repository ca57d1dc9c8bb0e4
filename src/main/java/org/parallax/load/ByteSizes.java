package org.parallax.load;

import java.util.Locale;

/** File and folder sizes in the words a message shows: "512 bytes", "820 KB", "64 MB", "70.3 MB". */
public final class ByteSizes {

    private static final double KB = 1024.0;
    private static final double MB = KB * KB;

    private ByteSizes() {
    }

    public static String describe(long bytes) {
        if (bytes < KB) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        if (bytes < MB) {
            return Math.min(1023, Math.round(bytes / KB)) + " KB";
        }
        double mb = bytes / MB;
        String one = String.format(Locale.ROOT, "%.1f", mb);
        return (one.endsWith(".0") ? one.substring(0, one.length() - 2) : one) + " MB";
    }
}
