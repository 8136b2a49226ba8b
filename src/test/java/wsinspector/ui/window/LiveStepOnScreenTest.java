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
 * The live step mode keeps the inspector on the step shown. The echo server answers at once, so the inspector, which
 * follows the newest message, showed the 101 while the step said "the client sends its request", and the echo while
 * it said "the client sends a frame"; Back showed the newest message too.
 */
@Timeout(60)
class LiveStepOnScreenTest extends WindowTest {
    @Test
    void eachStepShowsItsOwnMessageInTheInspector(FxRobot robot) throws Exception {
        LiveStepper stepper = LiveStepFixture.enter(window, robot);

        LiveStepFixture.next(robot, stepper, StepKind.OPEN_TCP);
        LiveStepFixture.next(robot, stepper, StepKind.BUILD_REQUEST);
        LiveStepFixture.next(robot, stepper, StepKind.SEND_REQUEST);
        LiveStepFixture.recorded(window, 2);   // the request and the server's answer, at once
        assertShown(Message.Kind.HANDSHAKE_REQUEST, Direction.CLIENT_TO_SERVER, "the request just sent");
        LiveStepFixture.next(robot, stepper, StepKind.RECEIVE_RESPONSE);
        assertShown(Message.Kind.HANDSHAKE_RESPONSE, Direction.SERVER_TO_CLIENT, "the answer received");
        LiveStepFixture.next(robot, stepper, StepKind.VERIFY_ACCEPT);
        assertShown(Message.Kind.HANDSHAKE_RESPONSE, Direction.SERVER_TO_CLIENT, "the answer whose key is checked");
        LiveStepFixture.next(robot, stepper, StepKind.SEND_FRAME);
        LiveStepFixture.recorded(window, 4);   // the frame and its echo
        assertShown(Message.Kind.FRAME, Direction.CLIENT_TO_SERVER, "the frame just sent");
        LiveStepFixture.next(robot, stepper, StepKind.RECEIVE_FRAME);
        assertShown(Message.Kind.FRAME, Direction.SERVER_TO_CLIENT, "the echo received");

        robot.interact(stepper::back);
        WaitForAsyncUtils.waitForFxEvents();
        assertShown(Message.Kind.FRAME, Direction.CLIENT_TO_SERVER, "Back: the frame sent again");
    }

    /**
     * The timeline shows the steps reached, not what the echo server has answered already (the 101 at "the client
     * sends its request", the echo at "the client sends a frame"), and before the first step nothing of an earlier
     * connection.
     */
    @Test
    void theTimelineShowsOnlyTheStepsReached(FxRobot robot) throws Exception {
        LiveWindowTest.talkToTheEchoServer(window);   // an earlier connection, its "Hello" on screen
        robot.push(KeyCode.SHIFT, KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        LiveStepper stepper = window.liveSlots().stepPane().stepper();
        assertEquals(0, window.timeline().messages().size(), "before the first step: no earlier connection");
        assertEquals(null, window.inspector().messageProperty().get(), "before the first step: an empty inspector");

        LiveStepFixture.next(robot, stepper, StepKind.OPEN_TCP);
        LiveStepFixture.next(robot, stepper, StepKind.BUILD_REQUEST);
        assertEquals(0, window.timeline().messages().size(), "nothing on the wire yet");
        LiveStepFixture.next(robot, stepper, StepKind.SEND_REQUEST);
        LiveStepFixture.recorded(window, 2);   // the request and the server's answer, at once
        assertShownOnTimeline(List.of(Message.Kind.HANDSHAKE_REQUEST), "the request, not yet its answer");
        LiveStepFixture.next(robot, stepper, StepKind.RECEIVE_RESPONSE);
        assertShownOnTimeline(List.of(Message.Kind.HANDSHAKE_REQUEST, Message.Kind.HANDSHAKE_RESPONSE), "and its answer");
        LiveStepFixture.next(robot, stepper, StepKind.VERIFY_ACCEPT);
        LiveStepFixture.next(robot, stepper, StepKind.SEND_FRAME);
        LiveStepFixture.recorded(window, 4);   // the frame and its echo
        assertEquals(3, window.timeline().messages().size(), "the frame, not yet its echo");
        LiveStepFixture.next(robot, stepper, StepKind.RECEIVE_FRAME);
        assertEquals(4, window.timeline().messages().size(), "and its echo");
        assertShown(Message.Kind.FRAME, Direction.SERVER_TO_CLIENT, "the echo received");
        robot.interact(stepper::back);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, window.timeline().messages().size(), "Back: the echo not yet received");
        for (int i = 0; i < 4; i++) {
            robot.interact(stepper::back);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(StepKind.BUILD_REQUEST, stepper.currentProperty().get().kind());
        assertEquals(0, window.timeline().messages().size(), "Back to the request built: nothing on the wire");
        assertEquals(null, window.inspector().messageProperty().get(), "and nothing in the inspector");
    }

    private void assertShownOnTimeline(List<Message.Kind> kinds, String what) {
        assertEquals(kinds, window.timeline().messages().stream().map(Message::kind).toList(), what);
    }

    private void assertShown(Message.Kind kind, Direction direction, String what) {
        Message shown = window.inspector().messageProperty().get();
        assertEquals(kind + " " + direction, shown == null ? "nothing" : shown.kind() + " " + shown.direction(), what);
    }

}
