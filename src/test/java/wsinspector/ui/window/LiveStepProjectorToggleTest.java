package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.dissect.Direction;
import wsinspector.dissect.Message;
import wsinspector.net.StepKind;
import wsinspector.ui.live.LiveStepper;

/**
 * Projector mode switched on and off in the middle of live step mode: the timeline and the inspector go on following
 * the steps. They stayed on the step where F11 was pressed (the lecturer talked about the echo over a timeline that
 * ended at the handshake's answer), the messages received but not shown until another mode change.
 */
@Timeout(60)
class LiveStepProjectorToggleTest extends WindowTest {
    @Test
    void theStepsGoOnReachingTheTimelineAfterF11OnAndOff(FxRobot robot) throws Exception {
        LiveStepper stepper = LiveStepFixture.enter(window, robot);
        LiveStepFixture.next(robot, stepper, StepKind.OPEN_TCP);
        LiveStepFixture.next(robot, stepper, StepKind.BUILD_REQUEST);
        LiveStepFixture.next(robot, stepper, StepKind.SEND_REQUEST);
        LiveStepFixture.next(robot, stepper, StepKind.RECEIVE_RESPONSE);
        LiveStepFixture.next(robot, stepper, StepKind.VERIFY_ACCEPT);
        robot.push(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        robot.push(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        LiveStepFixture.next(robot, stepper, StepKind.SEND_FRAME);
        LiveStepFixture.recorded(window, 4);
        assertEquals(List.of(Message.Kind.HANDSHAKE_REQUEST, Message.Kind.HANDSHAKE_RESPONSE, Message.Kind.FRAME),
                window.timeline().messages().stream().map(Message::kind).toList(), "the frame sent, on the timeline");
        Message shown = window.inspector().messageProperty().get();
        assertEquals(Direction.CLIENT_TO_SERVER, shown == null ? null : shown.direction(), "the frame sent, inspected");
        LiveStepFixture.next(robot, stepper, StepKind.RECEIVE_FRAME);
        assertEquals(4, window.timeline().messages().size(), "and its echo");
    }

    /** The close steps: each shows its own close frame, the client's before the server's answer. */
    @Test
    void theCloseStepsShowTheirOwnFrames(FxRobot robot) throws Exception {
        LiveStepper stepper = LiveStepFixture.enter(window, robot);
        for (StepKind k : List.of(StepKind.OPEN_TCP, StepKind.BUILD_REQUEST, StepKind.SEND_REQUEST,
                StepKind.RECEIVE_RESPONSE, StepKind.VERIFY_ACCEPT, StepKind.SEND_FRAME, StepKind.RECEIVE_FRAME,
                StepKind.SEND_FRAME)) {
            LiveStepFixture.next(robot, stepper, k);
        }
        LiveStepFixture.recorded(window, 6);
        Message shown = window.inspector().messageProperty().get();
        assertEquals(Direction.CLIENT_TO_SERVER, shown == null ? null : shown.direction(), "the client's close, inspected");
        assertEquals(5, window.timeline().messages().size(), "the client's close on the timeline, not yet the answer");
        LiveStepFixture.next(robot, stepper, StepKind.RECEIVE_FRAME);
        shown = window.inspector().messageProperty().get();
        assertEquals(Direction.SERVER_TO_CLIENT, shown == null ? null : shown.direction(), "the server's close, inspected");
        assertEquals(6, window.timeline().messages().size(), "the server's close on the timeline");
    }


}
