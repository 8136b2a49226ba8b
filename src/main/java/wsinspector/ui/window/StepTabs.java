package wsinspector.ui.window;

import java.util.List;

import wsinspector.dissect.FrameMessage;
import wsinspector.net.StepKind;
import wsinspector.protocol.Opcode;
import wsinspector.ui.inspect.StepTab;
import wsinspector.ui.live.LiveStepper;

/**
 * Which inspector view a step of step mode (F5) or of live step mode (Shift+F5) talks about: the accept computation
 * when it explains the accept key, the masking table when a client's frame is masked, the header's bits for the
 * other frames, the handshake's lines for the request and the answer (their step names Host, Origin, Upgrade, the key:
 * each line must be on screen for the lecturer to point at).
 */
final class StepTabs {
    private StepTabs() {
    }

    /** For step mode's lesson on the page shown ({@link wsinspector.ui.step.StepMode#lessonKeys}). */
    static StepTab forLessons(List<String> keys) {
        if (keys.isEmpty()) {
            return null;
        }
        return switch (keys.get(0)) {
            case "lesson.request", "lesson.response" -> StepTab.LINES;
            case "lesson.accept" -> StepTab.ACCEPT;
            case "lesson.masking" -> StepTab.MASKING;
            case "lesson.frames", "lesson.pingpong", "lesson.close", "lesson.fragmentation" -> StepTab.BITS;
            default -> null;
        };
    }

    /** For the live stepper's step shown (null before the first). */
    static StepTab forLiveStep(LiveStepper.Step step) {
        if (step == null) {
            return null;
        }
        if ((step.kind() == StepKind.SEND_REQUEST || step.kind() == StepKind.RECEIVE_RESPONSE)
                && step.message() instanceof wsinspector.dissect.HandshakeMessage) {
            return StepTab.LINES;
        }
        if (step.kind() == StepKind.VERIFY_ACCEPT) {
            return StepTab.ACCEPT;
        }
        if (step.kind() == StepKind.SEND_FRAME || step.kind() == StepKind.RECEIVE_FRAME) {
            boolean masked = step.message() instanceof FrameMessage f && f.header() != null && f.header().masked()
                    && f.header().opcode() != Opcode.CLOSE.code();
            return masked ? StepTab.MASKING : StepTab.BITS;
        }
        return null;
    }
}
