package org.parallax.model;

import java.util.Locale;

/** How a quote is given: in quotation marks whole, a few quoted words inside reported speech, or reported without marks. */
public enum QuoteKind {
    DIRECT, PARTIAL, INDIRECT;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static QuoteKind fromJson(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
