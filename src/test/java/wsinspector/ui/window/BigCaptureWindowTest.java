package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.ui.file.BigCaptures;

/**
 * The window opening a capture of 200,000 frames: the first message is selected while the rest is read, and
 * every message arrives. After a small file has been opened once (the inspector's views are then built), how long the FX thread was kept from its work is measured and printed as a fact
 * (a probe posts to it every 10 ms and records the longest wait); timings are not asserted, the machine
 * running the tests may be busy.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(120)
class BigCaptureWindowTest {
    @TempDir
    Path dir;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = WindowFixture.show(stage, 1280, 800);
    }

    @org.junit.jupiter.api.AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(window::close).get();
    }

    @Test
    void aBigCaptureShowsItsFirstMessageWhileTheRestIsRead() throws Exception {
        Path file = BigCaptures.clientStream(dir, BigCaptures.FRAMES);
        // The window's first load builds the inspector's views; that is start-up, not the big file's cost.
        WindowFixture.open(window, wsinspector.ui.file.SampleDumps.COURSE_NOTES);
        AtomicLong longestWaitNanos = new AtomicLong();
        AtomicLong firstShownNanos = new AtomicLong();
        Thread probe = new Thread(() -> probe(longestWaitNanos), "fx-probe");
        probe.setDaemon(true);
        Task<?>[] task = new Task<?>[1];
        long start = System.nanoTime();
        probe.start();
        WaitForAsyncUtils.asyncFx(() -> {
            task[0] = window.open(file);
            window.session().selectedProperty().addListener((obs, old, now) -> {
                if (now != null && firstShownNanos.get() == 0) {
                    firstShownNanos.set(System.nanoTime() - start);
                }
            });
        }).get();
        WaitForAsyncUtils.waitFor(100, TimeUnit.SECONDS, () -> task[0].isDone());
        long doneNanos = System.nanoTime() - start;
        probe.interrupt();
        probe.join();
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(BigCaptures.FRAMES + 1, window.timeline().messages().size());
        assertTrue(firstShownNanos.get() > 0 && firstShownNanos.get() < doneNanos,
                "the first message was selected before the file was read");
        System.out.printf("big capture in the window: %d messages; first shown after %d ms, all read after %d ms;"
                        + " the FX thread's longest wait was %d ms%n", BigCaptures.FRAMES + 1,
                firstShownNanos.get() / 1_000_000, doneNanos / 1_000_000, longestWaitNanos.get() / 1_000_000);
    }

    /** Posts to the FX thread every 10 ms and records the longest time a post waited to run. */
    private static void probe(AtomicLong longest) {
        while (!Thread.currentThread().isInterrupted()) {
            long posted = System.nanoTime();
            java.util.concurrent.CountDownLatch ran = new java.util.concurrent.CountDownLatch(1);
            Platform.runLater(() -> {
                longest.accumulateAndGet(System.nanoTime() - posted, Math::max);
                ran.countDown();
            });
            try {
                ran.await();
                Thread.sleep(10);
            } catch (InterruptedException stop) {
                return;
            }
        }
    }
}
