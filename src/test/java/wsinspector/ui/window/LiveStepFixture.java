package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeUnit;

import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.net.StepKind;
import wsinspector.ui.live.LiveSession;
import wsinspector.ui.live.LiveStepper;

/**
 * The walk the live step mode's tests share: the window's echo server started, Shift+F5, one step at a time, the
 * messages recorded. Each wait is bounded, so a step that never comes fails the test instead of hanging it.
 */
final class LiveStepFixture {
    private LiveStepFixture() {
    }

    /** Starts the window's echo server, waits for its address, and enters live step mode (Shift+F5) before step 1. */
    static LiveStepper enter(MainWindow window, FxRobot robot) throws Exception {
        LiveSession live = window.liveSlots().live();
        WaitForAsyncUtils.asyncFx(() -> window.liveSlots().serverPane().model().start()).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> live.server().urlProperty().get() != null);
        robot.push(KeyCode.SHIFT, KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        return window.liveSlots().stepPane().stepper();
    }

    /**
     * Starts the window's echo server, waits for its address, and enters live step mode in projector mode (Shift+F5
     * and F11, as the window's model takes them) before step 1. Without a robot: for windows shown off screen.
     */
    static LiveStepper enterInProjector(MainWindow window) throws Exception {
        LiveSession live = window.liveSlots().live();
        WaitForAsyncUtils.asyncFx(() -> window.liveSlots().serverPane().model().start()).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> live.server().urlProperty().get() != null);
        WaitForAsyncUtils.asyncFx(() -> {
            window.modes().start(Activity.LIVE_STEPPER);
            window.modes().projectorProperty().set(true);
        }).get();
        return window.liveSlots().stepPane().stepper();
    }

    /** One step forward; fails unless the step reached is {@code expected}. */
    static void next(FxRobot robot, LiveStepper stepper, StepKind expected) throws Exception {
        int before = stepper.cursorProperty().get();
        robot.interact(stepper::next);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stepper.cursorProperty().get() == before + 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(expected, stepper.currentProperty().get().kind());
    }

    /** Waits until the shown session has recorded at least {@code messages} messages (the echo server answers at once). */
    static void recorded(MainWindow window, int messages) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> window.session().current() != null && window.session().current().messages().size() >= messages);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
