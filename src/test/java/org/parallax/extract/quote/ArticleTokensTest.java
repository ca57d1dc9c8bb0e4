package org.parallax.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.parallax.load.CorpusLoader;
import org.parallax.load.LoadProgress;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.text.TextAnalyser;

/**
 * An article's {@link Tokens} (arrays read by index) are the tokens the text made as one object each before: the
 * masked text's tokens by the pattern, each its offsets and the word of its own chars, "x" for a quoted one.
 */
class ArticleTokensTest {

    /** The pattern {@link TokenScanner} stands for. */
    private static final Pattern TOKEN = Pattern.compile(
            "(?:\\p{Lu}\\.){2,}|[\\p{L}\\p{M}\\p{N}]++(?:[-'’‐][\\p{L}\\p{M}\\p{N}]++)*+|\\S");

    /** A token as an object of its own, as the text held it before. */
    private record OldToken(int start, int end, MaskedToken word) {
    }

    /** The tokens as the text made them before: over the text with its quoted words masked as 'x'. */
    private static List<OldToken> reference(ArticleText at) {
        char[] masked = at.text.toCharArray();
        boolean[] quoted = new boolean[masked.length];
        for (QuotedRun run : at.runs) {
            for (QuotedRun.Piece piece : run.pieces()) {
                for (int i = piece.rawStart(); i < piece.rawEnd(); i++) {
                    quoted[i] = true;
                    if (masked[i] != '\n') {
                        masked[i] = 'x';
                    }
                }
            }
        }
        List<OldToken> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(new String(masked));
        while (m.find()) {
            MaskedToken word = quoted[m.start()] ? MaskedToken.of("x", true)
                    : MaskedToken.of(at.text.substring(m.start(), m.end()), false);
            out.add(new OldToken(m.start(), m.end(), word));
        }
        return out;
    }

    private static void assertTokensAreTheOldOnes(ArticleText at) {
        List<OldToken> old = reference(at);
        assertThat(at.tokens.size()).as(at.article.id()).isEqualTo(old.size());
        for (int i = 0; i < old.size(); i++) {
            OldToken t = old.get(i);
            assertThat(new OldToken(at.tokens.start(i), at.tokens.end(i), at.tokens.get(i)))
                    .as("%s token %d", at.article.id(), i).isEqualTo(t);
        }
    }

    @Test
    void theSampleCorpusTokensAreTheOldOnes() {
        Corpus corpus = new CorpusLoader().loadFolder(Path.of("resources/corpus"), LoadProgress.NONE).corpus();
        ArticleWords shared = new ArticleWords(16); // read in turn, as a run of articles is
        for (Article a : corpus.articles()) {
            assertTokensAreTheOldOnes(new ArticleText(a, TextAnalyser.shared().analyse(a.text())));
            assertTokensAreTheOldOnes(new ArticleText(a, TextAnalyser.shared().analyse(a.text()), shared));
        }
    }

    @Test
    void randomTextsTokensAreTheOldOnes() {
        String[] words = {"Putin", "said", "the", "“", "”", "\"", "'", "‘", "’", ".", ",", ",", ",", "U.S.", "al-Assad’s",
            "İstanbul", "𝐀bc", "2024", ":", "—", "\n\n", "x", "X", "Mr", "a"};
        Random random = new Random(121);
        for (int n = 0; n < 400; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(300); k > 0; k--) { // many one-char tokens: the arrays must grow
                b.append(words[random.nextInt(words.length)]).append(random.nextInt(3) == 0 ? "" : " ");
            }
            String text = b.toString();
            Article a = new Article("r" + n, "r.txt", null, "", null, null, "", text, List.of());
            assertTokensAreTheOldOnes(new ArticleText(a, TextAnalyser.shared().analyse(text)));
        }
    }

    @Test
    void aRunsPlaceIsItsDeterminersOrItsFirstWordKept() {
        String text = "Carmaker Halvorsen said on Monday that the Russian President had called.";
        Article a = new Article("p", "p.txt", null, "", null, null, "", text, List.of());
        ArticleText at = new ArticleText(a, TextAnalyser.shared().analyse(text));
        Phrases ph = new Phrases(at, SpeechWords.standard(), null);
        Phrase name = ph.parseRun(0, 2, false); // "Carmaker" is capitalised by its place: the name is Halvorsen's
        assertThat(name).isInstanceOf(Phrase.Name.class);
        assertThat(((Phrase.Name) name).pos()).isEqualTo(text.indexOf("Halvorsen"));
        int the = at.tokenAt(text.indexOf("the "));
        Phrase role = ph.parseRun(the + 1, the + 3, true);
        assertThat(role).isInstanceOf(Phrase.Role.class);
        assertThat(((Phrase.Role) role).pos()).isEqualTo(text.indexOf("the "));
        assertThat(((Phrase.Role) ph.parseRun(the + 1, the + 3, false)).pos()).isEqualTo(text.indexOf("Russian"));
    }
}
