package org.parallax.compare.happening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.parallax.compare.event.Words;
import org.junit.jupiter.api.Test;

/** A tagged word names a happening exactly as the pattern alone said, now that its ending is tested first. */
class HappeningWordsTest {

    /** The test before: the nouns' pattern run on every noun that is no verb and no predicate. */
    private static final Pattern DEVERBAL = Pattern.compile("\\p{L}{3,}(?:tion|sion|ment)s?");

    /** {@code names} before: a word that may name, then verbs, predicates, the pattern's nouns. */
    private static boolean namesBefore(String word, String tag) {
        return HappeningTextTest.Before.mayName(word)
                && (tag.equals("VERB") || Words.isPredicate(Words.lemma(word))
                    || tag.equals("NOUN") && DEVERBAL.matcher(word.toLowerCase(Locale.ROOT)).matches());
    }

    /** Whether a tagged word names a happening, as the coverages read it: its class, then a predicate or its tag. */
    private static boolean names(String word, String tag) {
        String c = HappeningWords.classIfMayName(word);
        return c != null
                && (Words.isPredicate(c) || HappeningWords.namesByTag(tag, HappeningWords.madeFromVerb(word)));
    }

    @Test
    void aNounNamesAHappeningExactlyWhenThePatternSaysSo() {
        String[] stems = {"elec", "investiga", "settle", "deci", "mo", "x", "Ⅻé", "ſta", "İsta", "ΣΟΦΊ", "ab", "", "moment",
            "mention", "Session", "GOVERN", "punish", "fas"};
        String[] endings = {"tion", "tions", "sion", "sions", "ment", "ments", "TION", "Ments", "tionss", "tio", "mens",
            "s", "", "ſion", "tıon", "ment\u0301", "ment’s"};
        List<String> words = new ArrayList<>();
        for (String stem : stems) {
            for (String ending : endings) {
                if (!(stem + ending).isEmpty()) {
                    words.add(stem + ending);
                }
            }
        }
        Random random = new Random(37);
        for (int i = 0; i < 5000; i++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + random.nextInt(9);
            for (int k = 0; k < n; k++) {
                b.append("tionsmeaTIONSMENİı".charAt(random.nextInt(18)));
            }
            words.add(b.toString());
        }
        int named = 0;
        for (String word : words) {
            for (String tag : new String[] {"NOUN", "VERB", "ADJ", "PROPN"}) {
                boolean expected = namesBefore(word, tag);
                assertThat(names(word, tag)).as("%s %s", word, tag).isEqualTo(expected);
                named += expected && tag.equals("NOUN") ? 1 : 0;
            }
        }
        assertThat(named).isGreaterThan(100);
    }
}
