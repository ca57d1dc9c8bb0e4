package org.parallax.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parallax.model.Article;

class ParagraphBreakTest {

    @Test
    void findsTheBreaksTheStringSearchFound() {
        String[] parts = {"\n", "\n\n", "a", " ", "“", "”", "\r", "x\n"};
        Random random = new Random(20);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int len = random.nextInt(10);
            for (int k = 0; k < len; k++) {
                b.append(parts[random.nextInt(parts.length)]);
            }
            String s = b.toString();
            char[] chars = s.toCharArray();
            for (int from = 0; from <= s.length() + 1; from++) {
                assertThat(ArticleText.paragraphBreak(chars, from)).as("%s from %d", s, from)
                        .isEqualTo(s.indexOf(Article.PARAGRAPH_BREAK, from));
            }
        }
    }
}
