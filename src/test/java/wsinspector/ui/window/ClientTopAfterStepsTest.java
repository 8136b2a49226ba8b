package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.ui.I18n;
import wsinspector.ui.NextPulse;
import wsinspector.ui.live.LiveStepper;

/**
 * Esc from live step mode (Shift+F5) gives the client's place back to the client pane at its top, its title, state
 * and Connect in view, wherever the walk was left: it came back half-scrolled. (The trial's half-scroll was not
 * reproduced off screen; the pane is scrolled halfway before each walk, as the lecturer had left it, and must come
 * back at its top: on the old code it came back as it was left, 0.5.)
 */
@Timeout(90)
class ClientTopAfterStepsTest extends WindowTest {
    @Test
    void theClientComesBackAtItsTop(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.i18n().localeProperty().set(I18n.RUSSIAN)).get();
        scrollHalfway();
        LiveStepper stepper = LiveStepFixture.enter(window, robot);
        List<String> problems = new ArrayList<>();
        int walks = 0;
        while (walks < 4 && !stepper.finishedProperty().get()) {
            for (int i = 0; i < 3 && !stepper.finishedProperty().get(); i++) {
                int before = stepper.cursorProperty().get();
                robot.interact(stepper::next);
                WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stepper.cursorProperty().get() == before + 1);
                WaitForAsyncUtils.waitForFxEvents();
            }
            int at = stepper.cursorProperty().get() + 1;
            robot.push(KeyCode.ESCAPE);
            for (int pulse = 0; pulse < 3; pulse++) {
                NextPulse.await(window.root().getScene());
            }
            String top = WaitForAsyncUtils.asyncFx(() -> {
                ScrollPane scroll = clientScroll();
                return scroll.getScene() == null ? "Esc at step " + at + ": the client pane is not on screen"
                        : scroll.getVvalue() <= scroll.getVmin() + 1e-9 ? null
                        : "Esc at step " + at + ": the client pane scrolled to " + scroll.getVvalue();
            }).get();
            if (top != null) {
                problems.add(top);
            }
            scrollHalfway();
            robot.push(KeyCode.SHIFT, KeyCode.F5);
            WaitForAsyncUtils.waitForFxEvents();
            walks++;
        }
        assertTrue(walks >= 3, "walks left with Esc: " + walks);
        assertEquals(List.of(), problems);
    }

    private void scrollHalfway() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> clientScroll().setVvalue(0.5)).get();
    }

    private ScrollPane clientScroll() {
        return (ScrollPane) window.liveSlots().clientPane().getCenter();
    }
}
