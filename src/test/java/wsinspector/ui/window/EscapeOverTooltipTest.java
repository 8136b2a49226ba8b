package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.ui.file.SampleDumps;
import wsinspector.ui.live.LiveStepper;

/**
 * Esc leaves step mode and live step mode while a tooltip is on screen (W9-18): the lecturer clicks «Далее», the mouse
 * stays on the button or on a chip of the plan, its tooltip comes up, and the first Esc only hid the tooltip (a popup
 * takes the window's keys first and hides on Esc); the second, with the mouse moved away, left the mode.
 */
@Timeout(60)
class EscapeOverTooltipTest extends WindowTest {
    @Test
    void escLeavesLiveStepModeWithATooltipShown(FxRobot robot) throws Exception {
        LiveStepper stepper = LiveStepFixture.enter(window, robot);
        robot.push(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> stepper.cursorProperty().get() == 0);
        WaitForAsyncUtils.waitForFxEvents();
        Tooltip shown = showATooltipOf(robot, window.liveSlots().stepPane());

        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.modes().isOn(Activity.LIVE_STEPPER), "the first Esc leaves live step mode (tooltip «"
                + shown.getText() + "» on screen)");
    }

    @Test
    void escLeavesStepModeWithATooltipShown(FxRobot robot) throws Exception {
        WindowFixture.open(window, SampleDumps.COURSE_NOTES);
        robot.push(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        robot.push(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.steps().isActive());
        Tooltip shown = showATooltipOf(robot, window.stepPanel());

        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.steps().isActive(), "the first Esc leaves step mode (tooltip «" + shown.getText() + "» on screen)");
    }

    /**
     * The mouse rests on the first control in {@code pane} with a tooltip (a button, a chip of the plan) until its
     * tooltip is on screen.
     */
    private static Tooltip showATooltipOf(FxRobot robot, Parent pane) throws Exception {
        Control c = WaitForAsyncUtils.asyncFx(() -> pane.lookupAll("*").stream()
                .filter(n -> n instanceof Control k && k.getTooltip() != null && k.isVisible() && !k.isDisabled()
                        && k.getWidth() > 0)
                .map(Control.class::cast).findFirst().orElseThrow()).get();
        robot.moveTo(c);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> c.getTooltip().isShowing());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(c.getTooltip().isShowing(), "the tooltip «" + c.getTooltip().getText() + "» is on screen");
        return c.getTooltip();
    }
}
