package org.parallax.compare.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parallax.model.Article;
import org.parallax.model.DateSource;
import org.parallax.model.Outlet;
import org.parallax.text.Token;

/** Reading name forms word by word in place gives the sets the tokens gave (the reading before, kept here). */
class NameFormsReadTest {

    private static final String[] PIECES = {"Assad", "Assad's", "Assad’s", "the", "The", "THE", "the's", "the’s",
        "Moscow", "al-Assad", "bin-Salman", "e-mail", "van-Dyke", "abcd-Xy", "minister", "iPhone", "2015", "Ümit",
        "élan", "\uD801\uDC00bc", "\uD801\uDC28-Smith", "İstanbul", "İthe", "Ross", "a", "A", "O'Neil", "de-Gaulle",
        "Putin", "putin", "Kremlin", "said", "Thé", " ", " ", " ", "  ", "\n", "\n\n", "\u00A0", "\t", ", ", ".", "-",
        "'", "’", "'s", "\"", "(", ")", "—", "x", "Sa", "Saʼ", "3rd", "Ⅻ"};

    @Test
    void theFormsAreThoseTheTokensGaveOnRandomArticles() {
        Random random = new Random(20261207);
        for (int round = 0; round < 300; round++) {
            List<Article> articles = new ArrayList<>();
            for (int k = random.nextInt(40); k >= 0; k--) {
                articles.add(article("a" + k, RandomTexts.of(random, PIECES, 120)));
            }
            NameForms expected = reference(articles);
            assertThat(NameForms.of(articles)).as("round %d", round).isEqualTo(expected);
            assertThat(NameForms.read(articles.iterator())).as("round %d", round).isEqualTo(expected);
        }
    }

    private static Article article(String id, String text) {
        return new Article(id, id + ".txt", Outlet.of("X"), "", null, DateSource.UNKNOWN, "", text, List.of());
    }

    /** The forms as read before: the article split into tokens, each word's text asked of the sets. */
    private static NameForms reference(List<Article> articles) {
        Set<String> alone = new HashSet<>();
        Set<String> lower = new HashSet<>();
        for (Article a : articles) {
            String text = a.text();
            List<Token> ws = Words.split(text);
            for (int i = 0; i < ws.size(); i++) {
                Token w = ws.get(i);
                if (!Character.isLetter(w.text().charAt(0))) {
                    continue;
                }
                if (!w.capitalised()) {
                    lower.add(w.text());
                    continue;
                }
                boolean prevJoined = i > 0 && joined(text, ws.get(i - 1), w)
                        && (ws.get(i - 1).capitalised() || Words.normalise(ws.get(i - 1).text()).equals("the"));
                boolean nextJoined = i + 1 < ws.size() && joined(text, w, ws.get(i + 1))
                        && NameForms.nameLike(ws.get(i + 1));
                if (!prevJoined && !nextJoined) {
                    alone.add(NameForms.withoutPossessive(w.text()));
                }
            }
        }
        return new NameForms(alone, lower);
    }

    private static boolean joined(String text, Token a, Token b) {
        for (int i = a.end(); i < b.start(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
