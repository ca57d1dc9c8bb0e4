package org.parallax.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.AccessDeniedException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.testing.PlainWords;

class ReadFailureTest {

    @Test
    void everyFailureIsToldInWordsWithoutAClassNameOrABarePath() {
        assertThat(ReadFailure.inWords(new AccessDeniedException("/home/ana/news/a.txt")))
                .isEqualTo("you have no permission to read it");
        assertThat(ReadFailure.inWords(new StackOverflowError())).isEqualTo("it is nested too deeply to follow");
        assertThat(ReadFailure.inWords(new IOException("Input/output error\n at disk 3")))
                .isEqualTo("the system said: Input/output error");
        for (Throwable e : List.of(new AccessDeniedException("/x"), new MalformedInputException(3), new StackOverflowError(),
                new IllegalStateException("java.lang.NullPointerException in Foo"), new IOException(),
                new java.nio.file.FileSystemException("/x"))) {
            PlainWords.check(ReadFailure.inWords(e));
            assertThat(ReadFailure.inWords(e)).doesNotContain("/x");
        }
    }
}
