package wsinspector.ui.live;

import java.util.concurrent.TimeUnit;

import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Test helper: the step pane's Next, pressed as a lecturer does, and waited for. */
final class StepButtons {
    private StepButtons() {
    }

    /** Presses Next and waits until the step is shown (a step on the network may take a moment). */
    static void next(FxRobot robot, LiveStepper stepper) throws Exception {
        int before = stepper.cursorProperty().get();
        robot.interact(() -> robot.lookup("#step-next").queryButton().fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stepper.cursorProperty().get() == before + 1);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
