package org.parallax.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TenseCuesTest {

    /** The pattern the word loop stands for. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}'’-]+");

    @Test
    void findsTheWordsThePatternFinds() throws IOException, URISyntaxException {
        List<String> texts = new ArrayList<>(RuleCuesTest.texts());
        texts.addAll(List.of("", "'", "it’s a well-known X-ray", "\uD835\uDC00bc \uD83D\uDE00will\uD83D\uDE00 go",
                "\uD83D\uDE00", "a\uD800b\uDC00c", "Ça a été annoncé — il viendra", "12:30, 3-4"));
        for (String text : texts) {
            List<String> expected = new ArrayList<>();
            Matcher m = WORD.matcher(text);
            while (m.find()) {
                expected.add(m.start() + "-" + m.end());
            }
            assertThat(TenseCues.words(text).stream().map(w -> w[0] + "-" + w[1]).toList()).as(text)
                    .isEqualTo(expected);
        }
    }

    @Test
    void readsTheTenseAroundAStretch() {
        TenseCues cues = new TenseCues(TimeWords.bundled());
        String s = "The minister will meet them on Friday; they met on Monday.";
        assertThat(cues.tense(s, s.indexOf("Friday"), s.indexOf("Friday") + 6)).isEqualTo(Tense.FUTURE);
        assertThat(cues.tense(s, s.indexOf("Monday"), s.indexOf("Monday") + 6)).isEqualTo(Tense.PAST);
    }
}
