package org.parallax.ui.timeline;

import java.time.Month;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.parallax.compare.event.DateDisagreement;
import org.parallax.compare.event.EventQuotes;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.Event;
import org.parallax.model.Outlet;
import org.parallax.model.Quote;
import org.parallax.model.Span;
import org.parallax.model.TimeMention;
import org.parallax.model.TimexMod;
import org.parallax.chart.timeline.DateTexts;
import org.parallax.chart.timeline.EventMods;
import org.parallax.chart.timeline.TimelineData;
import org.parallax.ui.common.ArticleLabels;
import org.parallax.ui.common.CorpusLookup;
import org.parallax.ui.common.Styles;
import org.parallax.ui.common.Theme;

/**
 * The selected event: its label and date, then every outlet's sentence for it, outlet first and earliest
 * publication first, and the quotes said within those sentences with their speakers. A click on a sentence opens
 * its article with the sentence highlighted. Under them, what happened and which outlets told it, dated or not.
 */
public final class EventDetail {

    public static final String STYLESHEET = Theme.stylesheet(EventDetail.class, "event-detail.css");

    private final VBox content = new VBox();
    private final ScrollPane root = new ScrollPane(content);
    private final BiConsumer<Article, Span> open;
    private Corpus corpus = Corpus.EMPTY;
    private QuoteSpeakers speakers = QuoteSpeakers.NONE;
    /** The corpus's articles by id and each article's timexes and quotes, made off the FX thread; null until then. */
    private CorpusLookup lookup;
    private List<Quote> shownQuotes = List.of();
    private Event shown;
    private ToIntFunction<Event> clusterCount = e -> 0;
    private Consumer<Event> compareAction;
    private Consumer<Quote> compareQuote;
    private EventCorrections corrections = EventCorrections.NONE;
    private final HappeningsSection happenings;

    /** @param open called with the article and the span to show when the user clicks a sentence */
    public EventDetail(BiConsumer<Article, Span> open) {
        this.open = open;
        this.happenings = new HappeningsSection(open);
        content.getStyleClass().add(Styles.EVENT_DETAIL);
        root.setFitToWidth(true);
        root.getStylesheets().add(STYLESHEET);
        root.setAccessibleText("Event detail");
        showNothing();
    }

    /** Shows events of {@code corpus}, its lookup made here, on the calling thread (a host without a preparation). */
    public void setCorpus(Corpus corpus) {
        awaitLookup(corpus);
        setLookup(CorpusLookup.of(corpus));
    }

    /**
     * A new corpus, whose lookup is being made off the FX thread: {@link #setLookup} follows. An event shown meanwhile
     * waits for it (a line says so); nothing corpus-wide is built here.
     */
    public void awaitLookup(Corpus corpus) {
        this.corpus = corpus;
        this.lookup = null;
        this.speakers = QuoteSpeakers.NONE;
        this.happenings.setLookup(null);
        shown = null;
        showNothing();
    }

    /**
     * The lookup of the corpus awaited (else ignored: a newer corpus awaits its own). Selecting an event then only
     * reads it; an event selected while it was made is shown now.
     */
    public void setLookup(CorpusLookup made) {
        if (made.corpus() != corpus) {
            return;
        }
        lookup = made;
        speakers = QuoteSpeakers.of(made);
        happenings.setLookup(made);
        show(shown);
    }

