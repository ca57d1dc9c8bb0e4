package org.parallax.app;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The heap a piece of work needs, measured three ways, from a full collection before it:
 * <ul>
 *   <li>{@link Figures#peakUsedBytes}: the most the heap pools held, garbage included (what the collector let pile up
 *       before it ran; an upper bound that says more about the collector than about the work);</li>
 *   <li>{@link Figures#peakAfterGcBytes}: the most the heap held just after any collection during the work (what
 *       survived; young collections leave the old generation's garbage, so still an upper bound of the live data, but
 *       close to what a smaller {@code -Xmx} would have to hold);</li>
 *   <li>{@link Figures#retainedBytes}: after a full collection at the end, with the result still held: the live data
 *       at the end, a lower bound of the peak.</li>
 * </ul>
 * Each figure is less {@link Figures#baseBytes}, the live heap before the work (models, the seeds), for per-item
 * figures and growth.
 */
final class HeapWatch implements AutoCloseable {

    /** The heap figures of one piece of work, in bytes. */
    record Figures(long baseBytes, long peakUsedBytes, long peakAfterGcBytes, long retainedBytes) {
        static final Figures NONE = new Figures(0, 0, 0, 0);

        long peakAfterGcAboveBase() {
            return Math.max(0, peakAfterGcBytes - baseBytes);
        }

        long retainedAboveBase() {
            return Math.max(0, retainedBytes - baseBytes);
        }
    }

    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).toList();
    private final Set<String> heapPools = pools.stream().map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private final AtomicLong peakAfterGc = new AtomicLong();
    private final NotificationListener listener = this::collected;
    private final long base;

    /** Collects fully, then starts watching. */
    HeapWatch() {
        base = liveAfterFullGc();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        peakAfterGc.set(base);
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
            }
        }
    }

    /** The figures so far; collects fully first (with whatever the caller still holds alive). */
    Figures figures() {
        long peakUsed = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long retained = liveAfterFullGc();
        pause(); // notifications arrive on their own thread
        long afterGc = Math.max(peakAfterGc.get(), retained);
        return new Figures(base, peakUsed, afterGc, retained);
    }

    @Override
    public void close() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                try {
                    emitter.removeNotificationListener(listener);
                } catch (ListenerNotFoundException e) {
                    // never added: nothing to remove
                }
            }
        }
    }

    private void collected(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            return;
        }
        Map<String, MemoryUsage> after = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData())
                .getGcInfo().getMemoryUsageAfterGc();
        long used = after.entrySet().stream().filter(e -> heapPools.contains(e.getKey()))
                .mapToLong(e -> e.getValue().getUsed()).sum();
        peakAfterGc.accumulateAndGet(used, Math::max);
    }

    private static long liveAfterFullGc() {
        System.gc(); // a full collection with the default collector; twice, so finalised objects go too
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
