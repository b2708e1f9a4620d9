package io.leakscope.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time used so far by this JVM (every thread: the work, the just-in-time compilers, the garbage
 * collector) and by its child processes that have ended (the parser processes of a scan, once the
 * scan has stopped them: Linux adds a child's time to its parent's when the parent reaps it). A
 * reading before and after a step gives the step's CPU time by process, which on a machine with
 * fewer cores than busy threads says more than the wall time.
 */
record ProcessCpu(long ownNanos, long childrenNanos) {
    /** A step's wall time and the CPU seconds it took. */
    record Timed(long wallMillis, double cpuSeconds) {
    }

    /** Linux's clock ticks per second as user space sees them (USER_HZ): 100 on every architecture Java runs on. */
    private static final long TICKS_PER_SECOND = 100;

    static ProcessCpu now() {
        long own = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        return new ProcessCpu(own, endedChildren());
    }

    ProcessCpu since(ProcessCpu earlier) {
        return new ProcessCpu(ownNanos - earlier.ownNanos, childrenNanos - earlier.childrenNanos);
    }

    double ownSeconds() {
        return ownNanos / 1e9;
    }

    double childrenSeconds() {
        return childrenNanos / 1e9;
    }

    /** cutime + cstime of /proc/self/stat (fields 16 and 17), 0 without /proc. */
    private static long endedChildren() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // the command name (field 2) is in parentheses and may hold spaces: count fields after it
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(f[13]) + Long.parseLong(f[14]);
            return ticks * (1_000_000_000L / TICKS_PER_SECOND);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
