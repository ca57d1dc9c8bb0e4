package org.parallax.extract.quote;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.parallax.extract.quote.Person.LearnedRole;

/**
 * A name as one article gives it to the {@link PersonRegistry}, by its key ({@link PersonRegistry#keyOf}, made where
 * the article is read, on any core, not where names are added in article order, on one), with what came with it: a
 * title's or an apposition's role, a gender, whether it names a body; {@code described} is a body's noun
 * ("automaker"), or null. Serializable: a distributed job learns names on one machine and builds the registry on
 * another ({@link CorpusNames}).
 */
record LearnedName(List<String> key, String display, Gender gender, String articleId, boolean strong,
                   LearnedRole role, LearnedRole appos, boolean body, String described) implements Serializable {

    LearnedName {
        key = List.copyOf(key);
        // a string keeps its hash once computed: computing the words', the display's and the roles' here, where the
        // article is read (on any core), spares the registry's adding and finishing, which run on one
        Objects.hash(key, display, role, appos);
    }
}
