package wsinspector.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * The collector's stop-the-world pauses while a measurement runs (for {@link WindowLoadProbe}): how many, the longest,
 * their sum. A pause stops the FX thread with every other, so it is a stall no work on the FX thread can avoid; what
 * the window keeps per message decides how long the young pauses are (G1 copies what survives). G1's concurrent
 * cycles run beside the application and are not counted.
 */
final class GcPauses implements NotificationListener {
    private final List<Long> pausesMs = new ArrayList<>();
    private volatile boolean counting;
    /** When counting began, in the JVM's uptime (ms): a pause's notification may come after it, its pause before. */
    private volatile long fromUptimeMs;

    GcPauses() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(this, null, null);
            }
        }
    }

    void start() {
        fromUptimeMs = ManagementFactory.getRuntimeMXBean().getUptime();
        counting = true;
    }

    void stop() {
        counting = false;
    }

    @Override
    public void handleNotification(Notification n, Object handback) {
        if (!counting || !GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        // the probe's own full collection before the open (retainedBytes) is notified late, sometimes after start()
        if (info.getGcName().contains("Concurrent") || info.getGcInfo().getStartTime() < fromUptimeMs) {
            return;
        }
        synchronized (pausesMs) {
            pausesMs.add(info.getGcInfo().getDuration());
        }
    }

    int count() {
        synchronized (pausesMs) {
            return pausesMs.size();
        }
    }

    long longestMs() {
        synchronized (pausesMs) {
            return pausesMs.stream().mapToLong(Long::longValue).max().orElse(0);
        }
    }

    long totalMs() {
        synchronized (pausesMs) {
            return pausesMs.stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * Heap in use after a full collection: what the application keeps. The JVM must run with
     * {@code -XX:MaxHeapFreeRatio=100} (bench/window-load.sh passes it): else G1 shrinks the heap after this collection
     * to a quarter of what start-up left, and a load measured after it runs through collections that a person opening
     * a file never has (four or five pauses instead of none).
     */
    static long retainedBytes() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
