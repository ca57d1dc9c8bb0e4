package org.parallax.compare.event;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parallax.text.DataFile;

/**
 * A verb's base form from any of its forms ("visited" → visit, "arrived" → arrive, "met" → meet, "launching" →
 * launch), and the present tense a headline uses ("visits", "meet" after a plural actor). Irregular forms come from
 * {@code verbs.txt}; regular ones lose their ending, undouble a doubled consonant ("stopped") and get back an "e" where
 * English spelling needs it (after c, g, s, u, v, z, and after a single vowel before b, d, k, m, p, r, t: "decided",
 * "named", "declared", "stated"), the exceptions listed in the data file.
 */
final class VerbForms {

    private static final Map<String, String> IRREGULAR = new HashMap<>();
    private static final Set<String> WITH_E = new HashSet<>();

    static {
        for (String line : DataFile.of(VerbForms.class, "verbs.txt").texts()) {
            int colon = line.indexOf(':');
            String head = line.substring(0, colon).strip();
            String[] forms = line.substring(colon + 1).strip().split("\\s+");
            if (head.equals("e")) {
                WITH_E.addAll(java.util.List.of(forms));
                continue;
            }
            for (String f : forms) {
                IRREGULAR.putIfAbsent(f, head);
            }
        }
    }

    private VerbForms() {
    }

    /** The base form of a verb form ("met" → meet, "announced" → announce, "visits" → visit). */
    static String base(String form) {
        String w = form.toLowerCase(Locale.ROOT);
        String irregular = IRREGULAR.get(w);
        if (irregular != null) {
            return irregular;
        }
        if (w.endsWith("ied") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("eed") && w.length() > 4) {
            return w.substring(0, w.length() - 1); // agreed, freed
        }
        if (w.endsWith("ed") && w.length() > 3) {
            return restore(w.substring(0, w.length() - 2));
        }
        if (w.endsWith("ing") && w.length() > 4) {
            return restore(w.substring(0, w.length() - 3));
        }
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.matches(".*(?:ss|sh|ch|x|z|o)es")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 3) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** The present tense of {@code base} after a singular ({@code plural} false) or plural actor. */
    static String present(String base, boolean plural) {
        if (base.equals("be")) {
            return plural ? "are" : "is";
        }
        if (plural) {
            return base;
        }
        if (base.equals("have")) {
            return "has";
        }
        if (base.matches(".*(?:s|sh|ch|x|z|o)")) {
            return base + "es";
        }
        if (base.matches(".*[^aeiou]y")) {
            return base.substring(0, base.length() - 1) + "ies";
        }
        return base + "s";
    }

    /** Whether a form is a past participle or past tense ("revealed", "taken", "met"), not a base or -ing form. */
    static boolean participle(String form) {
        String w = form.toLowerCase(Locale.ROOT);
        String irregular = IRREGULAR.get(w);
        return irregular != null && !irregular.equals(w) || w.endsWith("ed") || w.endsWith("en");
    }

    /** A stem without its ending, made a word again: undoubled ("stopp"), or with its "e" ("decid"). */
    private static String restore(String stem) {
        int n = stem.length();
        if (n < 2) {
            return stem;
        }
        char last = stem.charAt(n - 1);
        if (WITH_E.contains(stem + "e")) {
            return stem + "e";
        }
        if (last == stem.charAt(n - 2) && "bgmnprtz".indexOf(last) >= 0) {
            return stem.substring(0, n - 1); // stopped, planned, committed
        }
        if (stem.endsWith("ell") && n > 5 || stem.endsWith("oll") && n > 6) {
            return stem.substring(0, n - 1); // travelled, cancelled, controlled (not spelled, enrolled)
        }
        return needsE(stem) ? stem + "e" : stem;
    }

    private static boolean needsE(String stem) {
        int n = stem.length();
        char last = stem.charAt(n - 1);
        char before = stem.charAt(n - 2);
        boolean singleVowel = vowel(before) && (n < 3 || !vowel(stem.charAt(n - 3)));
        switch (last) {
            case 'v', 'u', 'z', 'c':
                return true;
            case 's':
                return before != 's';
            case 'g':
                return before != 'n' && before != 'g';
            case 'b', 'd', 'k', 'm':
                return singleVowel;
            case 'p':
                return singleVowel && (before != 'o' || n <= 5);
            case 'r':
                return singleVowel && "aiu".indexOf(before) >= 0;
            case 't':
                return singleVowel && "aou".indexOf(before) >= 0 || stem.endsWith("iat"); // stated, negotiated
            case 'l':
                return singleVowel && "iu".indexOf(before) >= 0 || "bcdfgkpstz".indexOf(before) >= 0; // assembled
            case 'n':
                return singleVowel && "iu".indexOf(before) >= 0;
            default:
                return false;
        }
    }

    private static boolean vowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
