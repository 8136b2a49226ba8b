package wsinspector.ui.live;

import java.util.ArrayList;
import java.util.List;

import wsinspector.dissect.Chunk;
import wsinspector.dissect.Dissector;
import wsinspector.dissect.Direction;
import wsinspector.dissect.HandshakeMessage;
import wsinspector.dissect.Message;
import wsinspector.net.StepKind;
import wsinspector.net.StepResult;

/**
 * The dissection of one step-mode connection, fed step by step with the bytes that crossed the wire, so that each
 * step is described from the dissector's message (the same one the timeline and the inspector show), never by a
 * second reading of the bytes. Not thread-safe: the step mode's thread feeds it, one step at a time.
 */
final class StepDissection {
    private final List<Message> emitted = new ArrayList<>();
    private final Dissector dissector = new Dissector(emitted::add);
    private HandshakeMessage response;
    private boolean finished;

    /**
     * The message a step's bytes make: the request it built, the request or frame it sent, the response or frame it
     * received; for the accept check, the response it checks; null when the step has no bytes, or they make no
     * complete message (a failed step's bytes are dissected as the end of the connection: truncated or undecoded).
     */
    Message of(StepResult step) {
        if (step.kind() == StepKind.VERIFY_ACCEPT) {
            return response;
        }
        byte[] bytes = step.bytes();
        if (bytes.length == 0 || step.direction() == null || finished) {
            return null;
        }
        if (step.kind() == StepKind.BUILD_REQUEST) {
            // built, not yet sent: dissected on its own (the SEND_REQUEST step feeds the connection's dissector)
            List<Message> alone = Dissector.dissect(List.of(Chunk.of(Direction.CLIENT_TO_SERVER, bytes))).messages();
            return alone.isEmpty() ? null : alone.get(0);
        }
        int before = emitted.size();
        dissector.accept(Chunk.of(step.direction(), bytes));
        if (!step.ok()) {
            dissector.finish();
            finished = true;
        }
        Message m = emitted.size() > before ? emitted.get(emitted.size() - 1) : null;
        if (step.kind() == StepKind.RECEIVE_RESPONSE && m instanceof HandshakeMessage h) {
            response = h;
        }
        return m;
    }
}
