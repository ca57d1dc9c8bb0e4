package org.parallax.ui.shell;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;
import org.parallax.chart.timeline.TimelineData;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.Correction;
import org.parallax.model.Event;
import org.parallax.model.Quote;
import org.parallax.model.QuoteCluster;
import org.parallax.model.TimexValue;
import org.parallax.store.Overlay;
import org.parallax.ui.article.ArticleCorrections;
import org.parallax.ui.common.ArticleLabels;
import org.parallax.ui.compare.ClusterChoices;
import org.parallax.ui.compare.CompareWorkspace;
import org.parallax.ui.compare.QuoteCorrections;
import org.parallax.ui.timeline.EventCorrections;

/**
 * The corrections offered in the event detail, the article list and the quote comparison: asks the user, then records
 * the correction on the workspace.
 */
final class ShellCorrections implements EventCorrections, ArticleCorrections, QuoteCorrections {

    /** Asks for one line of text, or to choose one of a list; a seam, so tests answer without a dialog. */
    @FunctionalInterface
    interface Prompt {
        /** @return the answer, empty when the user cancelled */
        Optional<String> ask(String title, String question, String initial);

        /**
         * Asks to choose one of {@code options}, {@code initial} chosen to begin with; without a choice dialog (a
         * test's answer) the one-line answer is taken when it is one of them.
         *
         * @return the option chosen, empty when the user cancelled
         */
        default Optional<String> choose(String title, String question, List<String> options, String initial) {
            return ask(title, question, initial).filter(options::contains);
        }

        static Prompt dialog(Window owner) {
            return new Prompt() {
                @Override
                public Optional<String> ask(String title, String question, String initial) {
                    TextInputDialog dialog = new TextInputDialog(initial);
                    dialog.setTitle(title);
                    dialog.setHeaderText(question);
                    ShellDialogs.styleLike(owner, dialog);
                    return dialog.showAndWait();
                }

                @Override
                public Optional<String> choose(String title, String question, List<String> options, String initial) {
                    if (options.isEmpty()) {
                        return Optional.empty();
                    }
                    ChoiceDialog<String> dialog = new ChoiceDialog<>(initial, options);
                    dialog.setTitle(title);
                    dialog.setHeaderText(question);
                    ShellDialogs.styleLike(owner, dialog);
                    return dialog.showAndWait();
                }
            };
        }
    }

    /** How many events, nearest in time, "Merge with…" offers. */
    static final int NEIGHBOURS = 12;

    private static final String DATE = "\\d{4}(-\\d{2}(-\\d{2})?)?";

    private final WorkspaceEdits edits;
    private final Supplier<Corpus> shown;
    private Prompt prompt;

    ShellCorrections(WorkspaceEdits edits, Supplier<Corpus> shown, Prompt prompt) {
        this.edits = edits;
        this.shown = shown;
        this.prompt = prompt;
    }

    void setPrompt(Prompt p) {
        prompt = p;
    }

    @Override
    public boolean enabled() {
        return true;
    }

    @Override
    public void setOutlet(Article a) {
        prompt.ask("Set Outlet", "Which outlet published \u201c" + shorten(org.parallax.ui.common.ArticleLabels
                .displayTitle(a)) + "\u201d?\nLeave it empty if it is not known.", a.outlet().isKnown() ? a.outlet().name() : "")
                .ifPresent(name -> edits.correct(new Correction.ArticleOutlet(a.id(), name)));
    }

    @Override
    public void setTitle(Article a) {
        prompt.ask("Set Title", "The article's title:", a.title()).map(String::strip)
                .ifPresent(title -> edits.correct(new Correction.ArticleTitle(a.id(), title)));
    }

    @Override
    public void setPublished(Article a) {
        String initial = a.published() == null ? "" : a.published().toString();
        String question = "When was \u201c" + shorten(ArticleLabels.displayTitle(a)) + "\u201d published? A day: "
                + "2015-10-20.\nIts relative dates (\u201con Friday\u201d, \u201cyesterday\u201d) are read again from it.";
        Optional<String> answer = prompt.ask("Set Publication Date", question, initial).map(String::strip);
        while (answer.isPresent() && !answer.get().isEmpty() && day(answer.get()).isEmpty()) {
            answer = prompt.ask("Set Publication Date", "\u201c" + answer.get() + "\u201d is not a day. " + question,
                    initial).map(String::strip);
        }
        answer.flatMap(ShellCorrections::day)
                .ifPresent(day -> edits.correct(new Correction.ArticleDate(a.id(), day)));
    }

