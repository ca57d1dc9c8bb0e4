package org.parallax.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.UndeclaredThrowableException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Pieces made on every core are taken in their order on the calling thread, each once, whatever thread made it and
 * however long each took; a failure of one piece comes back to the caller.
 */
class MadeInOrderTest {

    /** Busy work of a length that varies by piece, so that pieces finish out of order. */
    private static int made(int k) {
        long x = k;
        for (int i = 0; i < (k * 7919 % 13) * 20_000; i++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
        }
        return x == 42 ? -1 : k; // never -1: the loop's result is read so that it is not skipped
    }

    @Test
    void takesEveryPieceInOrderOnTheCallingThread() {
        for (int count : new int[] {0, 1, 2, 3, 17, 250}) {
            Thread caller = Thread.currentThread();
            List<Integer> taken = new ArrayList<>();
            MadeInOrder.each(count, MadeInOrderTest::made, piece -> {
                assertThat(Thread.currentThread()).isSameAs(caller);
                taken.add(piece);
            });
            assertThat(taken).as("pieces of %d", count).hasSize(count);
            for (int k = 0; k < count; k++) {
                assertThat(taken.get(k)).isEqualTo(k);
            }
        }
    }

    /**
     * The other cores make pieces: the caller, making a piece, waits until another thread has made one (a maker that
     * made every piece on the calling thread would wait out the timeout and fail).
     */
    @Test
    void theOtherCoresMakePiecesToo() throws Exception {
        Thread caller = Thread.currentThread();
        CountDownLatch madeElsewhere = new CountDownLatch(1);
        AtomicInteger waitedOut = new AtomicInteger();
        List<Integer> taken = new ArrayList<>();
        MadeInOrder.each(4, k -> {
            if (Thread.currentThread() != caller) {
                madeElsewhere.countDown();
            } else {
                try {
                    if (!madeElsewhere.await(10, TimeUnit.SECONDS)) {
                        waitedOut.incrementAndGet();
                    }
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }
            return k;
        }, taken::add);
        assertThat(waitedOut.get()).as("pieces the caller made while no other thread made one").isZero();
        assertThat(taken).containsExactly(0, 1, 2, 3);
    }

    @Test
    void aCheckedFailureThrownUncheckedComesBackWrapped() {
        assertThatThrownBy(() -> MadeInOrder.each(50, k -> {
            if (k == 7) {
                throwUnchecked(new java.io.IOException("piece 7"));
            }
            return made(k);
        }, piece -> { })).isInstanceOf(UndeclaredThrowableException.class)
                .hasCauseInstanceOf(java.io.IOException.class);
        assertThatThrownBy(() -> MadeInOrder.each(50, k -> k == 3 ? null : k, piece -> { }))
                .isInstanceOf(NullPointerException.class).hasMessage("piece 3");
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> void throwUnchecked(Throwable e) throws E {
        throw (E) e;
    }

    @Test
    void takesInOrderFromAThreadOfAnotherPool() throws Exception {
        ForkJoinPool pool = new ForkJoinPool(4);
        try {
            List<Integer> taken = pool.submit(() -> {
                List<Integer> out = new ArrayList<>();
                MadeInOrder.each(120, MadeInOrderTest::made, out::add);
                return out;
            }).get();
            assertThat(taken).hasSize(120);
            for (int k = 0; k < 120; k++) {
                assertThat(taken.get(k)).isEqualTo(k);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aFailureComesBackToTheCaller() {
        for (int failing : new int[] {0, 5, 99}) {
            AtomicInteger taken = new AtomicInteger();
            assertThatThrownBy(() -> MadeInOrder.each(100, k -> {
                if (k == failing) {
                    throw new IllegalStateException("piece " + k);
                }
                return made(k);
            }, piece -> taken.incrementAndGet())).isInstanceOf(IllegalStateException.class)
                    .hasMessage("piece " + failing);
            assertThat(taken.get()).as("pieces taken before %d", failing).isLessThanOrEqualTo(failing);
        }
    }
}
