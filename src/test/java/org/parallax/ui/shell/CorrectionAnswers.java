package org.parallax.ui.shell;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;

/** Answers the window's correction questions instead of a dialog, for tests outside this package. */
public final class CorrectionAnswers {

    private CorrectionAnswers() {
    }

    /** The window answers its next questions with {@code answers}, then as if cancelled; the titles asked go to {@code asked}. */
    public static void answer(ShellWindow window, List<String> asked, String... answers) {
        ArrayDeque<String> left = new ArrayDeque<>(List.of(answers));
        window.setCorrectionPrompt((title, question, initial) -> {
            asked.add(title);
            return Optional.ofNullable(left.poll());
        });
    }
}
