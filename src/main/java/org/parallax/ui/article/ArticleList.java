package org.parallax.ui.article;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.FilteredList;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.parallax.model.Article;
import org.parallax.ui.common.ArticleLabels;
import org.parallax.ui.common.ArticleOrder;
import org.parallax.ui.common.Cells;
import org.parallax.ui.common.CorpusLookup;
import org.parallax.ui.common.SameArticles;
import org.parallax.ui.common.Styles;
import org.parallax.ui.common.Theme;
import org.parallax.ui.concurrent.TaskRunner;

/**
 * The article list: a filter field above a table of Outlet, Published and Title, sorted by date then
 * outlet (any column can be sorted), keyboard navigable. Unknown outlets, undated articles and titles
 * made up from the first sentence are shown muted. After {@link #setArticles} the previously selected
 * article stays selected if it is still there (the same id and the same text: a correction's corpus holds it, another
 * folder's article that happens to share its id is another article), else the first row is.
 */
public final class ArticleList {

    public static final String STYLESHEET = Theme.stylesheet(ArticleList.class, "article-list.css");

    /** The articles as given (the corpus's order): ties of the table's sort keep their order. */
    private List<Article> given = List.of();
    /** The articles in the table's order, sorted before they come here (the FX thread sorts on a column's click). */
    private final ArticleRows articles = new ArticleRows();
    private final FilteredList<Article> filtered = new FilteredList<>(articles);
    /** The list's first sort, Published then Outlet ({@link ArticleOrder#LISTED}), in which the lookup gives them. */
    private final List<TableColumn<Article, ?>> firstOrder;
    private final TableView<Article> table = new TableView<>();
    private final TextField filter = new TextField();
    private final Label placeholder = new Label();
    private ArticleCorrections corrections = ArticleCorrections.NONE;
    private final VBox root;
    private final ReadOnlyObjectWrapper<Article> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private String emptyText = "No articles";
    /** Between {@link #awaitArticles} and {@link #setLookup}: an empty list says the articles are opening. */
    private boolean awaiting;
    private static final String FILTER_KEY = "article-filter";
    /** Whether a filter's articles are being found on the runner (the predicate shown is the one before). */
    private boolean filterPending;
    /** The article selected when a new corpus came while a filter was pending: selected again when it is done. */
    private Article keepWhenFiltered;
    /** What an empty list says while a corpus's articles are on their way. */
    public static final String OPENING = "Opening articles…";
    private TaskRunner runner;
    /** Counts the filters asked for: a result found for an older one is dropped. */
    private int filterGeneration;

