package org.parallax.ui.shell;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.Correction;
import org.parallax.model.Event;
import org.parallax.model.Quote;
import org.parallax.store.Overlay;
import org.parallax.ui.article.ArticleCorrections;
import org.parallax.ui.common.ArticleLabels;
import org.parallax.ui.timeline.EventCorrections;

/** The corrections offered in the event detail: asks the user, then records the correction on the workspace. */
final class ShellCorrections implements EventCorrections, ArticleCorrections {

    /** Asks for one line of text; a seam, so tests answer without a dialog. */
    @FunctionalInterface
    interface Prompt {
        /** @return the answer, empty when the user cancelled */
        Optional<String> ask(String title, String question, String initial);

        static Prompt dialog(Window owner) {
            return (title, question, initial) -> {
                TextInputDialog dialog = new TextInputDialog(initial);
                dialog.setTitle(title);
                dialog.setHeaderText(question);
                ShellDialogs.styleLike(owner, dialog);
                return dialog.showAndWait();
            };
        }
    }

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

    private static String shorten(String s) {
        return s.length() <= 80 ? s : s.substring(0, 79).strip() + "\u2026";
    }
}
