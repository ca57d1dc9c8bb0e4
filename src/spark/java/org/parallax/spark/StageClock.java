package org.parallax.spark;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.lang.management.ManagementFactory;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Each stage's wall time and this JVM's CPU time over it (every thread: in local mode the executors' task threads,
 * the JIT and the collector too; on a cluster only the driver's share), logged as the stage ends. CPU beside wall,
 * because on a shared machine the wall time says more about the neighbours than about the job.
 */
final class StageClock {

    private static final Logger LOG = System.getLogger(StageClock.class.getName());

    /** One stage's times, in milliseconds. */
    record Times(long wall, long cpu) {
    }

    private final Map<String, Times> stages = new LinkedHashMap<>();
    private long wallFrom = System.nanoTime();
    private long cpuFrom = cpu();

    /** Ends the stage running since the last call (or since construction) under {@code name}. */
    void stage(String name) {
        long wall = System.nanoTime();
        long cpu = cpu();
        Times t = new Times((wall - wallFrom) / 1_000_000, (cpu - cpuFrom) / 1_000_000);
        stages.put(name, t);
        LOG.log(Level.INFO, "stage {0}: {1} ms wall, {2} ms CPU", name, t.wall(), t.cpu());
        wallFrom = wall;
        cpuFrom = cpu;
    }

    Map<String, Times> stages() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(stages));
    }

    /** This JVM's CPU time in nanoseconds, 0 where the platform does not say. */
    static long cpu() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? Math.max(0, os.getProcessCpuTime()) : 0;
    }
}
