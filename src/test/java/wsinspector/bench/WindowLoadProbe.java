package wsinspector.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.stage.Stage;
import wsinspector.ui.I18n;
import wsinspector.ui.session.Session;
import wsinspector.ui.window.MainWindow;
import wsinspector.ui.window.Theme;

/**
 * Measures what a person opening a big capture in the window waits for (run by bench/window-load.sh, not a
 * test): the time from File → Open to the first message drawn, to the inspector's first view whole, to the
 * whole file read, and how long the FX thread was kept from its work meanwhile (and for a second after). A probe thread posts to the FX thread every 5 ms and records how
 * long each post waited; the longest wait is the longest stall the window had (a frame could not be drawn,
 * a key not handled). The window is the application's, at 1280×800, its panes built as after start-up.
 *
 *     java -cp target/websocket-inspector.jar:target/test-classes wsinspector.bench.WindowLoadProbe FILE
 */
public final class WindowLoadProbe {
    private static final long PROBE_EVERY_MS = 5;
    /** Stalls listed one by one: over 100 ms, or over -Dprobe.longMs. */
    private static final long LONG_WAIT_NANOS = Long.getLong("probe.longMs", 100) * 1_000_000L;
    /** How long the probe goes on after the whole file is read. */
    private static final long TAIL_MS = 1000;

