package org.parallax.extract;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * CPU time spent per named stage of the pipeline, summed over every thread that ran it (articles run in parallel),
 * for the benchmark's stage table. Thread-safe; a stage's time is the running thread's CPU time, so other work on
 * the machine does not count.
 */
public final class StageTimes {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final LongSupplier processCpu;
    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
    /** The stages in the order first timed; guarded by itself, with {@link #nanos}'s new entries. */
    private final Map<String, Boolean> order = new LinkedHashMap<>();
    /** Wall nanoseconds of the stages timed alone, in the order first timed; guarded by itself. */
    private final Map<String, Long> walls = new LinkedHashMap<>();

    /** Corpus-wide stages timed by the sum of the live threads' CPU time (threads that end take theirs along). */
    public StageTimes() {
        this(StageTimes::allThreadsCpu);
    }

    /** @param processCpu the process's CPU nanoseconds so far, for {@link #timeAlone} */
    public StageTimes(LongSupplier processCpu) {
        this.processCpu = processCpu;
    }

    /** Runs {@code work} on this thread and adds its CPU time to {@code stage}. */
    public <T> T time(String stage, Supplier<T> work) {
        long start = cpuNow();
        try {
            return work.get();
        } finally {
            add(stage, cpuNow() - start);
        }
    }

    /**
     * Runs {@code work}, which runs alone in this JVM but may use several threads, and adds the CPU time of every
     * thread to {@code stage} (a corpus-wide step), and its wall time to {@link #walls}: the two tell how many cores
     * the step kept busy.
     */
    public <T> T timeAlone(String stage, Supplier<T> work) {
        long start = processCpu.getAsLong();
        long wallStart = System.nanoTime();
        try {
            return work.get();
        } finally {
            add(stage, Math.max(0, processCpu.getAsLong() - start));
            long wall = System.nanoTime() - wallStart;
            synchronized (walls) {
                walls.merge(stage, wall, Long::sum);
            }
        }
    }

    /** Wall nanoseconds per stage timed alone ({@link #timeAlone}), in the order first timed. */
    public Map<String, Long> walls() {
        synchronized (walls) {
            return new LinkedHashMap<>(walls);
        }
    }

    /** Adds {@code cpuNanos} to {@code stage}. */
    public void add(String stage, long cpuNanos) {
        LongAdder adder = nanos.get(stage);
        if (adder == null) {
            synchronized (order) { // a new stage enters both maps at once, as a snapshot sees them
                adder = nanos.computeIfAbsent(stage, k -> {
                    order.put(k, Boolean.TRUE);
                    return new LongAdder();
                });
            }
        }
        adder.add(cpuNanos);
    }

    /** CPU nanoseconds per stage, in the order the stages were first timed; safe while stages are added. */
    public Map<String, Long> snapshot() {
        Map<String, Long> out = new LinkedHashMap<>();
        synchronized (order) {
            for (String stage : order.keySet()) {
                out.put(stage, nanos.get(stage).sum());
            }
        }
        return out;
    }

    private static long allThreadsCpu() {
        if (!THREADS.isThreadCpuTimeSupported()) {
            return System.nanoTime();
        }
        long sum = 0;
        for (long id : THREADS.getAllThreadIds()) {
            sum += Math.max(0, THREADS.getThreadCpuTime(id));
        }
        return sum;
    }

    /** This thread's CPU time in nanoseconds (wall time where the JVM cannot tell). */
    static long cpuNow() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }
}
