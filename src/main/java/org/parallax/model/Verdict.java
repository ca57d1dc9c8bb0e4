package org.parallax.model;

/** How one outlet's version of a quote relates to the cluster's reference version. */
public enum Verdict implements JsonNamed {
    REFERENCE, VERBATIM, TRIMMED, EXTENDED, ALTERED, PARAPHRASE, PARTIAL;

    public static Verdict fromJson(String s) { return JsonNamed.fromJson(Verdict.class, s); }
}
