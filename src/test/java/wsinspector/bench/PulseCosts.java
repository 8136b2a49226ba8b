package wsinspector.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javafx.scene.Scene;

/**
 * What each of a scene's pulses cost the FX thread in its CSS and layout passes (from the pre-layout to the
 * post-layout pulse listener): CPU time and wall time, and when it ran. Tells a stall spent drawing new nodes
 * from one spent in work handed to the FX thread. FX thread only, except {@link #longest}.
 */
final class PulseCosts {
    /** One pulse's CSS and layout passes: when (ms since the start), wall and CPU ns. */
    record Pulse(long atMs, long wallNs, long cpuNs) {
        @Override
        public String toString() {
            return String.format("%d ms CPU (%d wall) @%d", cpuNs / 1_000_000, wallNs / 1_000_000, atMs);
        }
    }

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final List<Pulse> pulses = new ArrayList<>();
    private final long start;
    private long wallAtPre;
    private long cpuAtPre = -1;

    PulseCosts(Scene scene, long start) {
        this.start = start;
        scene.addPreLayoutPulseListener(() -> {
            wallAtPre = System.nanoTime();
            cpuAtPre = threads.getCurrentThreadCpuTime();
        });
        scene.addPostLayoutPulseListener(() -> {
            if (cpuAtPre >= 0) {
                long now = System.nanoTime();
                synchronized (pulses) {
                    pulses.add(new Pulse((wallAtPre - start) / 1_000_000, now - wallAtPre,
                            threads.getCurrentThreadCpuTime() - cpuAtPre));
                }
            }
        });
    }

    /** The {@code n} costliest pulses by CPU time, costliest first. */
    List<Pulse> longest(int n) {
        synchronized (pulses) {
            return pulses.stream().sorted(Comparator.comparingLong(Pulse::cpuNs).reversed()).limit(n).toList();
        }
    }

    int count() {
        synchronized (pulses) {
            return pulses.size();
        }
    }
}
