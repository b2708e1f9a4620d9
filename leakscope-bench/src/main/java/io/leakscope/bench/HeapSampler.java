package io.leakscope.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Samples, every 20 ms, the used heap of this JVM and the resident memory of its child processes
 * (the parser workers, read from /proc on Linux); the maxima are the phase's peaks. The used heap
 * includes garbage not yet collected — a JVM fills its heap before it collects — so it also keeps
 * the highest heap left in use right after a collection: what the scan really held, an upper bound
 * of its live objects (a young collection leaves the old garbage in place).
 */
final class HeapSampler extends Thread {
    private final AtomicLong peak = new AtomicLong();
    private final AtomicLong peakAfterCollection = new AtomicLong();
    private final AtomicLong peakChildren = new AtomicLong();
    private final List<NotificationEmitter> listenedTo = new ArrayList<>();
    private final NotificationListener afterCollection = this::collected;
    private volatile boolean running = true;

    HeapSampler() {
        setDaemon(true);
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(afterCollection, null, null);
                listenedTo.add(emitter);
            }
        }
    }

    @Override
    public void run() {
        while (running) {
            peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
            peakChildren.accumulateAndGet(childrenResident(), Math::max);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void collected(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream().mapToLong(MemoryUsage::getUsed).sum();
        peakAfterCollection.accumulateAndGet(used, Math::max);
    }

    private static long childrenResident() {
        return ProcessHandle.current().descendants().mapToLong(h -> resident(h.pid())).sum();
    }

    private static long resident(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // gone, or no /proc
        }
        return 0;
    }

    long peak() {
        return peak.get();
    }

    /** The highest heap in use right after a collection (0 if none ran). */
    long peakAfterCollection() {
        return peakAfterCollection.get();
    }

    /** The highest total resident memory of the child processes at one sample. */
    long peakChildren() {
        return peakChildren.get();
    }

    void halt() {
        running = false;
        for (NotificationEmitter emitter : listenedTo) {
            try {
                emitter.removeNotificationListener(afterCollection);
            } catch (ListenerNotFoundException e) {
                // not added
            }
        }
    }
}