    public ArticleList() {
        TableColumn<Article, Article> outlet = column("Outlet", Styles.OUTLET_CELL, 160,
                Comparator.comparing(Article::outlet, ArticleOrder.OUTLETS));
        outlet.setCellFactory(c -> new ArticleCell(Styles.OUTLET_CELL,
                a -> a.outlet().displayName() + correctedMark(a), a -> !a.outlet().isKnown()));
        TableColumn<Article, Article> published = column("Published", Styles.DATE_CELL, 132,
                Comparator.comparing(Article::published, ArticleOrder.DATES));
        published.setCellFactory(c -> new ArticleCell(Styles.DATE_CELL,
                a -> ArticleLabels.shortDate(a.published()), a -> !a.isDated()));
        published.setMinWidth(112); // "21 Oct 2015" and its header with the sort arrow, whole
        TableColumn<Article, Article> title = column("Title", Styles.TITLE_CELL, 320,
                Comparator.comparing((Article a) -> ArticleLabels.displayTitle(a).toLowerCase(Locale.ROOT)));
        title.setCellFactory(c -> new ArticleCell(Styles.TITLE_CELL,
                a -> ArticleLabels.displayTitle(a) + correctedMark(a), a -> !ArticleLabels.hasTitle(a)));

        table.getColumns().setAll(List.of(outlet, published, title));
        // the columns' comparators applied to the articles themselves: the table's own comparator makes a cell value
        // per comparison, seconds on the FX thread to sort 100,000 articles
        firstOrder = List.of(published, outlet);
        table.setSortPolicy(t -> {
            reorder();
            return true;
        });
        table.setItems(filtered); // before the sort order: items other than a SortedList clear it
        table.getSortOrder().setAll(firstOrder);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.setTableMenuButtonVisible(false);
        table.setPlaceholder(Styles.style(placeholder, Styles.MUTED));
        table.setAccessibleText("Articles");
        table.getStyleClass().add(Styles.ARTICLE_TABLE);
        table.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> selected.set(now));
        table.setRowFactory(t -> {
            TableRow<Article> row = new TableRow<>();
            MenuItem outletItem = new MenuItem("Set Outlet…");
            outletItem.setOnAction(e -> corrections.setOutlet(row.getItem()));
            MenuItem titleItem = new MenuItem("Set Title…");
            titleItem.setOnAction(e -> corrections.setTitle(row.getItem()));
            MenuItem dateItem = new MenuItem("Set Publication Date…");
            dateItem.setOnAction(e -> corrections.setPublished(row.getItem()));
            ContextMenu menu = new ContextMenu(outletItem, titleItem, dateItem);
            row.contextMenuProperty().bind(Bindings.createObjectBinding(
                    () -> row.isEmpty() || !corrections.enabled() ? null : menu, row.emptyProperty()));
            return row;
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        filter.setPromptText("Filter by outlet, title or text");
        filter.setAccessibleText("Filter articles");
        filter.textProperty().addListener((o, old, now) -> applyFilter(now));
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && !filter.getText().isEmpty()) {
                filter.clear();
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                table.requestFocus();
                if (table.getSelectionModel().isEmpty()) {
                    table.getSelectionModel().selectFirst();
                }
                e.consume();
            }
        });

        HBox filterBar = new HBox(filter);
        HBox.setHgrow(filter, Priority.ALWAYS);
        filterBar.getStyleClass().add(Styles.FILTER_BAR);
        root = new VBox(filterBar, table);
        root.getStyleClass().add(Styles.ARTICLE_LIST);
        root.getStylesheets().add(STYLESHEET);
        updatePlaceholder();
    }

    /** The sort the table's sort order asks for, column by column, as its own comparator would compare them. */
    private static Comparator<Article> sortOrder(List<TableColumn<Article, ?>> order) {
        Comparator<Article> by = (a, b) -> 0;
        for (TableColumn<Article, ?> c : order) {
            @SuppressWarnings("unchecked") // every column's cell value is the article itself (column())
            Comparator<Article> k = (Comparator<Article>) c.getComparator();
            by = by.thenComparing(c.getSortType() == TableColumn.SortType.DESCENDING ? k.reversed() : k);
        }
        return by;
    }

    private static TableColumn<Article, Article> column(String name, String styleClass, double width,
                                                      Comparator<Article> comparator) {
        TableColumn<Article, Article> c = new TableColumn<>(name);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        c.setComparator(comparator);
        c.setPrefWidth(width);
        c.setMinWidth(64);
        c.getStyleClass().add(styleClass + "-column");
        return c;
    }

    /** A pencil after what the user corrected, so their word is never taken for the machine's. */
    private String correctedMark(Article a) {
        return corrections.isCorrected(a.id()) ? "  \u270e" : "";
    }

    /** Offers Set Outlet…, Set Title… and Set Publication Date… on each row's context menu. */
    public void setCorrections(ArticleCorrections c) {
        corrections = c == null ? ArticleCorrections.NONE : c;
    }

    /** The given articles in the table's order: the first order unless a column was clicked, ties as given. */
    private List<Article> inTableOrder(List<Article> list, List<Article> listed) {
        List<TableColumn<Article, ?>> order = table.getSortOrder();
        if (order.equals(firstOrder)
                && order.stream().allMatch(c -> c.getSortType() == TableColumn.SortType.ASCENDING)) {
            return listed != null ? listed : ArticleOrder.listed(list);
        }
        List<Article> inOrder = new ArrayList<>(list);
        inOrder.sort(sortOrder(order)); // stable
        return inOrder;
    }

    /** Puts the articles on show in the table's order by one permutation, so the selection stays with its article. */
    private void reorder() {
        List<Article> inOrder = inTableOrder(given, null);
        Map<Article, Integer> rank = new IdentityHashMap<>();
        for (int i = 0; i < inOrder.size(); i++) {
            rank.put(inOrder.get(i), i);
        }
        articles.sortBy(Comparator.comparingInt(rank::get));
    }

    /** Shows {@code list}, sorted on the calling thread, keeping the selection when its article is still there. */
    public void setArticles(List<Article> list) {
        show(list, null);
    }

    /**
     * Shows the corpus's articles as its lookup gives them, in the list's first order (sorted off the FX thread), so
     * nothing is sorted here unless a column was clicked; the selection stays when its article is still there.
     */
    public void setLookup(CorpusLookup lookup) {
        show(lookup.corpus().articles(), lookup.listed());
    }

    private void show(List<Article> list, List<Article> listed) {
        awaiting = false;
        Article keep = selected.get();
        given = List.copyOf(list);
        articles.setAll(inTableOrder(given, listed));
        keepWhenFiltered = null;
        if (!filter.getText().isBlank()) {
            applyFilter(filter.getText()); // the new articles, found off the FX thread when there is a runner
        }
        if (keep != null && filterPending && !selectSame(keep)) {
            // the filter still holds the articles before (a correction's are new objects): select again when it is done
            keepWhenFiltered = keep;
            table.getSelectionModel().clearSelection();
        } else if (keep == null || !selectSame(keep)) {
            table.getSelectionModel().clearSelection();
            if (!filtered.isEmpty()) {
                table.getSelectionModel().selectFirst();
                table.scrollTo(0);
            }
        }
        updatePlaceholder();
    }

    /**
     * Selects the article {@code kept} was, if the list holds it: the same id and the same text (a correction may
     * have changed its outlet, title or date); false if not.
     */
    private boolean selectSame(Article kept) {
        for (int i = 0; i < filtered.size(); i++) {
            Article a = filtered.get(i);
            if (a.id().equals(kept.id())) {
                return SameArticles.same(kept, a) && select(i);
            }
        }
        return false;
    }

    private boolean select(int i) {
        table.getSelectionModel().clearAndSelect(i);
        table.scrollTo(Math.max(0, i - 3));
        return true;
    }

    /** Selects the article with {@code id} and scrolls it into view; false if it is not in the list. */
    public boolean select(String id) {
        for (int i = 0; i < filtered.size(); i++) {
            if (filtered.get(i).id().equals(id)) {
                return select(i);
            }
        }
        return false;
    }

    /**
     * The articles of a new corpus are being prepared ({@link #setLookup} follows): the articles on show stay, and
     * an empty list says they are opening rather than that there are none.
     */
    public void awaitArticles() {
        awaiting = true;
        updatePlaceholder();
    }

    /** The text shown when there are no articles at all (e.g. "Loading…"). */
    public void setEmptyText(String text) {
        emptyText = text;
        updatePlaceholder();
    }

    /**
     * Filters off the FX thread through {@code runner} from now on (null: at once): a filter reads every article's
     * text, which took a second a keystroke on the FX thread in a corpus of 20,000 articles. The window passes its
     * one task runner; clearing the filter stays immediate.
     */
    public void setRunner(TaskRunner runner) {
        this.runner = runner;
    }

    private void applyFilter(String text) {
        String q = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        int asked = ++filterGeneration;
        if (q.isEmpty() || runner == null) {
            filterPending = false;
            showFiltered(q.isEmpty() ? null : matches(q));
            return;
        }
        List<Article> snapshot = List.copyOf(articles);
        filterPending = true;
        runner.submit(FILTER_KEY, null, progress -> {
            Set<Article> found = Collections.newSetFromMap(new IdentityHashMap<>());
            snapshot.stream().filter(matches(q)).forEach(found::add);
            return found;
        }, found -> {
            if (asked == filterGeneration) {
                filterPending = false;
                showFiltered(found::contains);
            }
        }, error -> System.getLogger(ArticleList.class.getName())
                .log(System.Logger.Level.WARNING, "could not filter the articles", error));
    }

    /** Whether an article's outlet, title, file name or text holds {@code q} (lower case), ignoring case. */
    private static Predicate<Article> matches(String q) {
        return a -> a.outlet().displayName().toLowerCase(Locale.ROOT).contains(q)
                || a.title().toLowerCase(Locale.ROOT).contains(q)
                || a.file().toLowerCase(Locale.ROOT).contains(q)
                || a.text().toLowerCase(Locale.ROOT).contains(q);
    }

    private void showFiltered(Predicate<Article> p) {
        filtered.setPredicate(p);
        Article keep = table.getSelectionModel().isEmpty() ? keepWhenFiltered : null; // unless the user chose meanwhile
        keepWhenFiltered = null;
        if ((keep == null || !selectSame(keep)) && table.getSelectionModel().isEmpty() && !filtered.isEmpty()) {
            table.getSelectionModel().selectFirst();
        }
        updatePlaceholder();
    }

    private void updatePlaceholder() {
        boolean filtering = !articles.isEmpty() && filtered.isEmpty();
        placeholder.setText(filtering ? "No articles match “" + filter.getText().strip() + "”"
                : awaiting ? OPENING : emptyText);
    }

    public void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }

    public Node node() {
        return root;
    }

    public TableView<Article> table() {
        return table;
    }

    public TextField filterField() {
        return filter;
    }

    public ReadOnlyObjectProperty<Article> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** A cell showing one field of the article, muted when that field is unknown or made up. */
    private static final class ArticleCell extends TableCell<Article, Article> {
        private final java.util.function.Function<Article, String> text;
        private final Predicate<Article> muted;
        private final Tooltip tooltip = new Tooltip();

        ArticleCell(String styleClass, java.util.function.Function<Article, String> text, Predicate<Article> muted) {
            this.text = text;
            this.muted = muted;
            getStyleClass().add(styleClass);
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(480);
        }

        @Override
        protected void updateItem(Article article, boolean empty) {
            super.updateItem(article, empty);
            if (Cells.clearedIfEmpty(this, article, empty)) {
                setTooltip(null);
                pseudoClassStateChanged(Styles.MUTED_STATE, false);
                return;
            }
            String s = text.apply(article);
            setText(s);
            boolean m = muted.test(article);
            pseudoClassStateChanged(Styles.MUTED_STATE, m);
            if (getStyleClass().contains(Styles.TITLE_CELL)) {
                tooltip.setText((m ? ArticleLabels.firstSentence(article.text()) + "\n(no title; first sentence shown)"
                        : s) + "\n" + article.file());
                setTooltip(tooltip);
            } else if (getStyleClass().contains(Styles.OUTLET_CELL)) {
                tooltip.setText(m ? "No outlet is known for this article" : s);
                setTooltip(tooltip);
            }
            setAccessibleRole(AccessibleRole.TABLE_CELL);
        }
    }
}
