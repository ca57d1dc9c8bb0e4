package org.parallax.ui.compare;

import java.util.function.Consumer;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.parallax.model.Span;
import org.parallax.model.Verdict;
import org.parallax.ui.common.ArticleLabels;
import org.parallax.ui.common.Styles;

/**
 * The head of one column of the quote comparison: the outlet, the date and whom this article credits the words to
 * ({@link ColumnAttribution}: someone other than the cluster's speaker is flagged, a speaker taken from the other
 * outlets is marked "as other outlets credit"), the verdict badges and "base". A click, Enter or Space opens the
 * column's quote.
 */
final class ComparisonHead {

    private ComparisonHead() {
    }

    /**
     * @param reason    whom the column credits and why ({@link ColumnAttribution#reason}), the speaker's tooltip
     * @param corrected whether the user corrected this version's speaker: a pencil beside it says so
     */
    static Region of(ComparisonColumn col, ColumnAttribution who, String clusterSpeaker, String reason,
                     Consumer<Span> open, boolean corrected) {
        Label outlet = new Label(col.outlet().displayName());
        outlet.getStyleClass().add(CompareStyles.COLUMN_OUTLET);
        outlet.pseudoClassStateChanged(Styles.MUTED_STATE, !col.outlet().isKnown());
        outlet.setTooltip(new Tooltip(col.label()));
        Label meta = new Label(ArticleLabels.shortDate(col.published()) + " · " + who.text()
                + (corrected ? "  \u270e" : ""));
        meta.getStyleClass().add(CompareStyles.COLUMN_META);
        meta.setWrapText(true);
        meta.setMinHeight(Region.USE_PREF_SIZE);
        meta.pseudoClassStateChanged(CompareStyles.DISAGREES, who.kind() == ColumnAttribution.Kind.DIFFERS);
        meta.pseudoClassStateChanged(CompareStyles.INHERITED, who.kind() == ColumnAttribution.Kind.INHERITED);
        String differs = who.kind() == ColumnAttribution.Kind.DIFFERS
                ? "\nThis article credits the words to " + who.speaker() + "; most credit " + clusterSpeaker : "";
        meta.setTooltip(new Tooltip(reason + differs + (corrected ? "\n" + ClusterCorrectionItems.MARK : "")));
        HBox badges = new HBox(4);
        badges.getStyleClass().add(CompareStyles.COLUMN_BADGES);
        for (Verdict v : col.verdicts()) {
            badges.getChildren().add(badge(v));
        }
        if (col.base()) {
            Label base = new Label("base");
            base.getStyleClass().add(CompareStyles.BASE_BADGE);
            base.setTooltip(new Tooltip("The other versions are marked against this one"));
            badges.getChildren().add(base);
        }
        VBox head = new VBox(3, outlet, meta);
        if (!col.outlet().isKnown()) {
            // which article, by its title (ArticleLabels.source): a file hash means nothing to a reader
            String label = col.label();
            int dot = label.indexOf(" \u00b7 ");
            Label file = new Label(dot < 0 ? col.articleId() : label.substring(dot + 3));
            file.getStyleClass().add(CompareStyles.COLUMN_META);
            head.getChildren().add(file);
        }
        head.getChildren().add(badges);
        head.getStyleClass().add(CompareStyles.COLUMN_HEAD);
        head.pseudoClassStateChanged(CompareStyles.BASE, col.base());
        head.setMaxWidth(Double.MAX_VALUE);
        head.setFocusTraversable(true);
        head.setAccessibleRole(AccessibleRole.BUTTON);
        head.setAccessibleText(col.label() + ", " + ArticleLabels.shortDate(col.published()) + ", "
                + who.text() + (who.kind() == ColumnAttribution.Kind.DIFFERS ? " (credited differently)" : "")
                + ", " + col.verdictText() + (col.base() ? ", base" : "") + (corrected ? ", corrected by you" : "") + ": " + DiffText.describe(col.runs()));
        Tooltip.install(head, new Tooltip("Open " + col.articleId() + " at this quote"));
        head.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                head.requestFocus();
                open.accept(col.span());
            }
        });
        head.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                open.accept(col.span());
                e.consume();
            }
        });
        return head;
    }

    static Label badge(Verdict v) {
        Label badge = new Label(v.jsonName());
        badge.getStyleClass().add(CompareStyles.VERDICT_BADGE);
        badge.pseudoClassStateChanged(CompareStyles.verdict(v), true);
        badge.setAccessibleText("verdict: " + v.jsonName());
        return badge;
    }
}
