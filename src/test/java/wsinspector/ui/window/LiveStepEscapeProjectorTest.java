package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.net.StepKind;
import wsinspector.ui.live.LiveStepper;

/**
 * Leaving live step mode (Esc) and projector mode (F11), in either order, after a few steps taken in projector mode:
 * nothing is thrown on the FX thread (a ConcurrentModificationException was once seen turning F11 off after Esc), the
 * window leaves both modes and keeps the messages the steps recorded.
 */
@Timeout(60)
class LiveStepEscapeProjectorTest extends WindowTest {
    private final UncaughtRecorder uncaught = new UncaughtRecorder();

    @BeforeEach
    void recordUncaught() throws Exception {
        uncaught.start();
    }

    @AfterEach
    void stopRecording() {
        uncaught.stop();
    }

    /** In which order the lecturer leaves the two modes. */
    enum Leaving {
        /** Esc, then F11 (as it was seen). */
        ESC_THEN_F11,
        /** F11, then Esc. */
        F11_THEN_ESC,
        /** Esc and F11 pressed at once after the last step, before its echo is shown. */
        AT_ONCE_AFTER_A_STEP
    }

    @ParameterizedTest
    @EnumSource(Leaving.class)
    void leavingBothModesAfterStepsInProjectorModeThrowsNothing(Leaving order, FxRobot robot) throws Exception {
        LiveStepper stepper = LiveStepFixture.enter(window, robot);
        robot.push(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        for (StepKind k : List.of(StepKind.OPEN_TCP, StepKind.BUILD_REQUEST, StepKind.SEND_REQUEST,
                StepKind.RECEIVE_RESPONSE, StepKind.VERIFY_ACCEPT, StepKind.SEND_FRAME)) {
            LiveStepFixture.next(robot, stepper, k);
        }
        if (order == Leaving.AT_ONCE_AFTER_A_STEP) {
            robot.interact(stepper::next);
            robot.push(KeyCode.ESCAPE);
            robot.push(KeyCode.F11);
        } else {
            LiveStepFixture.next(robot, stepper, StepKind.RECEIVE_FRAME);
            LiveStepFixture.recorded(window, 4);
            for (KeyCode key : order == Leaving.ESC_THEN_F11 ? List.of(KeyCode.ESCAPE, KeyCode.F11)
                    : List.of(KeyCode.F11, KeyCode.ESCAPE)) {
                robot.push(key);
                WaitForAsyncUtils.waitForFxEvents();
            }
        }
        LiveStepFixture.recorded(window, 4);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(WaitForAsyncUtils.asyncFx(() -> window.modes().projectorProperty().get()).get(), "projector mode left");
        assertFalse(WaitForAsyncUtils.asyncFx(() -> window.modes().isOn(Activity.LIVE_STEPPER)).get(), "live step mode left");
        assertEquals(4, WaitForAsyncUtils.asyncFx(() -> window.timeline().messages().size()).get(),
                "the handshake, the frame and its echo on the timeline");
        assertEquals(List.of(), uncaught.thrown(), "thrown on the FX thread");
    }
}
