package org.parallax.model;

import java.util.Locale;

/** What sort of quantity a claim states. */
public enum ClaimKind {
    /** A number of things: "120 civilians", "three rounds of talks"; unit is the counted noun. */
    COUNT,
    /** Money: "$3 billion"; unit is the ISO 4217 currency code ("USD"). */
    MONEY,
    /** A share: "40%", "40 per cent"; unit is "percent" or "percentage points". */
    PERCENT,
    /** A measurement: "10 km", "5,000 tonnes"; unit is the unit as written. */
    MEASURE;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ClaimKind fromJson(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
