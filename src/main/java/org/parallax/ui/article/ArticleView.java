package org.parallax.ui.article;

import java.text.BreakIterator;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.scene.AccessibleRole;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.parallax.model.Article;
import org.parallax.ui.common.ArticleLabels;
import org.parallax.ui.common.Shortcuts;
import org.parallax.ui.common.Styles;
import org.parallax.ui.common.Theme;

/**
 * The reading pane: the selected article's headline, a meta line (outlet · date · file · address) and its
 * cleaned text in a column of comfortable width. The text is selectable and copyable (drag, double-click a
 * word, triple-click a paragraph, Ctrl+A, Ctrl+C, context menu), and {@link #showSpan} highlights a run
 * of characters {@code [start, end)} of {@link Article#text()} and scrolls it into view: what the timeline
 * and compare views use to lead back to the exact words.
 */
public final class ArticleView {

    public static final String STYLESHEET = Theme.stylesheet(ArticleView.class, "article-view.css");
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SELECT_ALL = new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN);

    private final Label headline = new Label();
    private final FlowPane meta = new MetaLine(n -> n.getStyleClass().contains(Styles.SEPARATOR_DOT));
    private final TextLayer body = new TextLayer();
    private final VBox column;
    private final ScrollPane scroll;
    private final VBox emptyState;
    private java.util.function.Predicate<String> corrected = id -> false;
    private final Label emptyTitle = new Label();
    private final Label emptyHint = new Label();
    private final Button openButton = new Button("Open Folder…");
    private final ProgressIndicator spinner = new ProgressIndicator();
    private final StackPane root;
    private final ReadOnlyObjectWrapper<Article> article = new ReadOnlyObjectWrapper<>(this, "article");
    private Consumer<String> openUrl = url -> { };
    private Runnable compareQuote;

    /** Where the shown body starts in the article text: past a first paragraph that only repeats the headline. */
    private int bodyStart;
    private int anchor;
    private int caret;

    public ArticleView(Runnable openFolder) {
        headline.getStyleClass().add(Styles.ARTICLE_HEADLINE);
        headline.setWrapText(true);
        headline.setMinHeight(Region.USE_PREF_SIZE);
        headline.setAccessibleRole(AccessibleRole.TEXT);
        meta.getStyleClass().add(Styles.ARTICLE_META);
        meta.setAccessibleRole(AccessibleRole.TEXT);
        Separator rule = new Separator(Orientation.HORIZONTAL);
        rule.getStyleClass().add(Styles.ARTICLE_RULE);

        column = new VBox(headline, meta, rule, body);
        column.getStyleClass().add(Styles.ARTICLE_COLUMN);
        StackPane page = new StackPane(column);
        page.getStyleClass().add(Styles.ARTICLE_BODY);
        StackPane.setAlignment(column, javafx.geometry.Pos.TOP_CENTER);

        scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add(Styles.ARTICLE_VIEW + "-scroll");

        emptyTitle.getStyleClass().add(Styles.EMPTY_TITLE);
        emptyHint.getStyleClass().add(Styles.EMPTY_HINT);
        emptyHint.setWrapText(true);
        openButton.getStyleClass().add(Styles.ACCENT_BUTTON);
        openButton.setOnAction(e -> openFolder.run());
        spinner.setMaxSize(36, 36);
        emptyState = new VBox(spinner, emptyTitle, emptyHint, openButton);
        emptyState.getStyleClass().add(Styles.EMPTY_STATE);
        emptyState.setFillWidth(false);

        root = new StackPane(scroll, emptyState);
        root.getStyleClass().add(Styles.ARTICLE_VIEW);
        root.getStylesheets().add(STYLESHEET);
        showEmpty(true);
    }

    /** Says which articles carry a correction of the user's, so the header can say so. */
    public void setCorrected(java.util.function.Predicate<String> isCorrected) {
        corrected = isCorrected == null ? id -> false : isCorrected;
    }

    /** Shows {@code a}, or the "select an article" state for null. */
    public void show(Article a) {
        article.set(a);
        body.clearHighlight();
        if (a == null) {
            showEmpty(false);
            return;
        }
        root.pseudoClassStateChanged(Styles.EMPTY, false);
        scroll.setVisible(true);
        emptyState.setVisible(false);

        boolean titled = ArticleLabels.hasTitle(a);
        headline.setText(ArticleLabels.displayTitle(a));
        headline.pseudoClassStateChanged(Styles.MUTED_STATE, !titled);

        meta.getChildren().clear();
        addMeta(a.outlet().displayName(), !a.outlet().isKnown(), a.outlet().isKnown() ? null : "No outlet is known for this article");
        addMeta(ArticleLabels.longDateWithSource(a), !a.isDated(), a.isDated() ? null : "No publication date is known for this article");
        addMeta(a.file(), true, null);
        if (corrected.test(a.id())) {
            addMeta("\u270e corrected by you", false, "You set this article's outlet or title. Edit → Undo Correction "
                    + "(Ctrl+Z) takes it back.");
        }
        if (!a.url().isBlank()) {
            Hyperlink link = new Hyperlink(ArticleLabels.elide(a.url(), 64));
            link.setTooltip(new Tooltip(a.url()));
            link.setOnAction(e -> openUrl.accept(a.url()));
            link.setAccessibleText("Open " + a.url());
            addSeparator();
            meta.getChildren().add(link);
        }

        String text = a.text();
        bodyStart = 0;
        int firstBreak = text.indexOf(Article.PARAGRAPH_BREAK);
        String first = firstBreak < 0 ? text : text.substring(0, firstBreak);
        if (titled && firstBreak > 0 && same(first, a.title())) {
            bodyStart = firstBreak + Article.PARAGRAPH_BREAK.length();
        }
        body.setText(text.substring(bodyStart));
        body.setAccessibleText(a.title().isBlank() ? "Article text" : "Text of " + a.title());
        scroll.setVvalue(0);
    }

    private static boolean same(String a, String b) {
        return a.strip().replaceAll("\\s+", " ").equalsIgnoreCase(b.strip().replaceAll("\\s+", " "));
    }

    private void addMeta(String text, boolean muted, String tooltip) {
        if (!meta.getChildren().isEmpty()) {
            addSeparator();
        }
        Label l = new Label(text);
        l.pseudoClassStateChanged(Styles.MUTED_STATE, muted);
        if (tooltip != null) {
            l.setTooltip(new Tooltip(tooltip));
        }
        meta.getChildren().add(l);
    }

    private void addSeparator() {
        Label dot = new Label("·");
        dot.getStyleClass().add(Styles.SEPARATOR_DOT);
        meta.getChildren().add(dot);
    }

    /** The "nothing to show" state: no corpus at all, or a corpus but no selection. */
    public void showEmpty(boolean noArticles) {
        String shortcut = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN).getDisplayText();
        showState(noArticles ? "No articles." : "No article selected.",
                noArticles ? "Open a folder (" + shortcut + ") or drop one here." : "Select an article in the list to read it.",
                false, noArticles);
    }

    /**
     * The state while a folder opens and nothing is on show yet: a spinner and what is being read, never "No
     * articles", which would say the opposite of what is happening.
     */
    public void showLoading(String what) {
        showState("Opening articles…", what == null || what.isBlank() ? "Reading the files." : what, true, false);
    }

    private void showState(String title, String hint, boolean loading, boolean offerOpen) {
        article.set(null);
        body.setText("");
        scroll.setVisible(false);
        emptyState.setVisible(true);
        root.pseudoClassStateChanged(Styles.EMPTY, true);
        emptyTitle.setText(title);
        emptyHint.setText(hint);
        spinner.setVisible(loading);
        spinner.setManaged(loading);
        openButton.setVisible(offerOpen);
        openButton.setManaged(offerOpen);
    }

    /**
     * Highlights {@code [start, end)} of the shown article's {@link Article#text()} and scrolls it into view.
     * A span inside a headline that repeats as the first paragraph scrolls to the top instead.
     */
    public void showSpan(int start, int end) {
        Article a = article.get();
        if (a == null || start < 0 || end < start || end > a.text().length()) {
            throw new IllegalArgumentException("no span [" + start + ", " + end + ") in the shown article");
        }
        int s = Math.max(start, bodyStart) - bodyStart;
        int e = Math.max(end, bodyStart) - bodyStart;
        root.applyCss();
        root.layout();
        if (e <= s) {
            body.clearHighlight();
            scroll.setVvalue(0);
            return;
        }
        body.highlight(s, e);
        scrollTo(body.highlightBounds());
    }

    private void scrollTo(Bounds inBody) {
        Node content = scroll.getContent();
        Bounds inContent = content.sceneToLocal(body.localToScene(inBody));
        double viewport = scroll.getViewportBounds().getHeight();
        double extra = content.getBoundsInLocal().getHeight() - viewport;
        if (extra <= 0 || inContent == null) {
            return;
        }
        double target = inContent.getMinY() - viewport / 3;
        scroll.setVvalue(Math.max(0, Math.min(1, target / extra)) * (scroll.getVmax() - scroll.getVmin()) + scroll.getVmin());
    }

    /**
     * What "Compare Quote" (Ctrl+D) asks about, as offsets into {@link Article#text()}: the selection, else the
     * highlighted span, else the caret (start = end).
     */
    public int[] pointedRange() {
        if (anchor != caret) {
            return new int[] {selectionStart(), selectionEnd()};
        }
        if (body.highlightFrom >= 0) {
            return new int[] {bodyStart + body.highlightFrom, bodyStart + body.highlightTo};
        }
        return new int[] {bodyStart + caret, bodyStart + caret};
    }

    /** Adds "Compare Quote Across Outlets" to the text's context menu, calling {@code action}. */
    public void setOnCompareQuote(Runnable action) {
        compareQuote = action;
    }

    /** The selected characters, as offsets into {@link Article#text()}; equal when nothing is selected. */
    private int selectionStart() {
        return bodyStart + Math.min(anchor, caret);
    }

    private int selectionEnd() {
        return bodyStart + Math.max(anchor, caret);
    }

    private String selectedText() {
        return body.text.getText().substring(Math.min(anchor, caret), Math.max(anchor, caret));
    }

    public void setOnOpenUrl(Consumer<String> action) {
        openUrl = action;
    }

    public ReadOnlyObjectProperty<Article> articleProperty() {
        return article.getReadOnlyProperty();
    }

    public Node node() {
        return root;
    }

    /** The text itself with the selection and highlight shapes drawn under it. */
    private final class TextLayer extends Region {
        final Text text = new Text();
        final TextFlow flow = new TextFlow(text);
        final Path selection = new Path();
        final Path highlight = new Path();
        int highlightFrom = -1;
        int highlightTo = -1;

        TextLayer() {
            getStyleClass().add(Styles.ARTICLE_TEXT);
            text.getStyleClass().add(Styles.ARTICLE_TEXT_RUN);
            flow.getStyleClass().add(Styles.ARTICLE_FLOW);
            selection.getStyleClass().add(Styles.TEXT_SELECTION);
            highlight.getStyleClass().add(Styles.TEXT_HIGHLIGHT);
            selection.setManaged(false);
            highlight.setManaged(false);
            selection.setMouseTransparent(true);
            highlight.setMouseTransparent(true);
            getChildren().addAll(highlight, selection, flow);
            setCursor(Cursor.TEXT);
            setFocusTraversable(true);
            setAccessibleRole(AccessibleRole.TEXT);

            addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
            addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
                if (e.getButton() == MouseButton.PRIMARY) {
                    select(anchor, index(e));
                }
            });
            setOnKeyPressed(e -> {
                if (COPY.match(e)) {
                    copy();
                    e.consume();
                } else if (SELECT_ALL.match(e)) {
                    select(0, text.getText().length());
                    e.consume();
                }
            });
            MenuItem copy = new MenuItem("Copy");
            copy.setAccelerator(COPY);
            copy.setOnAction(e -> copy());
            MenuItem all = new MenuItem("Select All");
            all.setAccelerator(SELECT_ALL);
            all.setOnAction(e -> select(0, text.getText().length()));
            MenuItem compare = new MenuItem("Compare Quote Across Outlets");
            compare.setAccelerator(Shortcuts.COMPARE_QUOTE); // handled by the window
            compare.setOnAction(e -> {
                if (compareQuote != null) {
                    compareQuote.run();
                }
            });
            ContextMenu menu = new ContextMenu(copy, all, new SeparatorMenuItem(), compare);
            menu.setOnShowing(e -> {
                copy.setDisable(anchor == caret);
                compare.setDisable(compareQuote == null);
            });
            setOnContextMenuRequested(e -> menu.show(this, e.getScreenX(), e.getScreenY()));
        }

        void setText(String s) {
            text.setText(s);
            clearHighlight();
            anchor = 0;
            caret = 0;
            selection.getElements().clear();
            requestLayout();
        }

        private void pressed(MouseEvent e) {
            requestFocus();
            if (e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            int i = index(e);
            String s = text.getText();
            if (e.getClickCount() == 2) {
                BreakIterator words = BreakIterator.getWordInstance(Locale.ENGLISH);
                words.setText(s);
                int end = words.following(Math.min(i, Math.max(0, s.length() - 1)));
                int start = words.previous();
                select(start, end == BreakIterator.DONE ? s.length() : end);
            } else if (e.getClickCount() >= 3) {
                int start = s.lastIndexOf(Article.PARAGRAPH_BREAK, Math.max(0, i - 1));
                start = start < 0 ? 0 : start + Article.PARAGRAPH_BREAK.length();
                int end = s.indexOf(Article.PARAGRAPH_BREAK, i);
                select(start, end < 0 ? s.length() : end);
            } else if (e.isShiftDown()) {
                select(anchor, i);
            } else {
                select(i, i);
            }
        }

        private int index(MouseEvent e) {
            Point2D p = flow.sceneToLocal(e.getSceneX(), e.getSceneY());
            int i = flow.hitTest(p).getInsertionIndex();
            return Math.max(0, Math.min(i, text.getText().length()));
        }

        void select(int from, int to) {
            anchor = from;
            caret = to;
            if (from == to) {
                selection.getElements().clear();
            } else {
                selection.getElements().setAll(flow.rangeShape(Math.min(from, to), Math.max(from, to)));
            }
        }

        void highlight(int from, int to) {
            highlightFrom = from;
            highlightTo = to;
            highlight.getElements().setAll(flow.rangeShape(from, to));
        }

        void clearHighlight() {
            highlightFrom = -1;
            highlightTo = -1;
            highlight.getElements().clear();
        }

        Bounds highlightBounds() {
            return highlight.getBoundsInParent();
        }

        private void copy() {
            if (anchor != caret) {
                ClipboardContent c = new ClipboardContent();
                c.putString(selectedText());
                Clipboard.getSystemClipboard().setContent(c);
            }
        }

        @Override
        protected void layoutChildren() {
            Insets in = getInsets();
            double w = getWidth() - in.getLeft() - in.getRight();
            flow.resizeRelocate(in.getLeft(), in.getTop(), w, flow.prefHeight(w));
            flow.layout();
            for (Path p : new Path[] {selection, highlight}) {
                p.setLayoutX(in.getLeft());
                p.setLayoutY(in.getTop());
            }
            // Shapes follow the text when the width (and so the line breaks) changed.
            if (anchor != caret) {
                selection.getElements().setAll(flow.rangeShape(Math.min(anchor, caret), Math.max(anchor, caret)));
            }
            if (highlightFrom >= 0) {
                highlight.getElements().setAll(flow.rangeShape(highlightFrom, highlightTo));
            }
        }

        @Override
        protected double computePrefHeight(double width) {
            Insets in = getInsets();
            double w = width < 0 ? 640 : width - in.getLeft() - in.getRight();
            return in.getTop() + flow.prefHeight(w) + in.getBottom();
        }

        @Override
        protected double computePrefWidth(double height) {
            return 640;
        }

        @Override
        protected double computeMinHeight(double width) {
            return computePrefHeight(width);
        }

        @Override
        public javafx.geometry.Orientation getContentBias() {
            return Orientation.HORIZONTAL;
        }
    }
}
