package org.parallax.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.parallax.compare.event.EventQuotes;
import org.parallax.model.Corpus;
import org.parallax.testing.FloodCorpus;

/** The events' quotes of a corpus are made once, whoever asks first, and every reader gets the same index. */
class CorpusEventQuotesTest {

    @Test
    void madeOnceForEveryReaderOnAnyThread() throws Exception {
        CorpusEventQuotes quotes = CorpusEventQuotes.of(FloodCorpus.CORPUS);
        assertThat(quotes.isMade()).as("cheap to make: nothing indexed yet").isFalse();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<EventQuotes>> made = pool.invokeAll(List.<Callable<EventQuotes>>of(quotes::get, quotes::get,
                    quotes::get, quotes::get));
            EventQuotes first = made.get(0).get();
            for (Future<EventQuotes> f : made) {
                assertThat(f.get()).isSameAs(first);
            }
            assertThat(quotes.isMade()).isTrue();
            assertThat(first.quotes(FloodCorpus.EVACUATION)).containsExactly(FloodCorpus.HALE);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theEmptyCorpusHasNone() {
        assertThat(CorpusEventQuotes.of(Corpus.EMPTY)).isSameAs(CorpusEventQuotes.EMPTY);
        assertThat(CorpusEventQuotes.EMPTY.isMade()).isTrue();
    }
}