    private static Optional<LocalDate> day(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean isCorrected(String id) {
        return edits.corrected().corrected().contains(id);
    }

    @Override
    public void changeSpeaker(Quote q) {
        String now = q.speaker() == null ? "" : q.speaker().name();
        prompt.ask("Change Speaker", "Who said \u201c" + shorten(q.text()) + "\u201d?\nLeave it empty if the article "
                + "names nobody.", now).ifPresent(name -> edits.correct(new Correction.QuoteSpeaker(Overlay.keyOf(q), name)));
    }

    @Override
    public void notAQuote(Quote q) {
        edits.correct(new Correction.NotAQuote(Overlay.keyOf(q)));
    }

    @Override
    public void changeDate(Event e) {
        String question = "When did \u201c" + shorten(e.label()) + "\u201d happen?\nA day (2015-10-20), a month (2015-10) "
                + "or a year (2015).";
        Optional<String> answer = prompt.ask("Change Date", question, e.date()).map(String::strip);
        while (answer.isPresent() && !answer.get().matches(DATE)) {
            answer = prompt.ask("Change Date", "\u201c" + answer.get() + "\u201d is not a date. " + question, e.date())
                    .map(String::strip);
        }
        answer.ifPresent(date -> edits.correct(new Correction.EventDate(Overlay.keyOf(e, shown.get()), date)));
    }

    @Override
    public void rename(Event e) {
        prompt.ask("Rename Event", "A label for this event:", e.label()).map(String::strip).filter(s -> !s.isEmpty())
                .ifPresent(label -> edits.correct(new Correction.EventLabel(Overlay.keyOf(e, shown.get()), label)));
    }

    @Override
    public void hide(Event e) {
        edits.correct(new Correction.EventHidden(Overlay.keyOf(e, shown.get())));
    }

    @Override
    public void mergeWith(Event e) {
        Corpus corpus = shown.get();
        double at = start(e);
        List<Event> near = corpus.events().stream().filter(x -> !x.id().equals(e.id()))
                .sorted(Comparator.comparingDouble((Event x) -> Math.abs(start(x) - at)).thenComparing(Event::id))
                .limit(NEIGHBOURS).sorted(Comparator.comparingDouble(ShellCorrections::start)).toList();
        Map<String, Event> byLabel = new LinkedHashMap<>();
        String nearest = null;
        for (Event x : near) {
            String label = TimelineData.dateText(x.date()) + " \u00b7 " + ArticleLabels.elide(x.label(), 70);
            label = byLabel.containsKey(label) ? label + " (" + x.id() + ")" : label;
            byLabel.put(label, x);
            if (nearest == null || Math.abs(start(x) - at) < Math.abs(start(byLabel.get(nearest)) - at)) {
                nearest = label;
            }
        }
        prompt.choose("Merge Events", "Which event is the same happening as \u201c" + shorten(e.label())
                        + "\u201d?\nThe events nearest in time; the merged one keeps the earlier date and label.",
                        List.copyOf(byLabel.keySet()), nearest)
                .map(byLabel::get)
                .ifPresent(other -> edits.correct(new Correction.EventMerge(Overlay.keyOf(e, corpus),
                        Overlay.keyOf(other, corpus))));
    }

    private static double start(Event e) {
        return TimexValue.parse(e.date()).map(TimexValue::start).orElse(Double.MAX_VALUE);
    }

    @Override
    public void splitOff(Quote q) {
        edits.correct(new Correction.QuoteSplitOff(Overlay.keyOf(q)));
    }

    @Override
    public void makeReference(Quote q) {
        edits.correct(new Correction.ClusterReference(Overlay.keyOf(q)));
    }

    @Override
    public void moveTo(Quote q, QuoteCluster from) {
        chooseCluster("Move Quote", "Which quote cluster do these words belong to?\n\u201c" + shorten(q.text())
                + "\u201d", from).ifPresent(to -> edits.correct(new Correction.QuoteMovedTo(Overlay.keyOf(q),
                Overlay.keyOf(to.reference()))));
    }

    @Override
    public void moveToCluster(Quote q) {
        moveTo(q, CompareWorkspace.clusterOf(shown.get(), q).orElse(null));
    }

    @Override
    public void mergeWith(QuoteCluster cluster) {
        Optional<Quote> ref = cluster.members().stream().findFirst()
                .flatMap(v -> shown.get().quotes().stream().filter(q -> q.id().equals(v.quoteId())).findFirst());
        ref.ifPresent(into -> chooseCluster("Merge Quote Clusters", "Which quote cluster is the same utterance as "
                + "\u201c" + shorten(into.text()) + "\u201d?", cluster)
                .ifPresent(other -> edits.correct(new Correction.ClusterMerge(Overlay.keyOf(into),
                        Overlay.keyOf(other.reference())))));
    }

    /** Asks for a cluster other than {@code except}, listed by its reference's words (the same speaker's first). */
    private Optional<ClusterChoices.Choice> chooseCluster(String title, String question, QuoteCluster except) {
        List<ClusterChoices.Choice> choices = ClusterChoices.of(shown.get(), except);
        List<String> labels = choices.stream().map(ClusterChoices.Choice::label).toList();
        return prompt.choose(title, question, labels, labels.isEmpty() ? "" : labels.get(0)).map(label -> choices.get(labels.indexOf(label)));
    }

    private static String shorten(String s) {
        return ArticleLabels.elide(s, 80);
    }
}
