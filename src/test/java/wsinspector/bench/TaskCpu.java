package wsinspector.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

import javafx.application.Platform;

/**
 * The FX thread's CPU time task by task (WindowLoadProbe with {@code -Dprobe.tasks=true}): a tick is posted to the FX
 * thread every {@link #EVERY_MS} ms whether or not the one before has run, and each notes the FX thread's CPU time, so
 * that between two ticks the FX thread ran only what was posted in those few ms: on a loaded machine the probe, which
 * posts again only once its last post ran, lumps together every task queued during a stall; these ticks do not, and
 * the costliest gap is the costliest task (or pulse) in the FX thread's own time.
 */
final class TaskCpu {
    static final long EVERY_MS = 2;

    private final long start;
    private final Thread poster;
    /** {ms since the start when the tick ran, the FX thread's CPU ns then}, in the order they ran (FX thread only). */
    private final List<long[]> ticks = new ArrayList<>();

    TaskCpu(long start) {
        this.start = start;
        this.poster = new Thread(this::post, "fx-task-ticks");
        poster.setDaemon(true);
    }

    void start() {
        poster.start();
    }

    void stop() throws InterruptedException {
        poster.interrupt();
        poster.join();
    }

    private void post() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        while (!Thread.currentThread().isInterrupted()) {
            Platform.runLater(() -> {
                long cpu = threads.getCurrentThreadCpuTime();
                synchronized (ticks) {
                    ticks.add(new long[] {(System.nanoTime() - start) / 1_000_000, cpu});
                }
            });
            try {
                Thread.sleep(EVERY_MS);
            } catch (InterruptedException stop) {
                return;
            }
        }
    }

    /** The largest CPU gaps between consecutive ticks: "ms @ms". */
    List<String> costliest(int n) {
        return gaps(n).stream().map(g -> g[0] / 1_000_000 + " @" + g[1]).toList();
    }

    /** The largest CPU gaps between consecutive ticks: {CPU ns, ms when the later tick ran, ms when the earlier did}. */
    List<long[]> gaps(int n) {
        List<long[]> gaps = new ArrayList<>();
        synchronized (ticks) {
            for (int i = 1; i < ticks.size(); i++) {
                gaps.add(new long[] {ticks.get(i)[1] - ticks.get(i - 1)[1], ticks.get(i)[0], ticks.get(i - 1)[0]});
            }
        }
        gaps.sort((a, b) -> Long.compare(b[0], a[0]));
        return gaps.subList(0, Math.min(n, gaps.size()));
    }
}
