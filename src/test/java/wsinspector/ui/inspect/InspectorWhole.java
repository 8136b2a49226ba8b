package wsinspector.ui.inspect;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Waits until the inspector shows every part of its message: the first message it shows comes in steps, one FX task
 * each ({@code FirstView}), more than TestFX's waiting for the FX events is sure to see through. A test that looks at
 * the parts (the tabs, the tree's rows) waits here first, or it races the first view.
 */
public final class InspectorWhole {
    private InspectorWhole() {
    }

    /** Returns once every part of the message shown is on screen (at once when it is, or nothing is shown). */
    public static void await(InspectorPane pane) {
        CountDownLatch whole = new CountDownLatch(1);
        Platform.runLater(() -> pane.whenWhole(whole::countDown));
        try {
            if (!whole.await(30, TimeUnit.SECONDS)) {
                throw new AssertionError("the inspector's first view did not become whole in 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
