package wsinspector.capture.har;

import java.util.Objects;

import wsinspector.dissect.Direction;

/**
 * One WebSocket message as a HAR's {@code _webSocketMessages} records it: a whole message as the
 * browser handed it to the page (fragments joined, compression undone), never a frame.
 *
 * @param direction      {@code send} is the client's, {@code receive} the server's
 * @param timestampNanos when the browser saw it, nanoseconds since the epoch; 0 when not recorded
 * @param opcode         the opcode of the message's first frame (1 text, 2 binary, …)
 * @param payload        the message's bytes: the text in UTF-8, or the binary data decoded from base64
 */
public record HarMessage(Direction direction, long timestampNanos, int opcode, byte[] payload) {
    public HarMessage {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(payload, "payload");
    }
}