    /** Shows {@code event}, or the hint when null; while the corpus's lookup is being made, a line saying so. */
    public void show(Event event) {
        shown = event;
        shownQuotes = List.of();
        if (event == null) {
            showNothing();
            return;
        }
        if (lookup == null) {
            Label waiting = styled(new Label("Reading the articles of this event\u2026"), Styles.MUTED);
            content.getChildren().setAll(waiting);
            return;
        }
        Map<String, Article> articles = lookup.articles();
        Near near = Near.of(event, lookup);
        content.getChildren().setAll(header(event, articles, near));
        int clusters = compareAction == null ? 0 : clusterCount.applyAsInt(event);
        if (clusters > 0) {
            Button compare = new Button(clusters == 1 ? "Compare the quote across outlets"
                    : "Compare " + clusters + " quotes across outlets");
            compare.setId("compare-quotes");
            compare.getStyleClass().add(Styles.COMPARE_QUOTES);
            compare.setOnAction(e -> compareQuotes());
            content.getChildren().add(compare);
        }
        // each article's first sentence, then what happened and who told it (in view without scrolling past every
        // sentence), then the articles' further sentences
        List<Span> mentions = mentionsInOrder(event, articles);
        int firsts = (int) mentions.stream().map(Span::articleId).distinct().count();
        for (Span m : mentions.subList(0, firsts)) {
            content.getChildren().add(mention(articles.get(m.articleId()), m));
        }
        List<Node> told = happenings.nodes(event);
        content.getChildren().addAll(told);
        if (!told.isEmpty() && mentions.size() > firsts) {
            content.getChildren().add(styled(new Label("More of their sentences"), Styles.SECTION_TITLE));
        }
        for (Span m : mentions.subList(firsts, mentions.size())) {
            content.getChildren().add(mention(articles.get(m.articleId()), m));
        }
        List<Quote> quotes = EventQuotes.of(List.of(event), near.quotes()).quotes(event);
        shownQuotes = quotes;
        if (!quotes.isEmpty()) {
            content.getChildren().add(styled(new Label("Quotes"), Styles.SECTION_TITLE));
            for (Quote q : quotes) {
                content.getChildren().addAll(quoteLine(q, articles.get(q.articleId())));
            }
        }
    }

    /**
     * The label (with its menu), the date ("early in 2011", as rough as its words) with the outlets, then what the
     * reader should know about it: corrected by the user, why its statements were merged, how its date was read,
     * and where outlets give different dates.
     */
    private List<Node> header(Event event, Map<String, Article> articles, Near near) {
        List<Node> nodes = new ArrayList<>();
        Label label = styled(new Label(event.label()), Styles.EVENT_LABEL);
        label.setWrapText(true);
        if (corrections.enabled()) {
            label.setContextMenu(eventMenu(event));
        }
        long outlets = event.mentions().stream().map(m -> articles.get(m.articleId()))
                .filter(a -> a != null).map(Article::outlet).distinct().count();
        nodes.add(label);
        nodes.add(styled(new Label(dateText(event, EventMods.of(near.timexes()).of(event)) + " · "
                + ArticleLabels.count(outlets, "outlet", "outlets") + (event.background() ? " · background" : "")),
                Styles.EVENT_META));
        if (corrections.isCorrected(event.id())) {
            nodes.add(correctedMark());
        }
        if (!event.reasons().isEmpty()) {
            // one line, so the outlets' sentences stay in view; every reason, one a line, in the tooltip
            Label merged = styled(new Label(mergedText(event)), Styles.MERGE_REASONS);
            merged.setTextOverrun(OverrunStyle.ELLIPSIS);
            merged.setTooltip(new Tooltip(String.join("\n", event.reasons())));
            nodes.add(merged);
        }
        DatedBy.text(event, near.timexes()).ifPresent(words -> nodes.add(wrapped(words, Styles.EVENT_META)));
        List<DateDisagreement.Claim> dates = DateDisagreement.of(event, articles, near.timexes());
        if (!dates.isEmpty()) {
            nodes.add(wrapped(datesDiffer(dates), Styles.DATE_DISAGREEMENT));
        }
        return nodes;
    }

    /**
     * The timexes and quotes of the articles that report an event: all that its date, its modifier and its quotes are
     * read from, found through the corpus's lookup (each article's timexes and quotes, grouped once per corpus off the
     * FX thread), not by going through every timex of the corpus (seconds in a model of 100,000 articles).
     */
    private record Near(List<TimeMention> timexes, List<Quote> quotes) {
        static Near of(Event event, CorpusLookup lookup) {
            Set<String> ids = new HashSet<>();
            event.mentions().forEach(m -> ids.add(m.articleId()));
            List<TimeMention> timexes = new ArrayList<>();
            ids.forEach(id -> timexes.addAll(lookup.timexesOf(id)));
            List<Quote> quotes = new ArrayList<>();
            lookup.quotesByArticle().forEach((id, qs) -> {
                if (ids.contains(id)) {
                    quotes.addAll(qs);
                }
            });
            return new Near(timexes, quotes);
        }
    }

    private static Label wrapped(String text, String styleClass) {
        Label label = styled(new Label(text), styleClass);
        label.setWrapText(true);
        return label;
    }

