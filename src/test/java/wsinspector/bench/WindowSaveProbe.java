package wsinspector.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import javafx.application.Platform;
import javafx.concurrent.Task;
import wsinspector.ui.window.MainWindow;

/**
 * Measures File → Save as… of a big capture in the window (not a test; run by hand under Xvfb): the capture is opened
 * and read whole, then saved as pcapng and as xxd, each timed, with the FX thread's longest wait meanwhile (a probe
 * posts to it every 5 ms, as {@link WindowLoadProbe} does) and the heap's peak use during the save beside its use
 * before (the pools' peaks, reset before each save; the saves make each message again from the index and let it go).
 *
 *     java -Dprism.order=sw -cp target/test-classes:target/websocket-inspector.jar wsinspector.bench.WindowSaveProbe FILE OUT_DIR
 */
public final class WindowSaveProbe {
    private WindowSaveProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        MainWindow[] window = {WindowLoadProbe.startWindow()};
        Thread.sleep(1500);
        Task<?>[] load = new Task<?>[1];
        WindowLoadProbe.onFx(() -> load[0] = window[0].open(file));
        while (!load[0].isDone()) {
            Thread.sleep(50);
        }
        Thread.sleep(1500);
        int[] messages = new int[1];
        WindowLoadProbe.onFx(() -> messages[0] = window[0].session().current().messages().size());
        System.out.printf("%s: %,d messages in the window; heap max %d MiB%n", file.getFileName(), messages[0],
                Runtime.getRuntime().maxMemory() >> 20);
        for (String name : new String[] {"saved.pcapng", "saved.xxd"}) {
            Path target = out.resolve(name);
            System.gc();
            long before = GcPauses.retainedBytes();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            AtomicLong longest = new AtomicLong();
            Thread probe = new Thread(() -> probe(longest), "fx-probe");
            probe.setDaemon(true);
            Task<?>[] save = new Task<?>[1];
            long start = System.nanoTime();
            probe.start();
            WindowLoadProbe.onFx(() -> save[0] = window[0].saveTo(target));
            while (!save[0].isDone()) {
                Thread.sleep(20);
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            probe.interrupt();
            probe.join();
            long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                    .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            String[] state = new String[1];
            WindowLoadProbe.onFx(() -> state[0] = save[0].getState().toString());
            System.out.printf("%s: %s in %d ms, %,d bytes; FX thread's longest wait %d ms; heap %d MiB retained before,"
                            + " peak of the pools' use during the save %d MiB%n", name, state[0], ms, Files.size(target),
                    longest.get() / 1_000_000, before >> 20, peak >> 20);
            if (Boolean.getBoolean("probe.pause")) {
                Thread.sleep(15_000);   // diagnosis: time for jcmd GC.class_histogram
            }
        }
        WindowLoadProbe.onFx(window[0]::close);
        Platform.exit();
        System.exit(0);
    }

    private static void probe(AtomicLong longest) {
        while (!Thread.currentThread().isInterrupted()) {
            long posted = System.nanoTime();
            CountDownLatch ran = new CountDownLatch(1);
            Platform.runLater(() -> {
                longest.accumulateAndGet(System.nanoTime() - posted, Math::max);
                ran.countDown();
            });
            try {
                ran.await();
                Thread.sleep(5);
            } catch (InterruptedException stop) {
                return;
            }
        }
    }
}
