package org.parallax.work;

import java.lang.reflect.UndeclaredThrowableException;
import java.util.Objects;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

/**
 * Pieces of work numbered 0 to count - 1, made on every core: the calling thread and one helper per other core of the
 * pool it runs in (the common pool outside one) each claim the next piece by number until none is left, so the cores
 * part only at the last pieces. {@link #inOrder} hands each piece to the calling thread in number order as soon as it
 * and those before it are made, so that a step that must run in order on one thread (the quote registry's adding)
 * runs beside the making instead of after it with the other cores idle; {@link #each} only does every piece (give
 * the largest first).
 *
 * <p>The calling thread makes pieces itself whenever the next one to take is not made yet; it waits only for the
 * pieces the helpers are making at the end, so a pool whose threads are all busy elsewhere costs no hang, and it waits
 * as the pool's managed blocker, so a pool thread waiting here lets its pool start a spare for nested work. A failure
 * of any piece comes back to the caller as it was thrown (a checked one thrown unchecked wrapped in an {@link
 * UndeclaredThrowableException}, a null piece as a {@link NullPointerException}): no piece is claimed after it, and
 * pieces helpers were making may finish after the call has thrown. A helper that starts after the call has returned
 * finds nothing to claim and holds nothing of the work (its {@code make} is dropped), so no task is left holding the
 * caller's data. What a piece's work wrote is seen by the calling thread once it has taken that piece.
 */
public final class EveryCore {

    private EveryCore() {
    }

    /**
     * {@code make} applied to 0, 1, ... {@code count - 1} on every core (it must not return null), {@code take} given
     * each result in that order on the calling thread; returns when all are taken. An interrupt of the calling thread
     * is kept for it but stops nothing: every piece is taken.
     */
    public static <T> void inOrder(int count, IntFunction<T> make, Consumer<? super T> take) {
        run(count, make, take);
    }

    /** {@code work} applied to 0, 1, ... {@code count - 1} on every core; returns when all are done. */
    public static void each(int count, IntConsumer work) {
        run(count, k -> {
            work.accept(k);
            return Boolean.TRUE;
        }, done -> { });
    }

    private static <T> void run(int count, IntFunction<T> make, Consumer<? super T> take) {
        Pieces<T> pieces = new Pieces<>(count, make);
        try {
            // one helper per core besides the calling thread: the common pool's threads, or those of the caller's pool
            boolean inPool = ForkJoinTask.inForkJoinPool();
            ForkJoinPool pool = inPool ? ForkJoinTask.getPool() : ForkJoinPool.commonPool();
            int helpers = inPool ? pool.getParallelism() - 1 : pool.getParallelism();
            for (int h = 0; h < Math.min(helpers, count - 1); h++) {
                pool.execute(pieces::makeUntilNoneLeft);
            }
            for (int taken = 0; taken < count; taken++) {
                take.accept(pieces.await(taken));
            }
        } finally {
            pieces.stop();
        }
    }

    /** The pieces, made by whichever thread claims each first. */
    private static final class Pieces<T> {
        /** Null once stopped: a helper that starts late must not keep the caller's data alive. */
        private volatile IntFunction<T> make;
        private final Object[] made;
        private final AtomicInteger next = new AtomicInteger();
        private Throwable failure;

        Pieces(int count, IntFunction<T> make) {
            this.make = make;
            this.made = new Object[count];
        }

        /** A helper's work: claim and make pieces until none is left. */
        void makeUntilNoneLeft() {
            while (makeOne()) {
                // the next one
            }
        }

        /** Claims the next piece and makes it; false when none is left or making one failed. */
        private boolean makeOne() {
            IntFunction<T> maker = make;
            if (maker == null) {
                return false; // stopped
            }
            int k = next.getAndIncrement();
            if (k >= made.length) {
                return false;
            }
            try {
                T piece = Objects.requireNonNull(maker.apply(k), () -> "piece " + k); // a null one would be waited for
                synchronized (this) {
                    made[k] = piece;
                    notifyAll();
                }
                return true;
            } catch (Throwable e) {
                // kept for the calling thread, which throws it (a helper's would end in its pool's handler and leave
                // the caller waiting for its piece; a checked one may come from code that throws it unchecked)
                stop();
                synchronized (this) {
                    failure = failure == null ? e : failure;
                    notifyAll();
                }
                return false;
            }
        }

        /** Piece k, made by the calling thread meanwhile if it can claim any, else waited for. */
        @SuppressWarnings("unchecked")
        T await(int k) {
            boolean interrupted = false;
            try {
                while (true) {
                    synchronized (this) {
                        rethrowFailure();
                        if (made[k] != null) {
                            T piece = (T) made[k];
                            made[k] = null; // taken: not kept until every piece is
                            return piece;
                        }
                    }
                    if (!makeOne()) {
                        try {
                            ForkJoinPool.managedBlock(new Arrival(k));
                        } catch (InterruptedException e) {
                            interrupted = true; // the pieces being made are waited for all the same
                        }
                    }
                }
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        /**
         * The wait for piece k (or a failure), told to the pool: a pool thread that waited unseen would still count
         * as working, so pieces whose own work waits on nested parallel work could leave every thread of a pool of
         * four or more waiting (a reviewer's three-deep nesting hung every run); told, the pool starts a spare.
         */
        private final class Arrival implements ForkJoinPool.ManagedBlocker {
            private final int k;

            Arrival(int k) {
                this.k = k;
            }

            @Override
            public boolean isReleasable() {
                synchronized (Pieces.this) {
                    return made[k] != null || failure != null;
                }
            }

            @Override
            public boolean block() throws InterruptedException {
                synchronized (Pieces.this) {
                    while (made[k] == null && failure == null) {
                        Pieces.this.wait();
                    }
                }
                return true;
            }
        }

        private void rethrowFailure() {
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            if (failure instanceof Error e) {
                throw e;
            }
            if (failure != null) {
                throw new UndeclaredThrowableException(failure);
            }
        }

        /** No piece is claimed from here on, and {@code make} is let go. */
        void stop() {
            next.set(made.length);
            make = null;
        }
    }
}
