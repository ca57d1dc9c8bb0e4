package org.parallax.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Accent folding, the one place it is done: letters decomposed and their combining marks dropped, so that
 * "Médecins", "Medecins" and "MÉDECINS" differ at most in case. Case and every other character stay as they are.
 */
public final class Accents {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    private Accents() {
    }

    /** {@code s} without accents: canonical decomposition (NFD), combining marks dropped ("é" → "e", "ç" → "c"). */
    public static String strip(String s) {
        return COMBINING_MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    }

    /**
     * As {@link #strip}, decomposing compatibility forms too (NFKD): ligatures, full-width and super-script
     * characters become their plain letters and digits ("ﬁ" → "fi", "²" → "2").
     */
    public static String stripCompatibly(String s) {
        return COMBINING_MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
    }
}
