package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.dissect.Message;
import wsinspector.ui.I18n;
import wsinspector.ui.NextPulse;
import wsinspector.ui.live.LiveStepper;

/**
 * Esc after a live step mode's walk (Shift+F5, to the connection's close), the client not connected: the class studies
 * the stepped conversation's frames, so the inspector keeps the height its views need, their tabs in view. The client's
 * form (the connection's settings and log, unfolded again when a connection ends) scrolls under its «Connect» instead:
 * it took 60 % of the height at 1280×800 and the inspector's tabs stood under the window's foot.
 */
@Timeout(90)
class EscapeInspectorTabsTest extends WindowTest {
    @Test
    void afterTheWalkTheInspectorsTabsAreInView(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.i18n().localeProperty().set(I18n.RUSSIAN)).get();
        LiveStepper stepper = LiveStepFixture.enter(window, robot);
        while (!stepper.finishedProperty().get()) {
            int before = stepper.cursorProperty().get();
            robot.interact(stepper::next);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                    () -> stepper.cursorProperty().get() == before + 1 || stepper.finishedProperty().get());
        }
        LiveStepFixture.recorded(window, 6);
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.liveSlots().clientPane().getScene() != null);
        List<Message> messages = List.copyOf(window.session().current().messages());
        Message close = messages.get(4);
        WaitForAsyncUtils.asyncFx(() -> window.session().select(close)).get();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.root().lookup(".inspector-tabs .tab") != null);
        for (int pulse = 0; pulse < 4; pulse++) {
            NextPulse.await(window.root().getScene());
        }
        String where = WaitForAsyncUtils.asyncFx(() -> {
            Node tabs = window.root().lookup(".inspector-tabs .tab-header-area");
            return tabs == null ? "no tab headers" : InSight.outside(tabs, 1280, 800);
        }).get();
        assertNull(where, "the inspector's tab headers after Esc");
        // «Connect» is the pane's visible accent button (Send, its other one, shows once connected)
        String connectShown = WaitForAsyncUtils.asyncFx(() -> {
            Node connect = window.liveSlots().clientPane().lookupAll(".button").stream()
                    .filter(b -> b.isVisible() && b.getStyleClass().contains("accent")).findFirst().orElse(null);
            return connect == null ? "no Connect button" : InSight.outside(connect, 1280, 800);
        }).get();
        assertNull(connectShown, "the client's Connect");
    }
}
