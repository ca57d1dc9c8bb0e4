package org.parallax.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parallax.load.CorpusLoader;
import org.parallax.load.LoadProgress;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.text.AnalysedText;
import org.parallax.text.TextAnalyser;

/**
 * An article's speakers resolve each name once per distinct words ({@link ArticleSpeakers#canonical}): asked in any
 * order, again and again, with any title, gender or place, every answer is the registry's own for that name.
 */
class SpeakerNamesOnceTest {

    @Test
    void aNameResolvedOnceIsWhatTheRegistryGivesEveryTime() {
        Corpus corpus = new CorpusLoader().loadFolder(Path.of("resources/corpus"), LoadProgress.NONE).corpus();
        List<AnalysedText> analyses = corpus.articles().stream().map(a -> TextAnalyser.shared().analyse(a.text()))
                .toList();
        List<CorpusNames.Capitals> capitals = new ArrayList<>();
        for (int i = 0; i < analyses.size(); i++) {
            capitals.add(CorpusNames.capitals(corpus.articles().get(i), analyses.get(i)));
        }
        CorpusNames.FirstPass first = CorpusNames.firstPassOf(CorpusNames.Capitals.union(capitals.iterator()));
        List<CorpusNames.Taught> taught = new ArrayList<>();
        for (int i = 0; i < analyses.size(); i++) {
            taught.add(first.taught(corpus.articles().get(i), analyses.get(i)));
        }
        PersonRegistry reg = CorpusNames.of(CorpusNames.Capitals.union(capitals.iterator()), taught).registry();
        SpeechWords lex = SpeechWords.standard();
        Random random = new Random(20);
        int asked = 0;
        for (int i = 0; i < analyses.size(); i++) {
            Article article = corpus.articles().get(i);
            ArticleText at = new ArticleText(article, analyses.get(i));
            Phrases ph = new Phrases(at, lex, reg);
            List<Phrase.Name> names = new ArrayList<>();
            for (int sentence = 0; sentence < at.sentences.size(); sentence++) {
                for (int[] run : ph.nameRuns(at.sentences.from(sentence), at.sentences.to(sentence))) {
                    if (ph.parseRun(run[0], run[1], false) instanceof Phrase.Name n) {
                        names.add(n);
                        // the same words with another title, gender and place: resolved by the words alone
                        names.add(new Phrase.Name(n.words(), List.of("president"), Gender.FEMALE, n.pos() + 1, true));
                    }
                }
            }
            names.add(new Phrase.Name(List.of("Chrylser"), List.of(), Gender.UNKNOWN, 0)); // a slip, maybe nobody's
            names.add(new Phrase.Name(List.of("of"), List.of(), Gender.UNKNOWN, 0)); // no key: null
            List<Phrase.Name> repeated = new ArrayList<>(names);
            repeated.addAll(names);
            Collections.shuffle(repeated, random);
            ArticleSpeakers speakers = new ArticleSpeakers(at, lex, reg, ph);
            for (Phrase.Name n : repeated) {
                assertThat(speakers.canonical(n)).as(n.toString()).isEqualTo(reg.resolveName(n, article.id()));
                asked++;
            }
        }
        assertThat(asked).isGreaterThan(200);
    }
}