    /**
     * The event's sentences in its articles: each article's first sentence before any article's second, so every
     * outlet shows without scrolling; earliest publication first.
     */
    private static List<Span> mentionsInOrder(Event event, Map<String, Article> articles) {
        Set<String> seen = new HashSet<>();
        Set<Span> firsts = new HashSet<>();
        for (Span m : event.mentions()) {
            if (seen.add(m.articleId())) {
                firsts.add(m);
            }
        }
        return event.mentions().stream()
                .filter(m -> articles.containsKey(m.articleId()))
                .sorted(Comparator.comparing((Span m) -> !firsts.contains(m))
                        .thenComparing(m -> articles.get(m.articleId()).published(),
                                Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Span::articleId))
                .toList();
    }

    /** A quote's line (speaker, words, outlet; opens its source) and under it why that speaker. */
    private List<Node> quoteLine(Quote q, Article a) {
        String who = speakers.who(q);
        Label line = styled(new Label(who + ": \u201c" + q.text() + "\u201d"
                + (a == null ? "" : " (" + a.outlet().displayName() + ")")), Styles.QUOTE_LINE);
        line.setWrapText(true);
        line.setUserData(q);
        line.setFocusTraversable(true); // Enter opens its source, Ctrl+D compares it across outlets
        line.setAccessibleRole(AccessibleRole.BUTTON);
        String why = speakers.reason(q); // why this speaker: under the line, and read out with it
        line.setAccessibleText(who + " said: " + q.text() + ". " + why);
        if (a != null) {
            HappeningsSection.opens(line, () -> open.accept(a, q.span()));
        }
        line.setContextMenu(quoteMenu(q));
        boolean corrected = corrections.isCorrected(q.id());
        Label reason = styled(new Label(corrected ? "Speaker corrected by you" : why), Styles.MUTED);
        reason.setWrapText(true);
        return List.of(line, reason);
    }

    /** The quote line's menu: compare it, and the corrections the user may make. */
    private ContextMenu quoteMenu(Quote q) {
        ContextMenu menu = new ContextMenu();
        if (compareQuote != null) {
            MenuItem compare = new MenuItem("Compare Quote Across Outlets");
            compare.setOnAction(e -> compareQuote.accept(q));
            menu.getItems().add(compare);
        }
        if (corrections.enabled()) {
            MenuItem speaker = new MenuItem("Change Speaker…");
            speaker.setOnAction(e -> corrections.changeSpeaker(q));
            MenuItem notQuote = new MenuItem("Not a Quote");
            notQuote.setOnAction(e -> corrections.notAQuote(q));
            MenuItem move = new MenuItem("Move to Quote Cluster\u2026"); // a quote in none too, one taken out
            move.setOnAction(e -> corrections.moveToCluster(q));
            menu.getItems().addAll(speaker, notQuote, move);
        }
        return menu.getItems().isEmpty() ? null : menu;
    }

    /** The event label's menu: re-date, rename, hide, merge with another. */
    private ContextMenu eventMenu(Event event) {
        MenuItem date = new MenuItem("Change Date…");
        date.setOnAction(e -> corrections.changeDate(event));
        MenuItem rename = new MenuItem("Rename Event…");
        rename.setOnAction(e -> corrections.rename(event));
        MenuItem hide = new MenuItem("Hide Event");
        hide.setOnAction(e -> corrections.hide(event));
        MenuItem merge = new MenuItem("Merge with\u2026");
        merge.setOnAction(e -> corrections.mergeWith(event));
        return new ContextMenu(date, rename, hide, merge);
    }

    private static Label correctedMark() {
        Label mark = styled(new Label("Corrected by you"), Styles.CORRECTED);
        mark.setTooltip(new Tooltip("You changed this. Edit → Undo Correction (Ctrl+Z) takes it back."));
        return mark;
    }

    /** Offers the corrections (menus on the event label and each quote) and marks what was corrected. */
    public void setCorrections(EventCorrections c) {
        corrections = c == null ? EventCorrections.NONE : c;
        show(shown);
    }

    /** A sentence card: click, Enter or Space opens it in its article. */
    private VBox mention(Article article, Span span) {
        Label outlet = styled(new Label(article.outlet().displayName() + " · "
                + ArticleLabels.shortDate(article.published())), Styles.MENTION_OUTLET);
        Label text = styled(new Label(article.textOf(span)), Styles.MENTION_TEXT);
        text.setWrapText(true);
        VBox card = new VBox(outlet, text);
        card.getStyleClass().add(Styles.MENTION);
        card.setFocusTraversable(true);
        card.setAccessibleRole(AccessibleRole.BUTTON);
        card.setAccessibleText(article.outlet().displayName() + ": " + article.textOf(span));
        HappeningsSection.opens(card, () -> open.accept(article, span));
        return card;
    }

