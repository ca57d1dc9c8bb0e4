package org.parallax.model;

/** What sort of quantity a claim states. */
public enum ClaimKind implements JsonNamed {
    /** A number of things: "120 civilians", "three rounds of talks"; unit is the counted noun. */
    COUNT,
    /** Money: "$3 billion"; unit is the ISO 4217 currency code ("USD"). */
    MONEY,
    /** A share: "40%", "40 per cent"; unit is "percent" or "percentage points". */
    PERCENT,
    /** A measurement: "10 km", "5,000 tonnes"; unit is the unit as written. */
    MEASURE;

    public static ClaimKind fromJson(String s) { return JsonNamed.fromJson(ClaimKind.class, s); }
}
