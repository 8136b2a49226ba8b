package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.dissect.Message;
import wsinspector.net.StepKind;
import wsinspector.ui.file.SampleDumps;
import wsinspector.ui.live.LiveStepper;
import wsinspector.ui.session.Conversation;

/**
 * Live step mode entered over an open capture, then projector mode before the first step (Shift+F5, F11): F11 moved
 * the step pane out of the band and in again, each move gave the screen to the capture (8 messages) then to the
 * stepped connection's stand-in (none), the band was laid out again for the other count, and the FX thread overflowed
 * its stack. The window was left half laid out: the card beside a blank, then the capture's request in the inspector
 * beside the steps, its field tree squeezed («Мет/од:»), its hex cut. Now nothing is thrown, the stand-in stays on
 * screen before the first step, and the steps show the stepped connection's own messages.
 */
@Timeout(60)
class LiveStepOverCaptureProjectorTest extends WindowTest {
    private final UncaughtRecorder uncaught = new UncaughtRecorder();

    @BeforeEach
    void recordUncaught() throws Exception {
        uncaught.start();
    }

    @AfterEach
    void stopRecording() {
        uncaught.stop();
    }

    @Test
    void leavingBeforeTheFirstStepGivesTheScreenBackToTheFile(FxRobot robot) throws Exception {
        WindowFixture.open(window, SampleDumps.COURSE_NOTES);
        for (List<KeyCode> keys : List.of(List.of(KeyCode.ESCAPE), List.of(KeyCode.F11, KeyCode.ESCAPE, KeyCode.F11))) {
            robot.push(KeyCode.SHIFT, KeyCode.F5);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(Conversation.Origin.LIVE, WaitForAsyncUtils.asyncFx(() -> window.session().current().origin()).get(),
                    "the stand-in on screen in live step mode");
            for (KeyCode key : keys) {
                robot.push(key);
                WaitForAsyncUtils.waitForFxEvents();
            }
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.asyncFx(() -> {
                assertTrue(!window.modes().isOn(Activity.LIVE_STEPPER) && !window.modes().projectorProperty().get(),
                        keys + ": both modes left");
                Conversation shown = window.session().current();
                assertTrue(shown != null && shown.origin() != Conversation.Origin.LIVE, keys + ": the file back on screen");
                assertEquals(8, window.timeline().messages().size(), keys + ": the file's messages on the timeline");
                assertEquals(0, window.session().conversations().stream()
                        .filter(c -> c.origin() == Conversation.Origin.LIVE).count(), keys + ": the stand-in left the selector");
            }).get();
        }
        assertEquals(List.of(), uncaught.thrown(), "thrown on the FX thread");
    }

    @Test
    void projectorModeBeforeTheFirstStepOverACaptureKeepsTheSteppedConnection(FxRobot robot) throws Exception {
        WindowFixture.open(window, SampleDumps.COURSE_NOTES);
        WaitForAsyncUtils.asyncFx(window.i18n()::toggle).get();   // Russian, as it was seen
        robot.push(KeyCode.SHIFT, KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        robot.push(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), uncaught.thrown(), "thrown on the FX thread by F11 before the first step");
        WaitForAsyncUtils.asyncFx(() -> {
            assertTrue(window.modes().layout().stepperCard(), "the stepper's card in projector mode: " + window.modes().layout());
            Conversation shown = window.session().current();
            assertEquals(Conversation.Origin.LIVE, shown == null ? null : shown.origin(), "the stand-in on screen, not the file");
            assertEquals(0, window.timeline().messages().size(), "nothing of the file on the timeline before the first step");
            assertNull(window.inspector().messageProperty().get(), "nothing of the file in the inspector");
        }).get();

        LiveStepper stepper = window.liveSlots().stepPane().stepper();
        for (StepKind k : List.of(StepKind.OPEN_TCP, StepKind.BUILD_REQUEST, StepKind.SEND_REQUEST)) {
            LiveStepFixture.next(robot, stepper, k);
        }
        LiveStepFixture.recorded(window, 1);
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> window.inspector().messageProperty().get() != null).get());
        WaitForAsyncUtils.asyncFx(() -> {
            Message inspected = window.inspector().messageProperty().get();
            assertTrue(window.session().current().messages().contains(inspected),
                    "the inspector shows the stepped connection's request, not the file's");
            assertEquals(1, window.timeline().messages().size(), "the request alone on the timeline at step 3");
        }).get();
        assertEquals(List.of(), uncaught.thrown(), "thrown on the FX thread while stepping");
    }
}
