package org.parallax.extract.quote;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.extract.quote.Person.LearnedRole;

/**
 * The names one article teaches ({@link PersonRegistry#learned}) made ready, on the core that read the article, for the
 * registry's adding in article order, which runs on one thread while the other cores wait: the names of two words or
 * more summed up by key ({@link KeyNames}), so the adding looks up a person once per key and article, not once per
 * name (at 16,000 bench articles 133,000 such names have 823 keys); the one-word names as they came (made mentions by
 * {@link SingleMentions}); the bodies' descriptions.
 *
 * @param names        every name, in the article's order
 * @param keys         the names of two words or more by key, in the order their keys first came
 * @param descriptions each name's key and the body noun it was described with, for the names described
 */
record ArticleNames(List<LearnedName> names, List<KeyNames> keys, List<Described> descriptions) {

    /** A key and the body noun a name of it was described with ("automaker"). */
    record Described(List<String> key, String noun) {
    }

    /**
     * What the names of one key tell its person, as adding them one after another would: their forms and articles,
     * whether any is strong or a body's, how many there are, the gender the last with one gave, and their roles (a
     * title's, then an apposition's, name by name) each with the articles it came in, in the order first met.
     */
    record KeyNames(List<String> key, Set<String> forms, Set<String> articles, boolean strong, boolean body,
                    int mentions, Gender gender, Map<LearnedRole, Set<String>> roles) {
    }

    static ArticleNames of(List<LearnedName> names) {
        Map<List<String>, Summing> byKey = new LinkedHashMap<>();
        List<Described> descriptions = new ArrayList<>();
        for (LearnedName l : names) {
            if (l.described() != null) {
                descriptions.add(new Described(l.key(), l.described()));
            }
            if (l.key().size() >= 2) {
                byKey.computeIfAbsent(l.key(), Summing::new).add(l);
            }
        }
        List<KeyNames> keys = new ArrayList<>(byKey.size());
        byKey.values().forEach(s -> keys.add(s.done()));
        return new ArticleNames(List.copyOf(names), keys, descriptions);
    }

    /** One key's names summed up as they come. */
    private static final class Summing {
        private final List<String> key;
        private final Set<String> forms = new LinkedHashSet<>();
        private final Set<String> articles = new LinkedHashSet<>();
        private boolean strong;
        private boolean body;
        private int mentions;
        private Gender gender = Gender.UNKNOWN;
        private final Map<LearnedRole, Set<String>> roles = new LinkedHashMap<>();

        Summing(List<String> key) {
            this.key = key;
        }

        void add(LearnedName l) {
            forms.add(l.display());
            articles.add(l.articleId());
            strong |= l.strong();
            body |= l.body();
            mentions++;
            if (l.gender() != Gender.UNKNOWN) {
                gender = l.gender();
            }
            if (l.role() != null) {
                roles.computeIfAbsent(l.role(), r -> new LinkedHashSet<>()).add(l.articleId());
            }
            if (l.appos() != null) {
                roles.computeIfAbsent(l.appos(), r -> new LinkedHashSet<>()).add(l.articleId());
            }
        }

        KeyNames done() { // the sets and map are not changed after: read-only views, not copies (their order is kept)
            return new KeyNames(key, Collections.unmodifiableSet(forms), Collections.unmodifiableSet(articles), strong,
                    body, mentions, gender, Collections.unmodifiableMap(roles));
        }
    }
}
