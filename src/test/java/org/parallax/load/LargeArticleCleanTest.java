package org.parallax.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parallax.model.Article;

/**
 * A ~20 MB article with tens of thousands of paragraphs, many of them repeated or cut off, is cleaned: repeat
 * detection must stay near-linear. Not timed here; the benchmark command measures speed.
 */
class LargeArticleCleanTest {

    private static final String[] WORDS = ("the minister said talks in moscow would resume on tuesday after a long "
            + "week of negotiations over grain exports energy prices and the security of shipping lanes in the black "
            + "sea while officials in kyiv ankara brussels and washington warned that any deal needed guarantees")
            .split(" ");

    @Test
    void cleansATwentyMegabyteArticleWithManyRepeats() {
        Random random = new Random(42);
        StringBuilder input = new StringBuilder(21_000_000);
        List<String> unique = new ArrayList<>();
        int repeats = 0;
        while (input.length() < 20_000_000) {
            int kind = random.nextInt(10);
            if (kind < 6 || unique.isEmpty()) {
                String paragraph = paragraph(random, unique.size());
                unique.add(paragraph);
                input.append(paragraph);
            } else if (kind < 8) {
                input.append(unique.get(random.nextInt(unique.size())));
                repeats++;
            } else if (kind < 9) {
                String original = unique.get(random.nextInt(unique.size()));
                input.append(original, 0, 60 + random.nextInt(original.length() - 70)).append('…');
                repeats++;
            } else {
                String paragraph = paragraph(random, unique.size());
                unique.add(paragraph);
                input.append(wrapped(paragraph));
            }
            // Mostly one paragraph per line, with the odd blank line, as saved pages have them.
            input.append(random.nextInt(10) == 0 ? "\n\n" : "\n");
        }

        long start = System.nanoTime();
        CleanedText cleaned = new ArticleCleaner().clean(input.toString(), "");
        System.getLogger(LargeArticleCleanTest.class.getName()).log(System.Logger.Level.INFO,
                "cleaned {0} MB in {1} ms", input.length() / 1_000_000, (System.nanoTime() - start) / 1_000_000);

        int paragraphs = cleaned.text().split(Article.PARAGRAPH_BREAK, -1).length;
        assertThat(paragraphs).isEqualTo(unique.size());
        assertThat(cleaned.removedLines()).hasSize(repeats);
    }

    /** A sentence of 40 to 80 words that starts with a unique number, so two paragraphs never coincide. */
    private static String paragraph(Random random, int number) {
        StringBuilder p = new StringBuilder("Item ").append(number).append(':');
        int words = 40 + random.nextInt(40);
        for (int i = 0; i < words; i++) {
            p.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
        }
        return p.append('.').toString();
    }

    /** Hard-wrapped at about 70 columns, as a saved plain-text page would be. */
    private static String wrapped(String paragraph) {
        StringBuilder out = new StringBuilder();
        int column = 0;
        for (String word : paragraph.split(" ")) {
            if (column > 0 && column + word.length() > 70) {
                out.append('\n');
                column = 0;
            } else if (column > 0) {
                out.append(' ');
                column++;
            }
            out.append(word);
            column += word.length();
        }
        return out.toString();
    }
}
