package org.parallax.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.controlsfx.control.CheckComboBox;
import org.parallax.load.LoadWarning;
import org.parallax.model.Article;
import org.parallax.model.Outlet;
import org.parallax.ui.common.Styles;
import org.parallax.ui.compare.ClusterSummary;
import org.parallax.ui.compare.CompareStyles;
import org.parallax.ui.search.CorpusSearch;
import org.parallax.ui.timeline.TimelineChart;
import org.testfx.api.FxRobot;

/**
 * The window's parts as a user finds them: TestFX lookups by style class and id, and what those nodes show. Tests
 * of the whole window read it through here instead of through getters on the views.
 */
public final class WindowParts {

    private final FxRobot robot;

    public WindowParts(FxRobot robot) {
        this.robot = robot;
    }

    private <T extends Node> T one(String query) {
        return robot.lookup(query).query();
    }

    private <T extends Node> Optional<T> maybe(String query) {
        return robot.lookup(query).tryQuery();
    }

    // ---- articles

    public TableView<Article> articleTable() {
        return one("." + Styles.ARTICLE_TABLE);
    }

    /** The articles in the order the list shows them. */
    public List<Article> shownArticles() {
        return List.copyOf(articleTable().getItems());
    }

    public Article selectedArticle() {
        return articleTable().getSelectionModel().getSelectedItem();
    }

    /** The reader's headline, null when it shows no article. */
    public String headline() {
        return readerShowsAnArticle() ? this.<Label>one("." + Styles.ARTICLE_HEADLINE).getText() : null;
    }

    /** The reader's meta line, in order: outlet, date, file (the separators left out). */
    public List<String> meta() {
        Pane line = one("." + Styles.ARTICLE_META);
        return line.getChildren().stream().filter(n -> n instanceof Label && !n.getStyleClass().contains(Styles.SEPARATOR_DOT))
                .map(n -> ((Label) n).getText()).toList();
    }

    /** The file of the article the reader shows, null when it shows none. */
    public String shownFile() {
        return readerShowsAnArticle() ? meta().get(2) : null;
    }

    /** The outlet of the article the reader shows, as it names it. */
    public String shownOutlet() {
        return readerShowsAnArticle() ? meta().get(0) : null;
    }

    private boolean readerShowsAnArticle() {
        return this.<ScrollPane>one("." + Styles.ARTICLE_VIEW + "-scroll").isVisible();
    }

    /** The text the reader shows (the article text, less a first paragraph that repeats the headline). */
    public String bodyText() {
        return this.<Text>one("." + Styles.ARTICLE_TEXT_RUN).getText();
    }

    /**
     * The characters under the reader's highlight, "" when there is none: the highlight is one rectangle per line
     * over the text, so its first rectangle starts at the first character and its last ends after the last.
     */
    public String highlightedText() {
        return textUnder(one("." + Styles.TEXT_HIGHLIGHT));
    }

    /** The characters under the reader's selection, "" when there is none. */
    public String selectedText() {
        return textUnder(one("." + Styles.TEXT_SELECTION));
    }

    private String textUnder(Path shape) {
        List<double[]> boxes = boxes(shape.getElements());
        if (boxes.isEmpty()) {
            return "";
        }
        TextFlow flow = one("." + Styles.ARTICLE_FLOW);
        double[] first = boxes.get(0);
        double[] last = boxes.get(boxes.size() - 1);
        int start = flow.hitTest(new Point2D(first[0] + 0.5, (first[1] + first[3]) / 2)).getCharIndex();
        int end = flow.hitTest(new Point2D(last[2] - 0.5, (last[1] + last[3]) / 2)).getCharIndex() + 1;
        return bodyText().substring(start, end);
    }

    /** Where on the screen the reader shows the middle of its highlight's first line. */
    public Point2D highlightOnScreen(double along) {
        Path shape = one("." + Styles.TEXT_HIGHLIGHT);
        double[] first = boxes(shape.getElements()).get(0);
        TextFlow flow = one("." + Styles.ARTICLE_FLOW);
        return flow.localToScreen(first[0] + (first[2] - first[0]) * along, (first[1] + first[3]) / 2);
    }

    /** The rectangles of a text range shape, top to bottom: {minX, minY, maxX, maxY}. */
    private static List<double[]> boxes(List<PathElement> elements) {
        List<double[]> boxes = new ArrayList<>();
        double[] box = null;
        for (PathElement e : elements) {
            double x;
            double y;
            if (e instanceof MoveTo m) {
                box = new double[] {m.getX(), m.getY(), m.getX(), m.getY()};
                boxes.add(box);
                continue;
            } else if (e instanceof LineTo l) {
                x = l.getX();
                y = l.getY();
            } else {
                continue;
            }
            box[0] = Math.min(box[0], x);
            box[1] = Math.min(box[1], y);
            box[2] = Math.max(box[2], x);
            box[3] = Math.max(box[3], y);
        }
        boxes.sort((a, b) -> a[1] != b[1] ? Double.compare(a[1], b[1]) : Double.compare(a[0], b[0]));
        return boxes;
    }