    private WindowLoadProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        MainWindow[] window = {startWindow()};
        // as a person would: the window is up and drawn (its panes built, its live server started) before File → Open;
        // -Dprobe.waitMs: how long the person takes to it (1.5 s by default; through the open dialog, seconds more)
        long waitMs = Long.getLong("probe.waitMs", 1500);
        for (long waited = 0; waited < waitMs; waited += 500) {
            onFx(() -> { });
            Thread.sleep(500);
        }
        String warmWith = System.getProperty("probe.warm");
        if (warmWith != null) {
            // diagnosis: what the same open costs once the window has shown a message (a warm JVM)
            Task<?>[] warm = new Task<?>[1];
            onFx(() -> warm[0] = window[0].open(Path.of(warmWith)));
            while (!warm[0].isDone()) {
                Thread.sleep(20);
            }
            Thread.sleep(1500);
        }
        GcPauses gc = new GcPauses();
        long keptBefore = GcPauses.retainedBytes();   // the window without the capture
        List<Long> waits = Collections.synchronizedList(new ArrayList<>());
        List<long[]> longWaits = Collections.synchronizedList(new ArrayList<>());
        List<long[]> busy = Collections.synchronizedList(new ArrayList<>());
        AtomicLong firstDrawn = new AtomicLong();
        AtomicLong inspectorWhole = new AtomicLong();
        long[] origin = new long[1];
        Thread probe = new Thread(() -> probe(waits, longWaits, busy, origin[0]), "fx-probe");
        probe.setDaemon(true);
        Task<?>[] load = new Task<?>[1];
        long start = System.nanoTime();
        EPOCH_AT_ORIGIN_MS = System.currentTimeMillis();
        origin[0] = start;
        PulseCosts[] pulses = new PulseCosts[1];
        Thread[] fxThread = new Thread[1];
        onFx(() -> fxThread[0] = Thread.currentThread());
        FxStacks stacks = Boolean.getBoolean("probe.stacks") ? new FxStacks(fxThread[0], start) : null;
        probe.start();
        TaskCpu tasks = Boolean.getBoolean("probe.tasks") ? new TaskCpu(start) : null;
        if (tasks != null) {
            tasks.start();
        }
        gc.start();
        if (stacks != null) {
            stacks.start();
        }
        onFx(() -> {
            pulses[0] = new PulseCosts(window[0].root().getScene(), start);
            window[0].root().getScene().addPostLayoutPulseListener(() -> {
                if (firstDrawn.get() == 0 && !window[0].timeline().messages().isEmpty()) {
                    firstDrawn.set(System.nanoTime() - start);
                }
                // the inspector's last part (its tabs) laid out in the window: the first view is whole
                javafx.scene.Node tabs = window[0].root().lookup(".inspector-tabs");
                if (inspectorWhole.get() == 0 && firstDrawn.get() > 0 && tabs != null && tabs.getScene() != null
                        && tabs.getLayoutBounds().getHeight() > 0) {
                    inspectorWhole.set(System.nanoTime() - start);
                }
            });
            window[0].session().currentProperty().addListener((o, was, now) -> mark("conversation on screen", start));
            window[0].session().selectedProperty().addListener((o, was, now) -> mark("first message selected", start));
            if (Boolean.getBoolean("probe.dividers")) {
                javafx.scene.layout.Region bar = (javafx.scene.layout.Region) window[0].root().getBottom();
                bar.heightProperty().addListener((o, was, now) -> System.out.printf("  status bar %.1f -> %.1f at %d ms%n",
                        was.doubleValue(), now.doubleValue(), (System.nanoTime() - start) / 1_000_000));
                // diagnosis: a divider that moves makes the whole band under it drawn again
                for (String id : List.of("#upper-lower", "#sides")) {
                    javafx.scene.control.SplitPane pane = (javafx.scene.control.SplitPane) window[0].root().lookup(id);
                    pane.getDividers().forEach(d -> d.positionProperty().addListener((o, was, now) -> System.out.printf(
                            "  %s divider %.3f -> %.3f at %d ms%n", id, was.doubleValue(), now.doubleValue(),
                            (System.nanoTime() - start) / 1_000_000)));
                    pane.getItems().addListener((javafx.collections.ListChangeListener<javafx.scene.Node>) c -> System.out.printf(
                            "  %s items %s at %d ms%n", id, pane.getItems().stream().map(n -> n.getId() + "/"
                            + n.getClass().getSimpleName()).toList(), (System.nanoTime() - start) / 1_000_000));
                }
            }
            load[0] = window[0].open(file);
        });
        while (!load[0].isDone()) {
            Thread.sleep(20);
        }
        long done = System.nanoTime() - start;
        // what the window still does with what it was handed (the last batches, the inspector's parts) counts too
        Thread.sleep(TAIL_MS);
        probe.interrupt();
        probe.join();
        if (tasks != null) {
            tasks.stop();
            System.out.printf("FX thread's ten costliest tasks (ms of its CPU between two ticks posted %d ms apart, @ ms when"
                    + " it ended): %s%n", TaskCpu.EVERY_MS, tasks.costliest(10));
            if (stacks != null) {
                for (long[] gap : tasks.gaps(6)) {
                    System.out.printf("  task of %d ms CPU from %d to %d ms:%n%s%n", gap[0] / 1_000_000, gap[2], gap[1],
                            stacks.between(gap[2], gap[1], 10));
                }
            }
        }
        gc.stop();
        if (stacks != null) {
            stacks.stop();
        }
        int[] shown = new int[1];
        onFx(() -> shown[0] = window[0].timeline().messages().size());
        long kept = GcPauses.retainedBytes();
        long heapMiB = kept >> 20;
        long keptPerMessage = shown[0] == 0 ? 0 : (kept - keptBefore) / shown[0];
        List<Long> sorted;
        synchronized (waits) {
            sorted = new ArrayList<>(waits);
        }
        Collections.sort(sorted);
        long over100 = sorted.stream().filter(w -> w > 100_000_000L).count();
        List<long[]> busiestFirst;
        synchronized (busy) {
            busiestFirst = new ArrayList<>(busy);
        }
        busiestFirst.sort((a, b) -> Long.compare(b[1], a[1]));
        long busiest = busiestFirst.isEmpty() ? 0 : busiestFirst.get(0)[1];
        System.out.printf("FX thread's five longest runs of CPU time between probes (ms, @ when it ended): %s%n",
                busiestFirst.stream().limit(5).map(n -> n[1] / 1_000_000 + " @" + n[0]).toList());
        if (stacks != null) {
            // what the FX thread did in each of its longest runs: window's outermost > innermost frame > JavaFX's
            for (long[] run : busiestFirst.subList(0, Math.min(8, busiestFirst.size()))) {
                System.out.printf("  run of %d ms CPU from %d to %d ms:%n%s%n", run[1] / 1_000_000, run[2], run[0],
                        stacks.between(run[2], run[0], 12));
            }
        }
        synchronized (longWaits) {
            // when each long stall began (ms since File → Open, and since the epoch: to find it in a JFR recording)
            System.out.printf("stalls over %d ms (ms @ began, epoch ms): %s%n", LONG_WAIT_NANOS / 1_000_000, longWaits.stream()
                    .map(w -> w[1] + " @" + w[0] + " (" + (EPOCH_AT_ORIGIN_MS + w[0]) + ")").toList());
        }
        if (stacks != null) {
            // what the FX thread was doing, or waiting in, through each long stall
            synchronized (longWaits) {
                for (long[] w : longWaits) {
                    System.out.printf("  stall of %d ms from %d ms:%n%s%n", w[1], w[0], stacks.between(w[0], w[0] + w[1], 8));
                }
            }
        }
        System.out.printf("File → Open at epoch ms %d (to find the load in a JFR recording)%n", EPOCH_AT_ORIGIN_MS);
        System.out.printf("pulses: %d; the costliest CSS and layout passes: %s%n", pulses[0].count(), pulses[0].longest(5));
        System.out.printf("file %s: %,d messages in the timeline%n", file.getFileName(), shown[0]);
        System.out.printf("first message drawn after %d ms; the inspector's first view whole after %d ms; whole file read"
                + " after %d ms%n", firstDrawn.get() / 1_000_000, inspectorWhole.get() / 1_000_000, done / 1_000_000);
        System.out.printf("FX thread: longest stall %d ms, 99th percentile %d ms, %d stalls over 100 ms (%d probes)%n",
                sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1_000_000,
                sorted.isEmpty() ? 0 : sorted.get((int) (sorted.size() * 0.99)) / 1_000_000, over100, sorted.size());
        System.out.printf("FX thread's longest run of its own CPU time between two probes: %d ms (what a stall would be"
                + " on an idle machine)%n", busiest / 1_000_000);
        System.out.printf("heap in use after GC: %d MiB of %d MiB allowed; the capture keeps %d bytes per message%n",
                heapMiB, Runtime.getRuntime().maxMemory() >> 20, keptPerMessage);
        System.out.printf("collector: %d pauses, longest %d ms, %d ms in all (from File → Open to a second after the read)%n",
                gc.count(), gc.longestMs(), gc.totalMs());
        // one line for bench/window-load.sh to gather (ms; -1: did not happen)
        System.out.printf("result conversation=%d selected=%d drawn=%d whole=%d read=%d stall=%d cpu=%d over100=%d"
                        + " gcmax=%d gcs=%d kept=%d%n",
                MARKED_AT.getOrDefault("conversation on screen", -1L), MARKED_AT.getOrDefault("first message selected", -1L),
                firstDrawn.get() == 0 ? -1 : firstDrawn.get() / 1_000_000,
                inspectorWhole.get() == 0 ? -1 : inspectorWhole.get() / 1_000_000, done / 1_000_000,
                sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1_000_000, busiest / 1_000_000, over100,
                gc.longestMs(), gc.count(), keptPerMessage);
        onFx(window[0]::close);
        Platform.exit();
        System.exit(0);
    }

    private static long EPOCH_AT_ORIGIN_MS;

    /** The renderer thread's CPU time: a frame the FX thread waits for is drawn there. */
    private static final class Renderer {
        private long id = -1;

        long cpuNanos() {
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            if (id < 0) {
                for (Thread t : Thread.getAllStackTraces().keySet()) {
                    if (t.getName().startsWith("QuantumRenderer")) {
                        id = t.getId();
                    }
                }
            }
            return id < 0 ? 0 : threads.getThreadCpuTime(id);
        }
    }

    private static final Renderer RENDERER = new Renderer();

    private static final java.util.Map<String, Long> MARKED_AT = new java.util.concurrent.ConcurrentHashMap<>();

    private static void mark(String what, long start) {
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (MARKED_AT.putIfAbsent(what, ms) == null) {
            System.out.printf("  %s after %d ms%n", what, ms);
        }
    }

    /** Starts the toolkit and shows the application's window at 1280×800, in English, its panes built as after start-up. */
    static MainWindow startWindow() throws InterruptedException {
        CountDownLatch up = new CountDownLatch(1);
        Platform.startup(up::countDown);
        up.await();
        MainWindow[] window = new MainWindow[1];
        onFx(() -> {
            Theme.LIGHT.apply();
            window[0] = new MainWindow(new I18n(I18n.ENGLISH), new Session());
            Stage stage = new Stage();
            window[0].install(stage);
            stage.setWidth(1280);
            stage.setHeight(800);
            stage.show();
        });
        return window[0];
    }

    static void onFx(Runnable action) throws InterruptedException {
        CountDownLatch ran = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                action.run();
            } finally {
                ran.countDown();
            }
        });
        ran.await();
    }

    /**
     * Posts to the FX thread every few ms and records how long each post waited to run, and how much CPU time
     * the FX thread spent between two posts running (a wait's wall time also counts the other programs of a
     * shared machine; the CPU time is the window's own work).
     */
    private static void probe(List<Long> waits, List<long[]> longWaits, List<long[]> busy, long start) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] lastCpu = {-1};
        long[] lastAt = {0};
        long[] lastRendered = {-1};
        while (!Thread.currentThread().isInterrupted()) {
            long posted = System.nanoTime();
            CountDownLatch ran = new CountDownLatch(1);
            Platform.runLater(() -> {
                long waited = System.nanoTime() - posted;
                waits.add(waited);
                if (waited > LONG_WAIT_NANOS) {
                    longWaits.add(new long[] {(posted - start) / 1_000_000, waited / 1_000_000});
                }
                long cpu = threads.getCurrentThreadCpuTime();
                long at = (System.nanoTime() - start) / 1_000_000;
                if (lastCpu[0] >= 0) {
                    busy.add(new long[] {at, cpu - lastCpu[0], lastAt[0]});
                }
                long rendered = RENDERER.cpuNanos();
                if (lastRendered[0] >= 0 && waited > LONG_WAIT_NANOS) {
                    System.out.printf("  renderer's CPU in the %d ms since the last tick that ended at %d ms: %d ms%n",
                            at - lastAt[0], lastAt[0], (rendered - lastRendered[0]) / 1_000_000);
                }
                lastRendered[0] = rendered;
                lastCpu[0] = cpu;
                lastAt[0] = at;
                ran.countDown();
            });
            try {
                ran.await();
                Thread.sleep(PROBE_EVERY_MS);
            } catch (InterruptedException stop) {
                return;
            }
        }
    }
}
