package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.net.StepKind;
import wsinspector.ui.live.LiveStepper;

/**
 * Shift+F5 after Esc from a live walk that reached its connection's end starts a fresh walk at its first step (it
 * showed the finished walk's last step, with only Back and Start over left, W9-18); a walk left halfway is taken up
 * where it was left.
 */
@Timeout(60)
class LiveStepStartsOverTest extends WindowTest {
    @Test
    void aFinishedWalkStartsOverAHalfWalkGoesOn(FxRobot robot) throws Exception {
        LiveStepper stepper = LiveStepFixture.enter(window, robot);
        LiveStepFixture.next(robot, stepper, StepKind.OPEN_TCP);
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        robot.push(KeyCode.SHIFT, KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, stepper.cursorProperty().get(), "a walk left halfway goes on where it was left");

        while (!stepper.finishedProperty().get()) {
            int before = stepper.cursorProperty().get();
            robot.interact(stepper::next);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stepper.cursorProperty().get() == before + 1);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertTrue(stepper.cursorProperty().get() >= 5, "the walk reached its end: " + stepper.cursorProperty().get());
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.modes().isOn(Activity.LIVE_STEPPER), "Esc left live step mode");

        robot.push(KeyCode.SHIFT, KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.modes().isOn(Activity.LIVE_STEPPER), "Shift+F5 again");
        assertEquals(-1, stepper.cursorProperty().get(), "a fresh walk, before its first step");
        assertFalse(stepper.finishedProperty().get(), "not finished");
        assertTrue(stepper.taken().isEmpty(), "no step taken yet: " + stepper.taken().size());
        LiveStepFixture.next(robot, stepper, StepKind.OPEN_TCP);
    }
}
