package org.parallax.extract.figure;

import java.util.List;
import java.util.Objects;
import org.parallax.model.Article;
import org.parallax.model.Claim;
import org.parallax.text.AnalysedText;
import org.parallax.text.TextAnalyser;

/**
 * Finds the figures an article states: counts and amounts with their qualifier, unit and subject ("around 120
 * civilians", "more than 250,000 lives", "at least 4,000 fighters from the former Soviet Union", "$3 billion",
 * "40 per cent of voters", "between 10 and 20 people", "dozens of protesters").
 *
 * <p>Not figures: years ("since 2011"), dates ("Sep. 30", "18 November", "2015-10-20"), times ("10:30",
 * "3pm"), ordinals ("20th", "first"), decades ("the 1980s"), numbers inside names ("G20", "Su-24", "Resolution
 * 2254"), durations and ages ("three weeks ago", "a two-year operation", "a 45-year-old", "aged 45": TimeML
 * annotates those as temporal expressions), frequencies ("three times"), a number word without a noun ("the
 * other two included"), "one" on its own (far more often a pronoun than a count), a bare vague plural ("left
 * thousands homeless": there is no "of" saying what). Page furniture is not read: the loader has already taken it
 * out of {@link Article#text()}.
 *
 * <p>How: {@link FigureText} holds the article's tokens, sentences and tags; {@link FigureFinder} walks the tokens,
 * reading numbers with {@link NumberReader} and what stands around them with {@link NumberContext}; the words it
 * knows are in {@link FigureWords}.
 *
 * <p>Thread-safe: every call works on its own state.
 */
public final class FigureExtractor {

    private final FigureWords lexicon = FigureWords.get();

    /**
     * The figures of an article, with qualifier, upper value, subject and kind; {@code text} is its text as the
     * extraction analysed it. Claim ids are {@code articleId + "/c" + n}, n from 1 in text order.
     */
    public List<Claim> extract(Article article, AnalysedText text) {
        return figures(article.id(), text);
    }

    /** As {@link #extract(Article, AnalysedText)}, analysing the article's text first: for an article on its own. */
    public List<Claim> extract(Article article) {
        return figures(article.id(), article.text());
    }

    /** The figures of a text on its own (analysed first); claim ids are {@code articleId + "/c" + n}. */
    public List<Claim> figures(String articleId, String text) {
        return figures(articleId, TextAnalyser.shared().analyse(Objects.requireNonNull(text, "text")));
    }

    private List<Claim> figures(String articleId, AnalysedText text) {
        Objects.requireNonNull(articleId, "articleId");
        return new FigureFinder(articleId, new FigureText(text), lexicon).run();
    }
}
