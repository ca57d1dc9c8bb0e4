package org.parallax.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeadlineDetectorTest {

    private final HeadlineDetector detector = new HeadlineDetector();

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "Bashar al-Assad thanks Putin during his secret visit to Moscow | Syrian President Bashar al-Assad paid a visit.",
            "Japan's Moon lander touches down | NULL",
            "“Mission nearly accomplished”: Putin meets Assad in Sochi | NULL",
            "KENYA SWEEPS BERLIN MARATHON | Eliud Kipchoge won.",
            "Putin: Russia will stay in Syria | “We will stay,” he said."})
    void recognisesHeadlines(String line, String next) {
        assertThat(detector.isHeadline(line, next, "")).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "The ceasefire held overnight. | NULL",
            "Did the ceasefire hold? | NULL",
            "The statement read: | NULL",
            "Chile's central bank cut its benchmark rate by 75 basis | points on Wednesday.",
            "Russian | NULL",
            "Syrian President Bashar Assad and Russian President Vladimir Putin met in the | NULL",
            "MOSCOW (Reuters) - | NULL",
            "Officials said on Tuesday that the talks, | NULL",
            "By Jane Doe | NULL",
            "- energy security | NULL",
            "Contact feedback@example.com | NULL",
            "'' | NULL"})
    void rejectsLinesThatAreNotHeadlines(String line, String next) {
        assertThat(detector.isHeadline(line, next, "")).isFalse();
    }

    @Test
    void rejectsOverlongLines() {
        String line = "word ".repeat(HeadlineDetector.MAX_WORDS + 1).strip();

        assertThat(detector.isHeadline(line, null, "")).isFalse();
    }

    @Test
    void theKnownTitleSettlesItWhateverTheShape() {
        assertThat(detector.isHeadline("Is Assad winning?", null, "is assad winning?")).isTrue();
        assertThat(detector.isHeadline("‘Is Assad winning?’", null, "'Is  Assad winning?'")).isTrue();
        assertThat(detector.isHeadline("Is Assad winning?", null, "Something else")).isFalse();
    }
}
