package org.parallax.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.ref.WeakReference;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/**
 * Pieces made on every core are taken in their order on the calling thread, each once, whatever thread made it and
 * however long each took; a failure of one piece comes back to the caller and stops the claims; a helper that never
 * started holds nothing of the work.
 */
class EveryCoreTest {

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
            EveryCore.inOrder(count, EveryCoreTest::made, piece -> {
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
        EveryCore.inOrder(4, k -> {
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
        assertThatThrownBy(() -> EveryCore.inOrder(50, k -> {
            if (k == 7) {
                throwUnchecked(new java.io.IOException("piece 7"));
            }
            return made(k);
        }, piece -> { })).isInstanceOf(UndeclaredThrowableException.class)
                .hasCauseInstanceOf(java.io.IOException.class);
        assertThatThrownBy(() -> EveryCore.inOrder(50, k -> k == 3 ? null : k, piece -> { }))
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
                EveryCore.inOrder(120, EveryCoreTest::made, out::add);
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
            assertThatThrownBy(() -> EveryCore.inOrder(100, k -> {
                if (k == failing) {
                    throw new IllegalStateException("piece " + k);
                }
                return made(k);
            }, piece -> taken.incrementAndGet())).isInstanceOf(IllegalStateException.class)
                    .hasMessage("piece " + failing);
            assertThat(taken.get()).as("pieces taken before %d", failing).isLessThanOrEqualTo(failing);
        }
    }

    /** Every piece done once, on every core, and what each wrote seen by the caller when {@code each} returns. */
    @Test
    void eachDoesEveryPieceOnceAndTheCallerSeesWhatItWrote() {
        Random random = new Random(102);
        for (int round = 0; round < 200; round++) {
            int count = random.nextInt(60);
            AtomicIntegerArray calls = new AtomicIntegerArray(count);
            int[] wrote = new int[count]; // plain writes, read by the caller after the call
            EveryCore.each(count, k -> {
                calls.incrementAndGet(k);
                wrote[k] = made(k) + 1;
            });
            for (int k = 0; k < count; k++) {
                assertThat(calls.get(k)).as("calls of piece %d of %d", k, count).isEqualTo(1);
                assertThat(wrote[k]).as("piece %d of %d", k, count).isEqualTo(k + 1);
            }
        }
    }

    /**
     * A failing piece stops the claims: the failure comes back without every piece done. Each piece takes a
     * millisecond, as real ones take more: a failure is known to the other threads once it is caught, and pieces of no
     * work at all could all be claimed while the failing thread makes its exception.
     */
    @Test
    void aFailingPieceStopsTheClaims() {
        AtomicInteger worked = new AtomicInteger();
        assertThatThrownBy(() -> EveryCore.each(2000, k -> {
            if (worked.incrementAndGet() == 10) {
                throw new IllegalStateException("piece " + k);
            }
            LockSupport.parkNanos(1_000_000);
        })).isInstanceOf(IllegalStateException.class);
        assertThat(worked.get()).isLessThan(1000);
    }

    /**
     * The pool's other thread is busy elsewhere, so the helper queued by the call never starts before it returns: the
     * caller makes every piece itself (no hang), and the helper left in the queue holds nothing of the work (what
     * {@code make} holds is collected).
     */
    @Test
    void aHelperThatNeverStartedHoldsNothingOfTheWork() throws Exception {
        ForkJoinPool pool = new ForkJoinPool(2);
        CountDownLatch blockerRunning = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try {
            pool.execute(() -> {
                blockerRunning.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            assertThat(blockerRunning.await(30, TimeUnit.SECONDS)).isTrue();
            boolean collected = pool.submit(() -> {
                WeakReference<int[]> held = workHolding(new int[100_000]);
                for (int gc = 0; gc < 20 && held.get() != null; gc++) {
                    System.gc();
                    Thread.sleep(10);
                }
                return held.get() == null;
            }).get(60, TimeUnit.SECONDS);
            assertThat(collected).as("the work's data let go").isTrue();
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    /** Pieces made from {@code data}, only {@code make} holding it; a reference that tells when it is collected. */
    private static WeakReference<int[]> workHolding(int[] data) {
        Arrays.fill(data, 1);
        List<Integer> taken = new ArrayList<>();
        EveryCore.inOrder(3, k -> data[k] + k, taken::add);
        assertThat(taken).containsExactly(1, 2, 3);
        return new WeakReference<>(data);
    }

    /**
     * Pieces whose work runs parallel work that calls {@code each} again, three deep, in a pool of four: the callers
     * waiting for the last pieces must let their pool start spares (a pool thread waiting unseen still counts as
     * working, and every thread of the pool ended up waiting: this hung every run before).
     */
    @Test
    void nestedPiecesInAPoolOfFourFinish() throws Exception {
        ForkJoinPool pool = new ForkJoinPool(4);
        try {
            for (int run = 0; run < 3; run++) {
                assertThat(pool.submit(() -> nested(3)).get(60, TimeUnit.SECONDS)).isEqualTo(nestedSum(3));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static long nested(int depth) {
        if (depth == 0) {
            return made(1);
        }
        long[] got = new long[6];
        EveryCore.each(got.length, k -> got[k] = k + java.util.stream.IntStream.range(0, 4).parallel()
                .mapToLong(i -> nested(depth - 1)).sum());
        return Arrays.stream(got).sum();
    }

    /** What {@link #nested} sums, worked out on one thread. */
    private static long nestedSum(int depth) {
        return depth == 0 ? made(1) : 6 * 5 / 2 + 6 * 4 * nestedSum(depth - 1);
    }
}
