package org.parallax.model;

import java.util.Locale;

/** How one outlet's version of a quote relates to the cluster's reference version. */
public enum Verdict {
    REFERENCE, VERBATIM, TRIMMED, EXTENDED, ALTERED, PARAPHRASE, PARTIAL;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Verdict fromJson(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
