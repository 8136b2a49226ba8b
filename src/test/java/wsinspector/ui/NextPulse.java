package wsinspector.ui;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.Scene;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Waits for the scene's next pulse (its styles and layout pass): what a test reads of cells, colours and sizes is
 * what that pass made. TestFX's wait for FX events runs a few tasks after each other, and on a loaded machine no
 * pulse need come between them: a list's new rows then have no cells yet, new nodes no styles (FL: 4 of 8 rows, a
 * remark read black).
 */
public final class NextPulse {
    private NextPulse() {
    }

    /** Returns once a pulse has styled and laid out the scene after this call (and the FX tasks it queued ran). */
    public static void await(Scene scene) {
        CountDownLatch pulsed = new CountDownLatch(1);
        Platform.runLater(() -> {
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                // removed after the pulse, not in it: a pulse's listeners may not be removed while it runs them
                Platform.runLater(() -> scene.removePostLayoutPulseListener(once[0]));
                pulsed.countDown();
            };
            scene.addPostLayoutPulseListener(once[0]);
            Platform.requestNextPulse();
        });
        try {
            if (!pulsed.await(30, TimeUnit.SECONDS)) {
                throw new AssertionError("no pulse within 30 s: is the scene's window showing?");
            }
        } catch (InterruptedException stop) {
            Thread.currentThread().interrupt();
            throw new AssertionError(stop);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
