package org.parallax.ui.timeline;

import java.util.List;
import java.util.function.BiConsumer;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.parallax.model.Article;
import org.parallax.model.Event;
import org.parallax.model.Span;
import org.parallax.ui.common.ArticleLabels;
import org.parallax.ui.common.CorpusLookup;
import org.parallax.ui.common.Styles;

/**
 * The event detail's "What happened, and who told it": a line for each happening the event holds, its word and the
 * outlets that told it, those the timeline could not date apart; a click on the line shows the sentences that tell it
 * beyond the event's own, each opening its article there. A few lines: the most told first, the rest behind a link.
 */
final class HappeningsSection {

    static final String TITLE = "What happened, and who told it";
    /** Happenings shown before "Show n more". */
    static final int SHOWN = 4;
    /** Sentences listed under one happening before "and n more". */
    static final int LINES = 12;

    private final BiConsumer<Article, Span> open;
    private CorpusLookup lookup = CorpusLookup.EMPTY;
    /** Indexed when an event is first shown, not when a corpus opens (most openings select no event). */
    private EventHappenings happenings;

    HappeningsSection(BiConsumer<Article, Span> open) {
        this.open = open;
    }

    /** The lookup of the corpus on show (null: none yet, nothing is shown). */
    void setLookup(CorpusLookup lookup) {
        this.lookup = lookup == null ? CorpusLookup.EMPTY : lookup;
        happenings = null;
    }

    private EventHappenings happenings() {
        if (happenings == null) {
            happenings = EventHappenings.of(lookup);
        }
        return happenings;
    }

    /** The section for {@code event}: nothing when no happening tells it beyond its own sentences. */
    List<Node> nodes(Event event) {
        List<EventHappenings.Told> told = happenings().of(event);
        if (told.isEmpty()) {
            return List.of();
        }
        VBox box = Styles.style(new VBox(), Styles.HAPPENINGS);
        box.getChildren().add(Styles.style(new Label(TITLE), Styles.SECTION_TITLE));
        told.stream().limit(SHOWN).forEach(t -> box.getChildren().add(row(t)));
        if (told.size() > SHOWN) {
            Hyperlink more = new Hyperlink("Show " + (told.size() - SHOWN) + " more");
            more.setOnAction(e -> {
                box.getChildren().remove(more);
                told.stream().skip(SHOWN).forEach(t -> box.getChildren().add(row(t)));
            });
            box.getChildren().add(more);
        }
        return List.of(box);
    }

    /**
     * One happening: "▸ talks  IBT and Sputnik · 2 articles" (the word in bold, who told it running on after it), under
     * it who told it without a date.
     */
    private VBox row(EventHappenings.Told t) {
        Text word = Styles.style(new Text(), Styles.HAPPENING_WORD);
        String dated = t.datedText();
        Text tellers = Styles.style(new Text("  " + (dated.isEmpty() ? t.undatedText() : dated)),
                Styles.HAPPENING_TELLERS);
        TextFlow head = Styles.style(new TextFlow(word, tellers), Styles.HAPPENING_HEAD);
        VBox row = Styles.style(new VBox(head), Styles.HAPPENING);
        if (!dated.isEmpty() && !t.undated().isEmpty()) {
            Label undated = Styles.style(new Label(t.undatedText()), Styles.HAPPENING_UNDATED);
            undated.setWrapText(true);
            row.getChildren().add(undated);
        }
        VBox lines = new VBox();
        head.setFocusTraversable(true);
        head.setAccessibleRole(AccessibleRole.BUTTON);
        head.setAccessibleText(t.word() + ": " + tellers.getText().strip() + ". Shows the sentences that tell it.");
        Tooltip.install(head, new Tooltip("Show the sentences that tell \u2018" + t.word() + "\u2019 beyond the event's own"));
        Runnable toggle = () -> {
            boolean expand = !row.getChildren().contains(lines);
            if (expand) {
                lines.getChildren().setAll(lines(t));
                row.getChildren().add(lines);
            } else {
                row.getChildren().remove(lines);
            }
            word.setText((expand ? "\u25be " : "\u25b8 ") + t.word());
            head.pseudoClassStateChanged(Styles.EXPANDED, expand);
        };
        word.setText("\u25b8 " + t.word());
        opens(head, toggle);
        return row;
    }

    /** Its sentences beyond the event's own, each a line that opens its article there. */
    private List<Node> lines(EventHappenings.Told t) {
        List<Span> sentences = happenings().sentences(t);
        List<Node> nodes = new java.util.ArrayList<>();
        for (Span s : sentences.subList(0, Math.min(LINES, sentences.size()))) {
            happenings().article(s).ifPresent(a -> nodes.add(line(a, s)));
        }
        if (sentences.size() > LINES) {
            nodes.add(Styles.style(new Label("and " + (sentences.size() - LINES) + " more"), Styles.MUTED));
        }
        return nodes;
    }

    /** "Sputnik · 21 Oct 2015" in the mentions' muted bold, then the sentence. */
    private TextFlow line(Article a, Span sentence) {
        String source = a.outlet().displayName() + " \u00b7 " + ArticleLabels.shortDate(a.published());
        TextFlow line = Styles.style(new TextFlow(Styles.style(new Text(source + "  "), Styles.HAPPENING_SOURCE),
                Styles.style(new Text(a.textOf(sentence)), Styles.HAPPENING_SENTENCE)), Styles.HAPPENING_LINE);
        line.setFocusTraversable(true);
        line.setAccessibleRole(AccessibleRole.BUTTON);
        line.setAccessibleText(source + ": " + a.textOf(sentence));
        line.setUserData(sentence);
        opens(line, () -> open.accept(a, sentence));
        return line;
    }

    /** A click, Enter or Space on {@code node} runs {@code action}: how every line of the detail opens. */
    static void opens(Node node, Runnable action) {
        node.setOnMouseClicked(e -> action.run());
        node.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                action.run();
                e.consume();
            }
        });
    }
}
