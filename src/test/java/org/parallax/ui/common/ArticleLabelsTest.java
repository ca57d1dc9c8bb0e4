package org.parallax.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Article;
import org.parallax.model.DateSource;
import org.parallax.model.Outlet;

class ArticleLabelsTest {

    @Test
    void datesReadInEnglishAndUndatedIsSaidPlainly() {
        assertThat(ArticleLabels.longDate(LocalDate.of(2015, 10, 21))).isEqualTo("21 October 2015");
        assertThat(ArticleLabels.shortDate(LocalDate.of(2015, 10, 21))).isEqualTo("21 Oct 2015");
        assertThat(ArticleLabels.longDate(null)).isEqualTo("undated");
        assertThat(ArticleLabels.shortDate(null)).isEqualTo("undated");
    }

    @Test
    void anInferredDateSaysSo() {
        Article a = article("", "Text.").withPublished(LocalDate.of(2017, 11, 21), DateSource.INFERRED);
        assertThat(ArticleLabels.longDateWithSource(a)).isEqualTo("21 November 2017 (inferred)");
    }

    @Test
    void aMissingTitleFallsBackToTheFirstSentence() {
        Article a = article("", "Syrian President Bashar al-Assad paid a surprise visit to Moscow. He met Putin.\n\nMore.");
        assertThat(ArticleLabels.hasTitle(a)).isFalse();
        assertThat(ArticleLabels.displayTitle(a)).isEqualTo("Syrian President Bashar al-Assad paid a surprise visit to Moscow.");
    }

    @Test
    void aFirstLineOnItsOwnIsTheFallback() {
        Article a = article("", "Assad thanks Putin\nSyrian President Bashar al-Assad paid a visit.");
        assertThat(ArticleLabels.displayTitle(a)).isEqualTo("Assad thanks Putin");
    }

    @Test
    void aLongFirstSentenceIsElidedAtAWord() {
        String longSentence = "word ".repeat(60).strip() + ".";
        String title = ArticleLabels.displayTitle(article("", longSentence));
        assertThat(title).endsWith("…").hasSizeLessThanOrEqualTo(ArticleLabels.FALLBACK_TITLE_CHARS);
        assertThat(title.substring(0, title.length() - 1)).doesNotEndWith(" ").endsWith("word");
    }

    @Test
    void anEmptyArticleFallsBackToItsFileName() {
        assertThat(ArticleLabels.displayTitle(article("", ""))).isEqualTo("a.txt");
        assertThat(ArticleLabels.displayTitle(article("  Title  ", "x"))).isEqualTo("Title");
    }

    @Test
    void countsAreSingularOrPlural() {
        assertThat(ArticleLabels.count(1, "article", "articles")).isEqualTo("1 article");
        assertThat(ArticleLabels.count(0, "article", "articles")).isEqualTo("0 articles");
    }

    @Test
    void aSourceIsTheOutletOrForAnUnknownOutletItsTitleNeverItsFile() {
        Article known = article("Talks in Moscow", "Text.").withOutlet(Outlet.of("Sputnik"));
        assertThat(ArticleLabels.source(known)).isEqualTo("Sputnik");
        Article unknown = new Article("000_ecf9c5f17e379244", "000_ecf9c5f17e379244.txt", Outlet.UNKNOWN,
                "Bashar al-Assad Makes First Foreign Trip Since War Began", null, null, "", "Text.", List.of());
        assertThat(ArticleLabels.source(unknown)).isEqualTo("Unknown outlet · Bashar al-Assad Makes First Foreign…")
                .doesNotContain("ecf9c5");
        assertThat(ArticleLabels.source(article("", "Rain fell in Leeds. More text."))).endsWith("Rain fell in Leeds.");
    }

    private static Article article(String title, String text) {
        return new Article("a", "a.txt", Outlet.UNKNOWN, title, null, null, "", text, List.of());
    }
}
