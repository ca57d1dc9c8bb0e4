package org.parallax.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parallax.text.Accents;

/**
 * Whether the app's speaker name and a gold entity's names denote the same speaker.
 *
 * <p>Both sides are normalised: case, accents and punctuation dropped, a possessive "'s" dropped, honorifics
 * ("Mr", "Dr", "Sir") and "the" dropped in front, company suffixes ("Inc", "Corp", "Co", "Ltd", "LLC", "plc", "AG")
 * dropped at the end. A gold name form counts up to its first comma or bracket, and a single word in brackets is
 * a form of its own (see {@link #forms}). The names match when, against some gold form,
 * <ul>
 *   <li>they are equal, or</li>
 *   <li>their last words are equal (the surname of a person, the head of an organisation's name) and one of them
 *       is that word alone ("Forgeard", "Boeing" / "United States airframer Boeing"), or, for a person, the words
 *       before it are equal too or one is the other's initial ("Noel Forgeard" / "Airbus chief executive Noel
 *       Forgeard"), or, for an organisation, every word of one is in the other ("General Motors" / "The US car
 *       manufacturer General Motors"; not "China Southern Airlines" / "China Eastern Airlines"), or</li>
 *   <li>for an organisation, one is the other's first words ("Ford" / "Ford Motor Company") or its initials
 *       ("GM" / "General Motors").</li>
 * </ul>
 */
final class SpeakerNames {

    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord",
            "lady", "prof", "professor", "rev", "mister", "madam");
    private static final Set<String> COMPANY_SUFFIXES = Set.of("inc", "incorporated", "corp", "corporation", "co",
            "ltd", "limited", "llc", "plc", "ag", "sa", "nv", "se", "gmbh", "lp", "llp");

    private static final java.util.regex.Pattern BRACKETED = java.util.regex.Pattern.compile("\\(([^(),]*)\\)?");

    private SpeakerNames() {
    }

    /** Whether {@code system} names the entity whose names are {@code goldForms}. */
    static boolean matches(String system, List<String> goldForms, boolean organisation) {
        List<String> s = words(system);
        if (s.isEmpty()) {
            return false;
        }
        for (String form : goldForms) {
            for (List<String> g : forms(form)) {
                if (matches(s, g, organisation)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean matches(List<String> s, List<String> g, boolean organisation) {
        if (g.isEmpty()) {
            return false;
        }
        if (s.equals(g)) {
            return true;
        }
        if (s.get(s.size() - 1).equals(g.get(g.size() - 1))) {
            if (s.size() == 1 || g.size() == 1) {
                return true; // "Forgeard", "Boeing"
            }
            if (!organisation) {
                // same surname and same given name (or its initial): "Noel Forgeard" / "chief executive Noel Forgeard"
                String a = s.get(s.size() - 2);
                String b = g.get(g.size() - 2);
                return a.equals(b) || (a.length() == 1 || b.length() == 1) && a.charAt(0) == b.charAt(0);
            }
            // "China Eastern Airlines" is not "China Southern Airlines": every word of one is in the other
            return g.containsAll(s) || s.containsAll(g);
        }
        if (!organisation) {
            return false;
        }
        List<String> shorter = s.size() <= g.size() ? s : g;
        List<String> longer = s.size() <= g.size() ? g : s;
        if (longer.subList(0, shorter.size()).equals(shorter)) {
            return true;
        }
        return shorter.size() == 1 && longer.size() > 1 && shorter.get(0).equals(initials(longer));
    }

    private static String initials(List<String> words) {
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            if (!w.equals("of") && !w.equals("and") && !w.equals("the")) {
                b.append(w.charAt(0));
            }
        }
        return b.toString();
    }

    /**
     * A gold form as names: its words up to the first comma, bracket or " - " ("Joe Leonard , Chairman of AirTran"
     * → "Joe Leonard"; "Noel Forgeard (CEO of EADS)" → "Noel Forgeard"), and a single word in brackets, an
     * alias or an acronym ("General Motors ( GM )" → "GM").
     */
    static List<List<String>> forms(String form) {
        List<List<String>> out = new ArrayList<>();
        out.add(words(form.split("[,(\\[]| - ")[0]));
        java.util.regex.Matcher m = BRACKETED.matcher(form);
        while (m.find()) {
            List<String> w = words(m.group(1));
            if (w.size() == 1 && !out.contains(w)) {
                out.add(w);
            }
        }
        out.removeIf(List::isEmpty);
        return out;
    }

    /** Lower-case words without accents, punctuation, possessive "'s", leading honorifics and "the", company suffixes. */
    static List<String> words(String name) {
        String n = Accents.stripCompatibly(name)
                .toLowerCase(Locale.ROOT).replace('’', '\'')
                .replaceAll("\\s*'s\\b", " ").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        List<String> w = new ArrayList<>(n.isEmpty() ? List.of() : Arrays.asList(n.split(" ")));
        while (!w.isEmpty() && (HONORIFICS.contains(w.get(0)) || w.get(0).equals("the"))) {
            w.remove(0);
        }
        while (w.size() > 1 && COMPANY_SUFFIXES.contains(w.get(w.size() - 1))) {
            w.remove(w.size() - 1);
        }
        return w;
    }
}
