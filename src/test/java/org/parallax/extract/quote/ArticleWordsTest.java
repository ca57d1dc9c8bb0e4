package org.parallax.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ArticleWordsTest {

    private static final String[] WORDS = {"said", "Said", "SAID", "the", ",", ".", "Putin’s", "Putin's", "Putin",
        "al-Assad", "“", "İstanbul", "Straße", "𝐀bc", "2024", "U.S.", "s", "sa", "aid", "Ab", "BC"}; // "Ab", "BC": one hash

    @Test
    void aWordIsTheOneMadeFromItsOwnSubstring() {
        Random random = new Random(77);
        for (int n = 0; n < 300; n++) {
            StringBuilder b = new StringBuilder();
            int count = random.nextInt(400);
            for (int k = 0; k < count; k++) {
                b.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(3) == 0 ? "" : " ");
            }
            String text = b.toString();
            ArticleWords words = new ArticleWords(random.nextInt(20)); // small guesses: the table must grow
            for (int k = 0; k < 2000 && text.length() > 1; k++) {
                int start = random.nextInt(text.length() - 1);
                int end = start + 1 + random.nextInt(Math.min(12, text.length() - start));
                if (Character.isSurrogate(text.charAt(start))) {
                    continue; // a token never starts inside a surrogate pair
                }
                MaskedToken t = words.word(text, text.toCharArray(), start, end);
                assertThat(t).as(text.substring(start, end)).isEqualTo(MaskedToken.of(text.substring(start, end), false));
            }
        }
    }

    @Test
    void aTableReadOverManyTextsGivesEachTextsOwnTokens() {
        Random random = new Random(78);
        for (int n = 0; n < 50; n++) {
            ArticleWords shared = new ArticleWords(random.nextInt(20)); // read by text after text, as a run of articles
            for (int a = 0; a < 20; a++) {
                StringBuilder b = new StringBuilder();
                int count = random.nextInt(300);
                for (int k = 0; k < count; k++) {
                    b.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(3) == 0 ? "" : " ");
                }
                String text = b.toString();
                char[] chars = text.toCharArray();
                ArticleWords own = new ArticleWords(4);
                for (int i = 0; i < chars.length; ) { // the tokens as an article's text makes them
                    if (TokenScanner.space(chars[i])) {
                        i++;
                        continue;
                    }
                    int end = TokenScanner.end(chars, i);
                    assertThat(shared.word(text, chars, i, end)).as(text.substring(i, end))
                            .isEqualTo(own.word(text, chars, i, end));
                    i = end;
                }
            }
        }
    }

    @Test
    void tablesSharingTheCorpusWordsGiveEachTextsOwnTokensOnEveryThread() throws Exception {
        CorpusWords corpus = new CorpusWords(4); // a small guess: it must grow while threads add to it
        List<Callable<Void>> runs = new ArrayList<>();
        for (int r = 0; r < 16; r++) {
            long seed = 90 + r;
            runs.add(() -> {
                Random random = new Random(seed);
                ArticleWords shared = new ArticleWords(random.nextInt(20), Set.of(), Set.of(), corpus);
                for (int a = 0; a < 20; a++) {
                    StringBuilder b = new StringBuilder();
                    int count = random.nextInt(300);
                    for (int k = 0; k < count; k++) {
                        b.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(3) == 0 ? "" : " ");
                    }
                    String text = b.toString();
                    char[] chars = text.toCharArray();
                    for (int i = 0; i < chars.length; ) {
                        if (TokenScanner.space(chars[i])) {
                            i++;
                            continue;
                        }
                        int end = TokenScanner.end(chars, i);
                        assertThat(shared.word(text, chars, i, end)).as(text.substring(i, end))
                                .isEqualTo(MaskedToken.of(text.substring(i, end), false));
                        i = end;
                    }
                }
                return null;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (Future<Void> f : pool.invokeAll(runs)) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void tablesSharingTheCorpusWordsShareOneWord() {
        CorpusWords corpus = new CorpusWords(4);
        ArticleWords one = new ArticleWords(4, Set.of(), Set.of(), corpus);
        ArticleWords other = new ArticleWords(4, Set.of(), Set.of(), corpus);
        String first = "Putin said.";
        String second = "Peskov said so.";
        MaskedToken said = one.word(first, first.toCharArray(), 6, 10);
        MaskedToken saidAgain = other.word(second, second.toCharArray(), 7, 11);
        assertThat(saidAgain).isSameAs(said);
    }

    @Test
    void aWordOfAnEarlierTextSharesItsStrings() {
        ArticleWords words = new ArticleWords(4);
        String first = "Putin said.";
        String second = "Peskov said so.";
        MaskedToken said = words.word(first, first.toCharArray(), 6, 10);
        MaskedToken saidAgain = words.word(second, second.toCharArray(), 7, 11);
        assertThat(saidAgain).isSameAs(said);
    }

    @Test
    void aRepeatedWordSharesTheFirstOnesStrings() {
        String text = "Putin said. PUTIN said.";
        char[] chars = text.toCharArray();
        ArticleWords words = new ArticleWords(4);
        MaskedToken first = words.word(text, chars, 0, 5);
        MaskedToken second = words.word(text, chars, 12, 17);
        MaskedToken said = words.word(text, chars, 6, 10);
        MaskedToken saidAgain = words.word(text, chars, 18, 22);
        assertThat(saidAgain).isSameAs(said);
        assertThat(second.text()).isEqualTo("PUTIN").isNotSameAs(first.text());
        assertThat(second.lower()).isEqualTo(first.lower());
    }
}
