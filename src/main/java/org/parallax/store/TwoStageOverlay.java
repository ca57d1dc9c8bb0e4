package org.parallax.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.Correction;
import org.parallax.model.DateSource;

/**
 * The overlay in two stages (decision 0013). Stage one: corrections that change what extraction reads (an article's
 * publication date, against which its relative dates resolve) are applied to those articles, which are then extracted
 * again and the corpus compared anew, so events, stories and their dates follow. Stage two: every correction on top
 * of that ({@link Overlay#apply}), which also marks the re-dated articles and lists the orphans.
 *
 * <p>Store knows no extraction and no comparison of the whole corpus: the caller hands them in as a {@link Reextraction}. Stage one is
 * the expensive part (a comparison of the whole corpus), so its last result is kept and reused while the
 * input-changing corrections stay the same: a speaker set after a date costs only stage two. Thread-safe; meant to
 * run off the FX thread.
 */
public final class TwoStageOverlay {

    /** Extracts some articles of a corpus again and compares the whole corpus anew: the pipeline's stages. */
    @FunctionalInterface
    public interface Reextraction {
        /** Extracts nothing again: the articles' dates change, their relative dates stay as they were resolved. */
        Reextraction NONE = (corpus, changed) -> corpus;

        /**
         * @param corpus  the extracted corpus with the corrected articles in place (their findings still the old ones)
         * @param changed the ids of the articles to extract again
         * @return the corpus with those articles' findings replaced and events, stories and clusters compared anew
         */
        Corpus again(Corpus corpus, java.util.Set<String> changed);
    }

    private final Reextraction reextraction;
    /** The last stage one: from what, with which articles changed, to what. */
    private Corpus lastExtracted;
    private Map<String, Article> lastInputs = Map.of();
    private Corpus lastBase;

    public TwoStageOverlay(Reextraction reextraction) {
        this.reextraction = Objects.requireNonNull(reextraction, "reextraction");
    }

    /** Both stages over {@code extracted}; a correction whose target is gone is listed in the result's orphans. */
    public Overlay.Result apply(Corpus extracted, List<Correction> corrections) {
        return Overlay.apply(stageOne(extracted, corrections), corrections);
    }

    /**
     * The corpus the input-changing corrections lead to: {@code extracted} itself when there are none. The last one is
     * kept; a new one is worked out outside the lock, so a long re-extraction never holds up another caller (an undo
     * that needs none answers at once), and the newest result is the one kept.
     */
    Corpus stageOne(Corpus extracted, List<Correction> corrections) {
        Map<String, Article> inputs = inputs(extracted, corrections);
        if (inputs.isEmpty()) {
            return extracted;
        }
        synchronized (this) {
            if (extracted == lastExtracted && inputs.equals(lastInputs)) {
                return lastBase;
            }
        }
        Corpus changed = extracted.withArticles(extracted.articles().stream()
                .map(a -> inputs.getOrDefault(a.id(), a)).toList());
        Corpus base = reextraction.again(changed, inputs.keySet());
        synchronized (this) {
            lastBase = base;
            lastExtracted = extracted;
            lastInputs = inputs;
        }
        return base;
    }

    /**
     * The articles whose inputs the corrections change, by id in article order, as extraction should read them; an
     * article the corrections leave as it was (re-dated to its own date) is not among them, nor one that is gone.
     */
    public static Map<String, Article> inputs(Corpus extracted, List<Correction> corrections) {
        Map<String, Article> byId = extracted.articlesById();
        Map<String, Article> changed = new LinkedHashMap<>();
        for (Correction c : corrections) {
            if (c instanceof Correction.ArticleDate d && byId.containsKey(d.articleId())) {
                changed.put(d.articleId(), redated(byId.get(d.articleId()), d)); // the newest word wins
            }
        }
        changed.values().removeIf(a -> Objects.equals(a.published(), byId.get(a.id()).published()));
        Map<String, Article> inOrder = new LinkedHashMap<>();
        byId.keySet().stream().filter(changed::containsKey).forEach(id -> inOrder.put(id, changed.get(id)));
        return inOrder;
    }

    /** The article with the user's publication date: their word, like the manifest's, wins over what the text says. */
    static Article redated(Article a, Correction.ArticleDate d) {
        return a.withPublished(d.published(), DateSource.MANIFEST);
    }
}
