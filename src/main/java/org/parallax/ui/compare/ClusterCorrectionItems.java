package org.parallax.ui.compare;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import org.parallax.model.Quote;
import org.parallax.model.QuoteCluster;
import org.parallax.model.Span;
import org.parallax.ui.common.Styles;

/**
 * The entries of the comparison's context menu that correct the cluster: for the version under the pointer, change
 * its speaker, make it the reference, take it out, move it to another cluster; for the cluster, merge another into it.
 * Hidden when there is nothing to correct ({@link QuoteCorrections#NONE}).
 */
final class ClusterCorrectionItems {

    static final String MARK = "\u270e corrected by you";

    private final SeparatorMenuItem separator = new SeparatorMenuItem();
    private final MenuItem speaker = new MenuItem("Change Speaker\u2026");
    private final MenuItem reference = new MenuItem("Make This the Reference");
    private final MenuItem splitOff = new MenuItem("Take Out of This Cluster");
    private final MenuItem moveTo = new MenuItem("Move to Another Cluster\u2026");
    private final MenuItem merge = new MenuItem("Merge with Another Cluster\u2026");
    private QuoteCorrections corrections = QuoteCorrections.NONE;
    private QuoteCluster cluster;
    private Quote quote;

    ClusterCorrectionItems() {
        speaker.setOnAction(e -> corrections.changeSpeaker(quote));
        reference.setOnAction(e -> corrections.makeReference(quote));
        splitOff.setOnAction(e -> corrections.splitOff(quote));
        moveTo.setOnAction(e -> corrections.moveTo(quote, cluster));
        merge.setOnAction(e -> corrections.mergeWith(cluster));
    }

    List<MenuItem> items() {
        return List.of(separator, speaker, reference, splitOff, moveTo, merge);
    }

    /**
     * Before the menu shows: what its entries act on.
     *
     * @param q           the version under the pointer, null when the pointer is on none
     * @param isReference whether {@code q} is already the reference
     */
    void prepare(QuoteCorrections c, QuoteCluster shown, Quote q, boolean isReference) {
        corrections = c;
        cluster = shown;
        quote = q;
        boolean on = c.enabled() && shown != null;
        for (MenuItem item : items()) {
            item.setVisible(on);
        }
        for (MenuItem item : List.of(speaker, splitOff, moveTo)) {
            item.setDisable(q == null);
        }
        reference.setDisable(q == null || isReference);
    }

    /** The quote of a column whose words the picked node's cell shows (a cell keeps its span), else the first. */
    static Quote quoteAt(List<Quote> quotes, Node picked) {
        for (Node n = picked; n != null; n = n.getParent()) {
            if (n.getUserData() instanceof Span span) {
                for (Quote q : quotes) {
                    if (q.span().equals(span)) {
                        return q;
                    }
                }
            }
        }
        return quotes.isEmpty() ? null : quotes.get(0);
    }

    /** The "corrected by you" badge, for a cluster or version the user changed. */
    static Label mark() {
        Label mark = new Label(MARK);
        mark.getStyleClass().add(Styles.CORRECTED);
        mark.setTooltip(new Tooltip("You changed this. Edit \u2192 Undo Correction (Ctrl+Z) takes it back."));
        return mark;
    }
}
