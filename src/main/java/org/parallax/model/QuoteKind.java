package org.parallax.model;

/** How a quote is given: in quotation marks whole, a few quoted words inside reported speech, or reported without marks. */
public enum QuoteKind implements JsonNamed {
    DIRECT, PARTIAL, INDIRECT;

    public static QuoteKind fromJson(String s) { return JsonNamed.fromJson(QuoteKind.class, s); }
}
