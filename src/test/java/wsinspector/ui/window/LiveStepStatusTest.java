package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.net.StepKind;
import wsinspector.ui.I18n;
import wsinspector.ui.live.LiveStepper;
import wsinspector.ui.session.Conversation;

/**
 * Live step mode (Shift+F5) against the window's own echo server, in Russian: the status line follows the step shown,
 * not the network. The echo server answers the client's close frame and closes its side at once, and the line said
 * «Живое соединение на экране закрыто» while the class was still shown the close frames, before the step "the TCP
 * connection closes" (FINDINGS W8-8). It says so at that step, and going back the connection is named open again.
 */
@Timeout(60)
class LiveStepStatusTest extends WindowTest {
    @Test
    void theLineSaysClosedOnlyAtTheStepThatClosesTheConnection(FxRobot robot) throws Exception {
        wsinspector.ui.live.LiveSession live = window.liveSlots().live();
        WaitForAsyncUtils.asyncFx(() -> {
            window.i18n().localeProperty().set(I18n.RUSSIAN);
            window.liveSlots().serverPane().model().start();
        }).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> live.server().urlProperty().get() != null);
        WaitForAsyncUtils.asyncFx(() -> window.modes().start(Activity.LIVE_STEPPER)).get();
        WaitForAsyncUtils.waitForFxEvents();
        LiveStepper stepper = window.liveSlots().stepPane().stepper();
        Label line = robot.lookup("#status-text").queryAs(Label.class);
        I18n ru = new I18n(I18n.RUSSIAN);
        for (int i = 0; i < 20 && !at(stepper, StepKind.CLOSE_TCP); i++) {
            step(stepper);
            Conversation shown = window.session().current();
            if (shown == null || shown.messages().isEmpty() || at(stepper, StepKind.CLOSE_TCP)) {
                continue;
            }
            java.util.List<StepKind> plan = stepper.planProperty().get();
            int next = stepper.currentProperty().get().index() + 1;
            if (next < plan.size() && plan.get(next) == StepKind.CLOSE_TCP) {
                // the server's close frame shown: the server has closed its side (or does now), the step shown is
                // still before the close
                WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !shown.openProperty().get());
                WaitForAsyncUtils.waitForFxEvents();
            }
            assertEquals(ru.t("status.live", shown.title()), line.getText(),
                    "at " + stepper.currentProperty().get().kind() + " (connection open: " + shown.openProperty().get() + ")");
        }
        assertTrue(at(stepper, StepKind.CLOSE_TCP), "stepped to the TCP close");
        Conversation shown = window.session().current();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !shown.openProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ru.t("live.status.closed", shown.title()), line.getText(), "at the TCP close");

        WaitForAsyncUtils.asyncFx(stepper::back).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ru.t("status.live", shown.title()), line.getText(), "back at the server's close frame");
    }

    private static boolean at(LiveStepper stepper, StepKind kind) {
        LiveStepper.Step now = stepper.currentProperty().get();
        return now != null && now.kind() == kind;
    }

    private static void step(LiveStepper stepper) throws Exception {
        int before = stepper.cursorProperty().get();
        WaitForAsyncUtils.asyncFx(stepper::next).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stepper.cursorProperty().get() == before + 1);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
