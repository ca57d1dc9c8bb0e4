package org.parallax.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parallax.model.Claim;
import org.parallax.text.PartsOfSpeech;
import org.parallax.text.TextAnalyser;

/**
 * A count after a name ("iPhone 4 will", "the FTSE 100 index") is told no figure without tagging its clause when no
 * chunk from the word after it can end on a plural-looking word ({@link NumberContext#pluralLookingWithinChunk}).
 * Checked three ways: such a clause is left untagged; on random texts of names, numbers, nouns, plurals,
 * conjunctions and time words the claims are those of the path that tags (the reference: an article holding a clause
 * longer than the tagger's window takes it, {@link FigureText#taggedInWholeClauses}); and wherever the tag-free test
 * says no, the chunk the tags make ends on no plural-looking word.
 */
class CountAfterNameTest {

    private static final String[] PIECES = {"iPhone", "Boeing", "FTSE", "S&P", "Core", "USB", "Airbus", "Nikkei",
        "4", "767", "100", "2.0", "500", "two", "3", "will", "was", "ship", "index", "tankers", "tanker", "jets",
        "and", "or", "&", "the", "fell", "port", "stocks", "planes", "news", "days", "year", "last", "of", "from",
        "more", "than", "said", "new", "Duo", "processors", "customers", "rose", "to", ",", ".", "\n", "The", "In",
        "its", "at", "least", "helicopters", "Jobs", "States", "glass", "status", "analysis", "ı", "é", "parts"};

    private final FigureWords lexicon = FigureWords.get();

    @Test
    void aCountAfterANameWithNoPluralWithinReachTagsNoClause() {
        for (String text : List.of("He said the iPhone 4 will ship in June.", "Shares in the FTSE 100 index fell.",
                "It flies the Boeing 767 over the sea and the land.")) {
            FigureText ft = text(text);
            assertThat(new FigureFinder("a", ft, lexicon).run()).as(text).isEmpty();
            assertThat(tagged(ft)).as(text).doesNotContain(true);
        }
    }

    @Test
    void aPluralWithinReachStillTagsAndMayCount() {
        FigureText ft = text("He said the Boeing 767 tankers and jets were ready.");
        List<Claim> claims = new FigureFinder("a", ft, lexicon).run();
        assertThat(tagged(ft)).contains(true);
        assertThat(claims).extracting(Claim::text).containsExactly("767 tankers and jets");
    }

    @Test
    void randomTextsGetTheClaimsOfThePathThatTags() {
        Random random = new Random(20261207L);
        String longClause = " so".repeat(PartsOfSpeech.WINDOW + 1);
        int claims = 0;
        for (int round = 0; round < 3000; round++) {
            String text = randomText(random);
            FigureText ft = text(text);
            assertThat(ft.taggedInWholeClauses()).as(text).isTrue();
            List<Claim> ours = new FigureFinder("a", ft, lexicon).run();
            FigureText tagging = text(text + "\n\n" + longClause);
            assertThat(tagging.taggedInWholeClauses()).isFalse();
            assertThat(ours).as(text).isEqualTo(new FigureFinder("a", tagging, lexicon).run());
            claims += ours.size();
        }
        assertThat(claims).as("the generator makes figures").isGreaterThan(1000);
    }

    @Test
    void noChunkEndsOnAPluralWhereTheTagFreeTestSaysNone() {
        Random random = new Random(4L);
        int told = 0;
        for (int round = 0; round < 3000; round++) {
            String text = randomText(random);
            FigureText ft = text(text);
            NumberContext context = new NumberContext(ft, lexicon);
            for (int k = 0; k < ft.n; k++) {
                if (context.pluralLookingWithinChunk(k)) {
                    continue;
                }
                told++;
                NumberContext.Chunk chunk = context.chunk(k, true);
                assertThat(chunk == null || !context.pluralLooking(ft.token(chunk.last()))).as(text + " @" + k).isTrue();
            }
        }
        assertThat(told).isGreaterThan(10_000);
    }

    private static String randomText(Random random) {
        StringBuilder b = new StringBuilder();
        for (int w = 1 + random.nextInt(30); w > 0; w--) {
            b.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextInt(12) == 0 ? "" : " ");
        }
        return b.toString();
    }

    private static FigureText text(String text) {
        return new FigureText(TextAnalyser.shared().analyse(text));
    }

    /**
     * Which tokens have their tags: read from the text's state, which nothing else shows (a token's tag is kept once
     * tagged; no array before the first).
     */
    private static boolean[] tagged(FigureText ft) {
        try {
            Field f = FigureText.class.getDeclaredField("tags");
            f.setAccessible(true);
            String[] tags = (String[]) f.get(ft);
            boolean[] tagged = new boolean[ft.n];
            for (int i = 0; tags != null && i < ft.n; i++) {
                tagged[i] = tags[i] != null;
            }
            return tagged;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