    private void showNothing() {
        Label hint = styled(new Label(corpus.events().isEmpty() ? "No dated events in these articles."
                : "Select an event on the timeline to see how each outlet reported it."), Styles.MUTED);
        hint.setWrapText(true);
        content.getChildren().setAll(hint);
    }

    /** "Dates differ: RT says 19 October 2015; IBT and Sputnik say 20 October 2015". */
    public static String datesDiffer(List<DateDisagreement.Claim> claims) {
        List<String> parts = new ArrayList<>();
        for (DateDisagreement.Claim c : claims) {
            List<String> names = c.outlets().stream().map(Outlet::displayName).toList();
            parts.add(EventHappenings.names(names) + (names.size() == 1 ? " says " : " say ")
                    + TimelineData.dateText(c.value()));
        }
        return "Dates differ: " + String.join("; ", parts);
    }

    /**
     * "Merged: same day, same actor: Assad · visit ≈ arrive": why its statements were taken for one event; the
     * user's own merge ("merged by you") reads "Merged: by you".
     */
    static String mergedText(Event event) {
        return "Merged: " + String.join(" \u00b7 ", event.reasons().stream()
                .map(r -> r.startsWith("merged ") ? r.substring("merged ".length()) : r).toList());
    }

    /**
     * "20 October 2015", "the 1980s": the date at its precision, never a raw TIMEX3 value; a range gives both ends
     * and says what they share once ("20 \u2013 23 October 2015", "2016 \u2013 2018").
     */
    static String dateText(Event event) {
        return dateText(event, null);
    }

    /**
     * {@link #dateText(Event)} with the words of the modifier its date carries, if any: "early in 2011", "about 20
     * October 2015" (a stated range is given as written).
     */
    static String dateText(Event event, TimexMod mod) {
        String first = TimelineData.dateText(event.date());
        if (event.end() == null) {
            return mod == null ? first : DateTexts.of(event.date(), mod);
        }
        String last = TimelineData.dateText(event.end());
        if (first.equals(last)) {
            return first;
        }
        List<String> a = List.of(first.split(" "));
        List<String> b = List.of(last.split(" "));
        int shared = 0;
        while (shared < a.size() - 1 && shared < b.size() - 1
                && a.get(a.size() - 1 - shared).equals(b.get(b.size() - 1 - shared))
                && isMonthOrYear(a.get(a.size() - 1 - shared))) {
            shared++;
        }
        return String.join(" ", a.subList(0, a.size() - shared)) + " \u2013 " + last;
    }

    /** Words a range's ends may share: "October", "2015" (not "morning" or "of"). */
    private static boolean isMonthOrYear(String word) {
        return word.matches("\\d{4}")
                || Arrays.stream(Month.values()).anyMatch(m -> m.name().equalsIgnoreCase(word));
    }

    private static <T extends Node> T styled(T node, String styleClass) {
        node.getStyleClass().add(styleClass);
        return node;
    }

    public Node node() {
        return root;
    }

    /**
     * Offers "Compare quotes" for events with quotes to compare: {@code clusterCount} says how many quote clusters
     * belong to an event (none: no button), {@code action} opens them.
     */
    public void setCompareQuotes(ToIntFunction<Event> clusterCount, Consumer<Event> action) {
        this.clusterCount = clusterCount;
        this.compareAction = action;
        show(shown);
    }

    /** Gives each listed quote a context menu entry that compares it across outlets. */
    public void setOnCompareQuote(Consumer<Quote> action) {
        this.compareQuote = action;
        show(shown);
    }

    /** Opens the comparison of the event on show, as its button does. */
    public void compareQuotes() {
        if (compareAction != null && shown != null) {
            compareAction.accept(shown);
        }
    }

    /** The quote whose line has the keyboard focus, if one has: what Ctrl+D compares. */
    public java.util.Optional<Quote> focusedQuote() {
        return content.getChildren().stream().filter(n -> n.isFocused() && n.getUserData() instanceof Quote)
                .map(n -> (Quote) n.getUserData()).findFirst();
    }
}
