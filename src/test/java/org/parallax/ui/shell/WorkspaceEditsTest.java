package org.parallax.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Corpus;
import org.parallax.model.Correction;
import org.parallax.store.TwoStageOverlay;
import org.parallax.testing.FloodCorpus;
import org.parallax.ui.concurrent.HeldTaskRunner;

/** Corrections are applied by the task runner, never inline on the FX thread; an answer for older work is dropped. */
class WorkspaceEditsTest {

    private final HeldTaskRunner runner = new HeldTaskRunner();
    private final List<String> reextracted = new ArrayList<>();
    private final WorkspaceEdits edits = new WorkspaceEdits(runner, new TwoStageOverlay((corpus, changed) -> {
        reextracted.addAll(changed);
        return corpus;
    }));
    private final String id = FloodCorpus.CORPUS.articles().get(0).id();

    @Test
    void aCorrectionGoesOnShowWhenTheRunnerHasAppliedIt() {
        edits.reset(FloodCorpus.CORPUS, null);
        edits.correct(new Correction.ArticleDate(id, LocalDate.of(2030, 1, 1)));
        assertThat(edits.canUndoProperty().get()).isTrue();
        assertThat(edits.dirtyProperty().get()).isTrue();
        assertThat(edits.corrected().corpus()).as("nothing applied inline").isEqualTo(FloodCorpus.CORPUS);
        assertThat(reextracted).isEmpty();
        assertThat(runner.submittedKeys()).containsExactly(WorkspaceEdits.APPLY_KEY);

        runner.runAll();
        assertThat(reextracted).containsExactly(id);
        assertThat(edits.corrected().corpus().article(id).orElseThrow().published()).isEqualTo(LocalDate.of(2030, 1, 1));
        assertThat(edits.corrected().corrected()).containsExactly(id);

        edits.undo();
        runner.runAll();
        assertThat(edits.corrected().corpus()).isEqualTo(FloodCorpus.CORPUS);
    }

    @Test
    void anAnswerForWorkReplacedSinceIsDropped() {
        edits.reset(FloodCorpus.CORPUS, null);
        edits.correct(new Correction.ArticleTitle(id, "Stale"));
        edits.reset(Corpus.EMPTY, null); // another corpus opened while the correction was being applied
        runner.runAll();
        assertThat(edits.corrected().corpus()).isEqualTo(Corpus.EMPTY);
    }

    @Test
    void aCorrectionThatCannotBeAppliedIsToldNotOnlyLogged() {
        List<String> told = new ArrayList<>();
        WorkspaceEdits failing = new WorkspaceEdits(runner, new TwoStageOverlay((corpus, changed) -> {
            throw new IllegalStateException("extraction broke");
        }));
        failing.setOnFailure(told::add);
        failing.reset(FloodCorpus.CORPUS, null);
        failing.correct(new Correction.ArticleDate(id, LocalDate.of(2030, 1, 1)));
        runner.runAll();
        assertThat(told).singleElement().asString().contains("could not be applied").contains("extraction broke");
        assertThat(failing.corrected().corpus()).isEqualTo(FloodCorpus.CORPUS);
    }

    @Test
    void aCorrectionThatChangesNothingLeavesTheVeryCorpusOnShow() {
        edits.reset(FloodCorpus.CORPUS, null);
        Corpus shown = edits.corrected().corpus();
        String title = shown.article(id).orElseThrow().title();
        edits.correct(new Correction.ArticleTitle(id, title)); // the title it has: an equal corpus, made anew
        runner.runAll();
        // compared on the worker that made it: the shell tells a new corpus by reference and prepares nothing again
        assertThat(edits.corrected().corpus()).isSameAs(shown);
        assertThat(edits.corrected().corrected()).containsExactly(id);
    }
}
