package org.parallax.model;

/**
 * How exact a stated figure is, normalised from the words around the number ("around", "more than", ...; the
 * phrases are in {@code qualifiers.txt}).
 */
public enum Qualifier implements JsonNamed {
    /** Stated as a plain number: "120 civilians". */
    NONE,
    /** about, around, approximately, roughly, some, an estimated, circa, "or so". */
    APPROXIMATELY,
    /** at least, more than, over, above, upwards of, in excess of, as many as, "or more". */
    AT_LEAST,
    /** at most, less than, fewer than, under, below, up to, no more than, "or fewer". */
    AT_MOST,
    /** nearly, almost, close to, just under: a little below the value. */
    NEARLY,
    /** exactly, precisely. */
    EXACTLY,
    /** Two numbers: "between 10 and 20", "10 to 20", "10-20", "two or three"; the claim's valueMax is the upper one. */
    RANGE,
    /**
     * A plural of a magnitude that names no number: "dozens of", "hundreds of", "tens of thousands of". The value is
     * the least the plural allows (twice the magnitude: "hundreds" is at least 200); there is no upper value.
     */
    VAGUE;

    public static Qualifier fromJson(String s) { return JsonNamed.fromJson(Qualifier.class, s); }
}