    // ---- status bar and problems

    public String statusCounts() {
        return this.<Label>one("." + Styles.STATUS_COUNTS).getText();
    }

    public String statusCountsTooltip() {
        return this.<Label>one("." + Styles.STATUS_COUNTS).getTooltip().getText();
    }

    public Button problemsButton() {
        return one("." + Styles.STATUS_PROBLEMS);
    }

    public ProgressBar progressBar() {
        return one("." + Styles.STATUS_PROGRESS);
    }

    /** The Problems panel's rows, empty when the panel is hidden. */
    public Optional<TableView<LoadWarning>> problemsTable() {
        return maybe("." + Styles.PROBLEMS_TABLE);
    }

    public boolean problemsShown() {
        return maybe("." + Styles.PROBLEMS_PANEL).isPresent();
    }

    public List<LoadWarning> problems() {
        return problemsTable().map(t -> List.copyOf(t.getItems())).orElse(List.of());
    }

    // ---- menus and tabs

    public MenuItem menuItem(String id) {
        MenuBar bar = one(".menu-bar");
        List<MenuItem> items = new ArrayList<>(bar.getMenus());
        for (int i = 0; i < items.size(); i++) {
            if (id.equals(items.get(i).getId())) {
                return items.get(i);
            }
            if (items.get(i) instanceof Menu m) {
                items.addAll(m.getItems());
            }
        }
        throw new AssertionError("no menu item #" + id);
    }

    /** The tab shown below the timeline. */
    public ShellPane shownPane() {
        TabPane tabs = one("." + Styles.LOWER_TABS);
        return ShellPane.values()[Math.max(0, tabs.getSelectionModel().getSelectedIndex())];
    }

    // ---- timeline, its bar, search and the event detail

    public TimelineChart timeline() {
        return one("." + Styles.TIMELINE);
    }

    public CheckComboBox<Outlet> outletChecks() {
        return one("#outlet-filter");
    }

    public CheckComboBox<String> speakerChecks() {
        return one("#speaker-filter");
    }

    public Slider zoomSlider() {
        return one("." + Styles.ZOOM_SLIDER);
    }

    public TextField searchField() {
        return one("." + Styles.SEARCH_FIELD);
    }

    /** The hits the search field's drop-down shows, empty while it is closed. */
    public List<CorpusSearch.Hit> searchHits() {
        Optional<ListView<CorpusSearch.Hit>> list = maybe("." + Styles.SEARCH_RESULTS);
        return list.filter(l -> l.getScene() != null && l.getScene().getWindow().isShowing())
                .map(l -> List.copyOf(l.getItems())).orElse(List.of());
    }

    private List<Node> detail(String styleClass) {
        Pane content = one("." + Styles.EVENT_DETAIL);
        return content.getChildren().stream().filter(n -> n.getStyleClass().contains(styleClass)).toList();
    }

    /** The event detail's sentence cards, in order. */
    public List<Node> eventMentions() {
        return detail(Styles.MENTION);
    }

    /** The event detail's quote lines, in order. */
    public List<Node> eventQuotes() {
        return detail(Styles.QUOTE_LINE);
    }

    /** The event detail's "Dates differ" line, "" when the outlets agree. */
    public String dateDisagreement() {
        return detail(Styles.DATE_DISAGREEMENT).stream().map(n -> ((Label) n).getText()).findFirst().orElse("");
    }

    /** The event detail's "Compare quotes" button's text, "" when there is none. */
    public String compareQuotesButton() {
        return this.<Button>maybe("#compare-quotes").map(Button::getText).orElse("");
    }

    // ---- comparison tabs

    /** The list of compared quotes. */
    @SuppressWarnings("unchecked")
    public ListView<ClusterSummary> quotesList() {
        BorderPane list = one("." + CompareStyles.QUOTES_LIST); // the list of quotes sits under its filters
        return (ListView<ClusterSummary>) list.getCenter();
    }

    /** The comparison's column heads, left to right. */
    public List<Node> columnHeads() {
        return robot.lookup("." + CompareStyles.COLUMN_HEAD).queryAllAs(Node.class).stream()
                .sorted((a, b) -> Double.compare(a.localToScene(0, 0).getX(), b.localToScene(0, 0).getX())).toList();
    }
}
