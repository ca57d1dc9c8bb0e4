package org.parallax.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A person's canonical name, the fullest of its forms by a loop, is the one the stream found. */
class PersonCanonicalTest {

    /** {@code Person.canonical} as it was: the forms' stream, its comparator built at every call. */
    private static String reference(Set<String> forms) {
        return forms.stream().max(Comparator.<String>comparingInt(f -> f.split(" ").length)
                .thenComparing(f -> !f.equals(f.toUpperCase(Locale.ROOT)) || f.length() <= 4)
                .thenComparingInt(String::length)
                .thenComparing(Comparator.<String>reverseOrder())).orElseThrow();
    }

    @Test
    void theFullestFormIsTheOneTheStreamFound() {
        String[] words = {"Apple", "APPLE", "Inc", "GM", "gm", "General", "Motors", "Bashar", "al-Assad", "Assad",
            "Müller", "MÜLLER", "Lee", "Hsien", "Loong", "ab", "AB", "", " "};
        Random random = new Random(76);
        for (int n = 0; n < 20_000; n++) {
            Set<String> forms = new HashSet<>();
            for (int f = 1 + random.nextInt(5); f > 0; f--) {
                List<String> form = new ArrayList<>();
                for (int w = 1 + random.nextInt(4); w > 0; w--) {
                    form.add(words[random.nextInt(words.length)]);
                }
                forms.add(String.join(random.nextInt(8) == 0 ? "  " : " ", form));
            }
            Person p = new Person(List.of("x"));
            forms.forEach(p::addForm);
            assertThat(p.canonical()).as("%s", forms).isEqualTo(reference(forms));
            List<String> reversed = new ArrayList<>(forms);
            Collections.reverse(reversed); // any order of reading gives the same form
            assertThat(Person.fullest(reversed)).isEqualTo(reference(forms));
        }
    }

    @Test
    void aPersonWithoutAFormHasNoCanonicalName() {
        assertThatThrownBy(() -> new Person(List.of("x")).canonical()).isInstanceOf(NoSuchElementException.class);
    }
}
