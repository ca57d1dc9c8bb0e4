package org.parallax.extract.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one-word names a corpus spells, indexed by their one-letter deletions, so that the names one typing slip away
 * from a word ("Chrylser" → "Chrysler") are found without a scan over every name.
 */
final class NameSlips {

    private final Set<String> known;
    private final Map<String, List<String>> byDeletion = new HashMap<>();
    /** {@link #near} by word: asked again at every mention of the same unknown name. */
    private final Map<String, List<String>> near = new ConcurrentHashMap<>();

    NameSlips(Set<String> known) {
        this.known = Set.copyOf(known);
        for (String w : this.known) {
            for (String d : deletions(w)) {
                byDeletion.computeIfAbsent(d, k -> new ArrayList<>()).add(w);
            }
        }
    }

    /** The known words one slip from {@code word}: a letter left out, added, changed, or two neighbours swapped. */
    List<String> near(String word) {
        return near.computeIfAbsent(word, this::slipsOf);
    }

    private List<String> slipsOf(String word) {
        Set<String> candidates = new LinkedHashSet<>(byDeletion.getOrDefault(word, List.of()));
        for (String d : deletions(word)) {
            candidates.addAll(byDeletion.getOrDefault(d, List.of()));
            if (known.contains(d)) {
                candidates.add(d);
            }
        }
        return candidates.stream().filter(w -> oneSlip(word, w)).sorted().toList();
    }

    /** Whether two different words are one edit apart: one letter left out, added, changed, or two neighbours swapped. */
    static boolean oneSlip(String a, String b) {
        if (a.equals(b)) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            if (a.substring(i + 1).equals(b.substring(i + 1))) {
                return true;
            }
            return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));
        }
        if (Math.abs(a.length() - b.length()) != 1) {
            return false;
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = a.length() > b.length() ? b : a;
        return longer.substring(i + 1).equals(shorter.substring(i));
    }

    private static List<String> deletions(String w) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < w.length(); i++) {
            out.add(w.substring(0, i) + w.substring(i + 1));
        }
        return out;
    }
}
