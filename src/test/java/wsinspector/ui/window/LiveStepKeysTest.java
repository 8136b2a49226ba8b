package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.ui.live.LiveSession;
import wsinspector.ui.live.LiveStepper;

/**
 * The live step mode's keys are the window's, as a presenter's clicker needs them: PageDown steps on and Esc leaves
 * the mode wherever the focus is, also after the lecturer clicked the server pane's Start button (the keys were the
 * step pane's own, so PageDown then scrolled the server pane and Esc did nothing).
 */
@Timeout(40)
class LiveStepKeysTest extends WindowTest {
    @Test
    void pageDownStepsAndEscapeLeavesWithTheFocusInTheServerPane(FxRobot robot) throws Exception {
        LiveSession live = window.liveSlots().live();
        robot.push(KeyCode.SHIFT, KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.modes().isOn(Activity.LIVE_STEPPER), "Shift+F5 starts the live step mode");
        // Shift+F5 started the window's own server (LiveStepStartsServerTest)
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> live.server().urlProperty().get() != null);
        LiveStepper stepper = window.liveSlots().stepPane().stepper();
        robot.interact(() -> window.liveSlots().serverPane().lookupAll(".button").stream()
                .filter(n -> n instanceof Button b && !b.isDisabled()).findFirst().orElseThrow().requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.liveSlots().serverPane().lookupAll(".button").stream().anyMatch(n -> n.isFocused()),
                "the focus is on a button of the server pane, as after a click on Start");

        robot.push(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> stepper.cursorProperty().get() == 0);
        assertEquals(0, stepper.cursorProperty().get(), "PageDown took the first step");

        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.modes().isOn(Activity.LIVE_STEPPER), "Esc leaves the live step mode");
    }
}
