package org.parallax.extract.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link PrefixAutomaton#fitting} must be exactly the rules with a prefix every char of which is in its set, which the
 * reference below tests prefix by prefix (as {@code MatchStarts} tested each rule's prefixes): for the tagger's rules'
 * prefixes over its test texts and random text, and for random prefix lists (named and unnamed non-ASCII chars, sets
 * holding every non-ASCII char, prefixes of one char to seven, shared tails) over random text of their chars.
 */
class PrefixAutomatonTest {

    private static final Rules RULES = new Rules(TimeWords.bundled());

    @Test
    void theRulesPrefixesFitWhereTheyFitOneByOne() throws IOException, URISyntaxException {
        List<List<CharSet[]>> prefixes = new ArrayList<>();
        for (Rules.Rule rule : RULES.all()) {
            prefixes.add(RuleStarts.prefixesOf(rule.pattern()));
        }
        PrefixAutomaton automaton = new PrefixAutomaton(prefixes);
        List<String> texts = new ArrayList<>(RuleCuesTest.texts());
        Random random = new Random(58);
        String alphabet = "aAbdeEfhiklmMnoOprstTuvwyY 0123456789,.-/:'’–—\u00a0é\n";
        for (int n = 0; n < 200; n++) {
            texts.add(randomText(random, alphabet, 80));
        }
        long fitting = 0;
        for (String text : texts) {
            char[] s = text.toCharArray();
            for (int p = 0; p < s.length; p++) {
                long wanted = random.nextInt(4) == 0 ? random.nextLong() : -1L;
                long expected = fittingOneByOne(prefixes, s, p) & wanted;
                assertThat(automaton.fitting(s, p, wanted)).as("at " + p + " of " + text).isEqualTo(expected);
                fitting += Long.bitCount(expected);
            }
        }
        assertThat(fitting).isGreaterThan(1000);
    }

    @Test
    void randomPrefixesFitWhereTheyFitOneByOne() {
        Random random = new Random(20261207);
        String alphabet = "abcAB 1-’é\u00e8\u2014";
        for (int round = 0; round < 200; round++) {
            List<CharSet> sets = new ArrayList<>();
            for (int k = 0; k < 6; k++) {
                sets.add(randomSet(random, alphabet));
            }
            List<List<CharSet[]>> prefixes = new ArrayList<>();
            int rules = 1 + random.nextInt(64);
            for (int rule = 0; rule < rules; rule++) {
                if (random.nextInt(8) == 0) {
                    prefixes.add(null); // a rule not read here
                    continue;
                }
                List<CharSet[]> own = new ArrayList<>();
                for (int p = 1 + random.nextInt(5); p > 0; p--) {
                    CharSet[] prefix = new CharSet[1 + random.nextInt(7)];
                    for (int k = 0; k < prefix.length; k++) {
                        prefix[k] = sets.get(random.nextInt(sets.size()));
                    }
                    own.add(prefix);
                }
                prefixes.add(own);
            }
            PrefixAutomaton automaton = new PrefixAutomaton(prefixes);
            for (int n = 0; n < 10; n++) {
                char[] s = randomText(random, alphabet + "xZ\u00ff", 40).toCharArray();
                for (int p = 0; p < s.length; p++) {
                    long wanted = random.nextBoolean() ? -1L : random.nextLong();
                    assertThat(automaton.fitting(s, p, wanted)).as("round " + round + " at " + p + " of "
                            + new String(s)).isEqualTo(fittingOneByOne(prefixes, s, p) & wanted);
                }
            }
        }
    }

    @Test
    void aPrefixMustFitBeforeTheTextsEnd() {
        CharSet a = CharSet.NONE.with('a');
        PrefixAutomaton automaton = new PrefixAutomaton(List.of(List.<CharSet[]>of(new CharSet[] {a, a, a}),
                List.of(new CharSet[] {a}, new CharSet[] {a, CharSet.NONE.with('b')})));
        assertThat(automaton.fitting("aa".toCharArray(), 0, -1L)).isEqualTo(0b10);
        assertThat(automaton.fitting("aaa".toCharArray(), 0, -1L)).isEqualTo(0b11);
        assertThat(automaton.fitting("xaaa".toCharArray(), 1, 0b01)).isEqualTo(0b01);
        assertThat(automaton.fitting("b".toCharArray(), 0, -1L)).isZero();
    }

    @Test
    void anEmptyPrefixOrTooManyRulesAreRefused() {
        assertThatThrownBy(() -> new PrefixAutomaton(List.of(List.<CharSet[]>of(new CharSet[0]))))
                .isInstanceOf(IllegalArgumentException.class);
        List<List<CharSet[]>> many = new ArrayList<>();
        for (int i = 0; i <= Long.SIZE; i++) {
            many.add(null);
        }
        assertThatThrownBy(() -> new PrefixAutomaton(many)).isInstanceOf(IllegalArgumentException.class);
    }

    /** The reference: each rule's prefixes tested one by one at {@code p}. */
    private static long fittingOneByOne(List<List<CharSet[]>> prefixes, char[] s, int p) {
        long out = 0;
        for (int rule = 0; rule < prefixes.size(); rule++) {
            for (CharSet[] prefix : prefixes.get(rule) == null ? List.<CharSet[]>of() : prefixes.get(rule)) {
                boolean fits = p + prefix.length <= s.length;
                for (int k = 0; fits && k < prefix.length; k++) {
                    fits = prefix[k].contains(s[p + k]);
                }
                out |= fits ? 1L << rule : 0;
            }
        }
        return out;
    }

    private static CharSet randomSet(Random random, String alphabet) {
        int kind = random.nextInt(6);
        if (kind == 0) {
            return CharSet.ANY;
        }
        if (kind == 1) {
            return CharSet.NONE.with(alphabet.charAt(random.nextInt(alphabet.length()))).negated();
        }
        CharSet set = CharSet.NONE;
        for (int k = 1 + random.nextInt(3); k > 0; k--) {
            set = set.with(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return set;
    }

    private static String randomText(Random random, String alphabet, int longest) {
        StringBuilder out = new StringBuilder();
        for (int k = random.nextInt(longest); k > 0; k--) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
