package org.parallax.extract.quote;

/** The grammatical gender a pronoun or honorific implies; {@link #UNKNOWN} fits either. */
enum Gender {
    MALE, FEMALE, UNKNOWN;

    static Gender fromCode(String code) {
        return switch (code) {
            case "m" -> MALE;
            case "f" -> FEMALE;
            default -> UNKNOWN;
        };
    }

    boolean fits(Gender other) {
        return this == UNKNOWN || other == UNKNOWN || this == other;
    }
}
