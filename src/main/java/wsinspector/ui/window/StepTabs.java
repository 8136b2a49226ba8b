package wsinspector.ui.window;

import java.util.List;

import wsinspector.dissect.FrameMessage;
import wsinspector.net.StepKind;
import wsinspector.protocol.Opcode;
import wsinspector.ui.inspect.StepTab;
import wsinspector.ui.live.LiveStepper;

/**
 * Which inspector view a step of step mode (F5) or of live step mode (Shift+F5) talks about: the accept computation
 * when it explains the accept key, the close frame's data (its code 1000 and the bytes 03 e8 the step's text names)
 * at a close, the masking table when another client's frame is masked, the header's bits for the other frames, the
 * handshake's lines for the request and the answer (their step names Host, Origin, Upgrade, the key: each line must be
 * on screen for the lecturer to point at); for hixie-76, the Key1/Key2/MD5 proof for its handshake, the frames in both
 * framings for its frames, the close's bytes for its close.
 */
final class StepTabs {
    /** The data view of a close frame: its code and reason, and the bytes that carry them (as the guided lesson's). */
    static final StepTab CLOSE = new StepTab("payload", StepTab.BODY);
    /** The old framing's frames beside RFC 6455's (the guided lesson's «frames» part). */
    static final StepTab LEGACY_FRAMES = new StepTab("legacy", "legacy-frames");

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
            case "lesson.close", "lesson.legacy-close" -> CLOSE;
            case "lesson.frames", "lesson.pingpong", "lesson.fragmentation" -> StepTab.BITS;
            // hixie-76: the request's challenge and the answer's 16 bytes are the handshake's proof (Key1, Key2, key3 →
            // MD5), the old framing the frames side by side with RFC 6455's; without a view named, the step showed the
            // view the step before had open, «Нарушения» after the TCP events (W9-5)
            case "lesson.challenge", "lesson.legacy-answer" -> StepTab.ACCEPT;
            case "lesson.legacy" -> LEGACY_FRAMES;
            default -> null;
        };
    }

    /** For the live stepper's step shown (null before the first). */
    static StepTab forLiveStep(LiveStepper.Step step) {
        return forLiveStep(step, null);
    }

    /**
     * The same, knowing the message the inspector shows: at the TCP connection's end, the server's close frame of the
     * step before, its code the lesson names (with 1006 for a connection that broke); no view named, the inspector in
     * projector mode showed its hex and fields in large type under the fold, the timeline beside them with it.
     */
    static StepTab forLiveStep(LiveStepper.Step step, wsinspector.dissect.Message shown) {
        if (step == null) {
            return null;
        }
        if (step.kind() == StepKind.CLOSE_TCP) {
            return shown instanceof FrameMessage f && f.header() != null && f.header().opcode() == Opcode.CLOSE.code()
                    ? CLOSE : null;
        }
        if ((step.kind() == StepKind.SEND_REQUEST || step.kind() == StepKind.RECEIVE_RESPONSE)
                && step.message() instanceof wsinspector.dissect.HandshakeMessage) {
            return StepTab.LINES;
        }
        if (step.kind() == StepKind.VERIFY_ACCEPT) {
            return StepTab.ACCEPT;
        }
        if (step.kind() == StepKind.SEND_FRAME || step.kind() == StepKind.RECEIVE_FRAME) {
            if (!(step.message() instanceof FrameMessage f) || f.header() == null) {
                return StepTab.BITS;
            }
            if (f.header().opcode() == Opcode.CLOSE.code()) {
                return CLOSE;
            }
            return f.header().masked() ? StepTab.MASKING : StepTab.BITS;
        }
        return null;
    }
}
