package org.parallax.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * The parts of a {@link Context} a rule read are all its value depends on: in a context equal in those parts (the
 * rest drawn at random) every rule gives every match of the case sentences the same value, reading the same parts.
 * The tagger relies on it to value a match once rather than up to four times.
 */
class ContextReadsTest {

    private static final Rules RULES = new Rules(TimeWords.bundled());
    private static final List<LocalDate> DAYS = List.of(LocalDate.of(2015, 10, 21), LocalDate.of(2015, 10, 22),
            LocalDate.of(2013, 1, 3), LocalDate.of(2016, 12, 30));
    private static final List<String> VALUES = List.of("2015-10-01", "2014", "2015-10", "2013-Q2");
    private static final List<Scene> SCENES = List.of(Scene.NONE, new Scene("2014-05-02", Map.of()),
            new Scene(null, Map.of("vote", LocalDate.of(2015, 3, 3))),
            new Scene("2015-10", Map.of("vote", LocalDate.of(2015, 3, 4), "attack", LocalDate.of(2012, 7, 9))));

    @Test
    void aContextEqualInThePartsReadGivesTheSameValue() throws IOException {
        Random random = new Random(20);
        int reused = 0;
        int readScene = 0;
        int readNothing = 0;
        for (String s : caseSentences()) {
            for (Rules.Rule rule : RULES.all()) {
                Matcher m = rule.pattern().matcher(s);
                while (m.find()) {
                    for (int k = 0; k < 40; k++) {
                        Context a = randomContext(random);
                        Value v = normalise(rule, m, a, s);
                        int reads = a.reads();
                        readNothing += v != null && reads == 0 ? 1 : 0;
                        readScene += v != null && (reads & Context.SCENE) != 0 ? 1 : 0;
                        Context b = mixed(a, reads, random);
                        if (a.sameIn(b, reads)) {
                            reused++;
                            assertThat(normalise(rule, m, b, s)).as(rule.name() + " in " + s + ": " + a + " / " + b)
                                    .isEqualTo(v);
                            assertThat(b.reads()).as(rule.name() + " in " + s).isEqualTo(reads);
                        }
                    }
                }
            }
        }
        assertThat(reused).isGreaterThan(1000);
        assertThat(readNothing).isGreaterThan(100);
        assertThat(readScene).isGreaterThan(20);
    }

    @Test
    void sameInComparesOnlyTheParts() {
        Context a = new Context(DAYS.get(0), DateOrder.MONTH_FIRST, Tense.PAST, DAYS.get(1), null, "2014",
                SCENES.get(1));
        Context b = Context.bare(DAYS.get(0), DateOrder.MONTH_FIRST, Tense.PAST);
        assertThat(a.sameIn(b, Context.DCT | Context.ORDER | Context.TENSE | Context.SENTENCE_REFERENCE)).isTrue();
        assertThat(a.sameIn(b, Context.REFERENCE)).isFalse();
        assertThat(a.sameIn(b, Context.REFERENCE_VALUE)).isFalse();
        assertThat(a.sameIn(b, Context.SCENE)).isFalse();
        assertThat(a.reads()).isZero();
        a.referenceOrDct();
        assertThat(a.reads()).isEqualTo(Context.REFERENCE);
        a.forgetReads();
        assertThat(a.anchored()).isTrue();
        assertThat(a.reads()).isEqualTo(Context.DCT);
    }

    /** The value as the tagger takes it: null when the rule rejects the match or throws, or the value is not TIMEX3. */
    private static Value normalise(Rules.Rule rule, Matcher m, Context c, String s) {
        c.forgetReads();
        try {
            Value v = rule.normaliser().apply(m, c, s);
            return v == null || !Timex3.isValid(v.type(), v.value()) ? null : v;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Context randomContext(Random random) {
        return new Context(pick(DAYS, random, true), pick(List.of(DateOrder.values()), random, false),
                pick(List.of(Tense.values()), random, false), pick(DAYS, random, true), pick(DAYS, random, true),
                pick(VALUES, random, true), pick(SCENES, random, false));
    }

    /** A context with {@code a}'s parts where {@code reads} says (mostly), the others drawn at random. */
    private static Context mixed(Context a, int reads, Random random) {
        Context r = randomContext(random);
        boolean keep = random.nextInt(8) > 0;
        return new Context(part(reads, Context.DCT, keep, a::dct, r::dct),
                part(reads, Context.ORDER, keep, a::order, r::order),
                part(reads, Context.TENSE, keep, a::tense, r::tense),
                part(reads, Context.REFERENCE, keep, a::reference, r::reference),
                part(reads, Context.SENTENCE_REFERENCE, keep, a::sentenceReference, r::sentenceReference),
                part(reads, Context.REFERENCE_VALUE, keep, a::referenceValue, r::referenceValue),
                part(reads, Context.SCENE, keep, a::scene, r::scene));
    }

    private static <T> T part(int reads, int bit, boolean keep, java.util.function.Supplier<T> read,
                              java.util.function.Supplier<T> other) {
        return keep && (reads & bit) != 0 ? read.get() : other.get();
    }

    private static <T> T pick(List<T> options, Random random, boolean orNull) {
        int k = random.nextInt(options.size() + (orNull ? 1 : 0));
        return k == options.size() ? null : options.get(k);
    }

    private static List<String> caseSentences() throws IOException {
        try (InputStream in = ContextReadsTest.class.getResourceAsStream("timex-cases.csv")) {
            String csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> cases = csv.lines().skip(1).map(l -> l.split("\\|", -1)[0]).toList();
            // the rules that read the scene: an event's day, the paragraph's date in focus
            return java.util.stream.Stream.concat(cases.stream(), java.util.stream.Stream.of(
                    "At the time, the company said nothing.", "The day before the vote, crowds gathered.",
                    "A week after the attack, police arrested him.", "Two days after the vote, he resigned.",
                    "The firm was still private at the time of the attack.")).toList();
        }
    }
}
