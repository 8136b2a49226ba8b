package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.ui.live.LiveServer;
import wsinspector.ui.live.LiveSession;
import wsinspector.ui.live.LiveStepper;

/**
 * Shift+F5 with the window's own echo server stopped starts it: the stepper needs a server, and "Next" said only in
 * red to start one (W5-4, S9). A URL of another server the lecturer typed is left alone: nothing starts for it.
 */
@Timeout(60)
class LiveStepStartsServerTest extends WindowTest {
    @Test
    void shiftF5StartsTheStoppedServerAndTheFirstStepGoesThrough(FxRobot robot) throws Exception {
        LiveSession live = window.liveSlots().live();
        assertEquals(LiveServer.ServerState.STOPPED, live.server().stateProperty().get(), "the server is stopped");
        robot.push(KeyCode.SHIFT, KeyCode.F5);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> live.server().urlProperty().get() != null);
        LiveStepper stepper = window.liveSlots().stepPane().stepper();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(live.server().urlProperty().get() + "chat", stepper.urlProperty().get(), "the stepper goes to it");

        robot.push(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stepper.cursorProperty().get() == 0);
        assertTrue(stepper.currentProperty().get().result().ok(), "the TCP connection is open");
        assertNull(stepper.noteProperty().get(), "no note to start a server");
    }

    @Test
    void anotherServersUrlStartsNothing(FxRobot robot) throws Exception {
        LiveSession live = window.liveSlots().live();
        robot.push(KeyCode.SHIFT, KeyCode.F5);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> live.server().urlProperty().get() != null);
        robot.push(KeyCode.ESCAPE);
        LiveStepper stepper = window.liveSlots().stepPane().stepper();
        WaitForAsyncUtils.asyncFx(() -> {
            live.server().stop();
            stepper.urlProperty().set("ws://192.0.2.1:9/chat");
        }).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> live.server().stateProperty().get() == LiveServer.ServerState.STOPPED);
        robot.push(KeyCode.SHIFT, KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.modes().isOn(Activity.LIVE_STEPPER), "back in live step mode");
        assertEquals(LiveServer.ServerState.STOPPED, live.server().stateProperty().get(), "nothing started for it");
    }
}
